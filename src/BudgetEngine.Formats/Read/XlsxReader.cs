using BudgetEngine.Core.Texts;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetEngine.Formats.Read;

/// <summary>One sheet of a workbook as rows of cell texts, numbered as Excel numbers them.</summary>
/// <param name="Name">The sheet's name as its tab shows it.</param>
/// <param name="Rows">Its rows from the top; rows Excel leaves out are blank rows here.</param>
public sealed record XlsxSheetRows(string Name, IReadOnlyList<CsvRow> Rows);

/// <summary>
/// Reads an .xlsx workbook (DocumentFormat.OpenXml) into rows of cell texts, as the CSV import reads a file: a number cell
/// becomes its value in Dutch notation without grouping ("25000", "1234,5"), text cells their text, a cell with a formula
/// its computed value, marked as computed. Locale-free: Excel stores numbers invariantly.
/// </summary>
public static class XlsxReader
{
    /// <summary>True when <paramref name="bytes"/> start as a zip archive does, as every .xlsx file does.</summary>
    public static bool LooksLikeXlsx(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    /// <summary>Every sheet of the workbook, in tab order; or why it cannot be read.</summary>
    public static (IReadOnlyList<XlsxSheetRows>? Sheets, ErrorText? Error) Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var result = new List<XlsxSheetRows>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                result.Add(new XlsxSheetRows(sheet.Name?.Value ?? "", Rows(part, shared)));
            }
            return result.Count == 0 ? (null, ImportTexts.Of("Xlsx.NoSheets")) : (result, null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or FormatException)
        {
            return (null, ImportTexts.Of("Xlsx.Unreadable"));
        }
    }

    private static List<CsvRow> Rows(WorksheetPart part, string[] shared)
    {
        var rows = new List<CsvRow>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            while (rows.Count + 1 < number) rows.Add(new CsvRow(rows.Count + 1, []));
            var cells = new List<string>();
            var computed = new HashSet<int>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : cells.Count;
                while (cells.Count < column) cells.Add("");
                cells.Add(Text(cell, shared));
                if (cell.CellFormula is not null) computed.Add(column);
            }
            rows.Add(new CsvRow(number, cells) { Computed = computed });
        }
        return rows;
    }

    private static string Text(Cell cell, string[] shared)
    {
        var value = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString) return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length ? shared[index] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error) return value;
        if (value.Length == 0) return "";
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Dutch(number) : value;
    }

    /// <summary>A number as the table reader reads it: Dutch decimal comma, no grouping, at most the cents (Excel's binary noise rounded away).</summary>
    private static string Dutch(decimal number)
    {
        var rounded = Math.Round(number, 2, MidpointRounding.AwayFromZero);
        var value = Math.Abs(number - rounded) < 0.000001m ? rounded : number;
        return value.ToString(value == Math.Truncate(value) ? "0" : "0.##########", CultureInfo.GetCultureInfo("nl-NL"));
    }

    /// <summary>The column (from 0) of a reference such as "C5".</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
