using System.Globalization;
using System.Text;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// Where something is in a sheet, written as a finance officer finds it in Excel: "row 5, column C (2019)".
/// The column is Excel's letter; the header, when known, is the text at the top of the column.
/// </summary>
/// <param name="Row">The row number, from 1.</param>
/// <param name="Column">The column index, from 0; null for the row as a whole.</param>
/// <param name="Header">The column's header text, if any.</param>
public readonly record struct CellAddress(int Row, int? Column = null, string? Header = null)
{
    /// <summary>Excel's letters for a column index from 0: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        var letters = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }
        return letters.ToString();
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var row = "row " + Row.ToString(CultureInfo.InvariantCulture);
        if (Column is not { } column) return row;
        var header = string.IsNullOrWhiteSpace(Header) ? "" : $" ({Header.Trim()})";
        return $"{row}, column {ColumnLetters(column)}{header}";
    }
}
