namespace BudgetEngine.Formats.Write;

/// <summary>A sheet being written: rows of cells from the top, the first <see cref="FrozenRows"/> kept in view when scrolling.</summary>
public sealed class XlsxSheet
{
    private readonly List<XlsxCell[]> _rows = [];

    internal XlsxSheet(string name, int frozenRows)
    {
        Name = name;
        FrozenRows = frozenRows;
    }

    /// <summary>The sheet's name as Excel's tab shows it (at most 31 characters).</summary>
    public string Name { get; }

    /// <summary>How many rows at the top stay in view (the header).</summary>
    public int FrozenRows { get; }

    /// <summary>The rows written so far.</summary>
    public IReadOnlyList<XlsxCell[]> Rows => _rows;

    /// <summary>Adds a row.</summary>
    public XlsxSheet Row(params XlsxCell[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>Adds a row of bold headers.</summary>
    public XlsxSheet HeaderRow(params string[] headers) => Row(headers.Select(XlsxCell.Header).ToArray());

    /// <summary>Adds an empty row.</summary>
    public XlsxSheet BlankRow() => Row();
}
