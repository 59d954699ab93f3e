using BudgetEngine.Formats.Read;
using System.Text;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// Writes CSV for Dutch Excel: ';' between cells, CRLF after each row, quotes only where a cell needs them, and the bytes
/// as UTF-8 with a byte order mark so Excel reads € and ë correctly. Text cells that Excel would run as a formula
/// (starting with =, +, -, @) are prefixed with an apostrophe; amounts are written with <see cref="Amount"/> and never are.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>A cell as written: text or an amount.</summary>
    public readonly record struct Cell(string Value, bool IsText)
    {
        /// <summary>Text from a person or a name: guarded against formula injection.</summary>
        public static implicit operator Cell(string? text) => new(text ?? "", true);
    }

    /// <summary>A number cell (Dutch notation, e.g. "25.000,00" or a year), written as it is.</summary>
    public static Cell Amount(string number) => new(number, false);

    /// <summary>Appends a row.</summary>
    public CsvWriter Row(params Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) _text.Append(CsvParser.Separator);
            _text.Append(Escape(cells[i]));
        }
        _text.Append("\r\n");
        return this;
    }

    /// <summary>Appends an empty row (between sections).</summary>
    public CsvWriter BlankRow()
    {
        _text.Append("\r\n");
        return this;
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>The file: UTF-8 with a byte order mark.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private static string Escape(Cell cell)
    {
        var value = cell.Value;
        if (cell.IsText && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([CsvParser.Separator, '"', '\r', '\n']) >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
