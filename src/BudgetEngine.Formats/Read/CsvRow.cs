namespace BudgetEngine.Formats.Read;

/// <summary>One record of a CSV file as Excel numbers it: <see cref="Number"/> is the row number Excel shows (from 1).</summary>
/// <param name="Number">The row number, from 1; a quoted cell spanning lines does not add rows.</param>
/// <param name="Cells">The cells, unquoted, as written (not trimmed).</param>
public sealed record CsvRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell in <paramref name="column"/> (from 0), or "" when the row is shorter.</summary>
    public string this[int column] => column < Cells.Count ? Cells[column] : "";

    /// <summary>The columns (from 0) whose value a formula computed (an .xlsx sheet's sums): shown, not declared.</summary>
    public IReadOnlySet<int> Computed { get; init; } = new HashSet<int>();

    /// <summary>True when every cell is empty or whitespace.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
