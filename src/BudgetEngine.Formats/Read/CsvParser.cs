using BudgetEngine.Core.Texts;
using System.Text;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// Reads CSV as Dutch Excel writes it: cells separated by ';', a cell in double quotes may hold ';', line breaks and
/// doubled quotes (""), rows end with CRLF, LF or CR. Never throws on content: a malformed row is reported with its number.
/// </summary>
public static class CsvParser
{
    /// <summary>The separator Dutch Excel uses (the comma is the decimal separator).</summary>
    public const char Separator = ';';

    /// <summary>The rows of <paramref name="text"/>, or the first error with the row it is in.</summary>
    public static (IReadOnlyList<CsvRow> Rows, CsvError? Error) Parse(string text)
    {
        var rows = new List<CsvRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var row = 1;
        var i = 0;
        while (i <= text.Length)
        {
            if (i == text.Length)
            {
                // The end: a last row without a line break still counts; a trailing line break adds no empty row.
                if (cells.Count > 0 || cell.Length > 0) rows.Add(new CsvRow(row, [.. cells, cell.ToString()]));
                break;
            }
            var c = text[i];
            // A quote opens a quoted cell only at the cell's start; elsewhere it is text (as Excel reads it).
            if (c == '"' && cell.Length == 0)
            {
                var column = cells.Count;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return (rows, new CsvError(new CellAddress(row, column), ImportTexts.Of("Csv.QuoteNotClosed")));
                    }
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.Append(text[i]);
                    i++;
                }
                if (i < text.Length && text[i] is not (Separator or '\r' or '\n'))
                {
                    return (rows, new CsvError(new CellAddress(row, column),
                        ImportTexts.Of("Csv.TextAfterQuote")));
                }
                continue;
            }
            switch (c)
            {
                case Separator:
                    cells.Add(cell.ToString());
                    cell.Clear();
                    i++;
                    break;
                case '\r' or '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    rows.Add(new CsvRow(row, cells.ToArray()));
                    cells.Clear();
                    row++;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    break;
                default:
                    cell.Append(c);
                    i++;
                    break;
            }
        }
        return (rows, null);
    }
}

/// <summary>What is wrong with a CSV file, and where.</summary>
/// <param name="At">The cell or row.</param>
/// <param name="Text">What is wrong and what to do, as data: written in the reader's language.</param>
public sealed record CsvError(CellAddress At, ErrorText Text)
{
    /// <summary>The text in English.</summary>
    public string Message => Text.ToString();
}
