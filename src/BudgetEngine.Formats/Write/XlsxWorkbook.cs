using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// An Excel workbook (.xlsx, Office Open XML) written with DocumentFormat.OpenXml: one sheet per section, real number
/// cells, amounts formatted <c>€ #.##0,00</c> (stored as Excel's invariant format code, so every locale shows them in its
/// own notation), frozen header rows and columns wide enough for their text.
/// </summary>
public sealed class XlsxWorkbook
{
    /// <summary>The media type of an .xlsx file.</summary>
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's format code of an amount: the euro sign, thousands grouped, two decimals (Dutch Excel shows it as <c>€ #.##0,00</c>).</summary>
    public const string AmountFormat = "\"€\" #,##0.00;\"€\" -#,##0.00";

    private const uint AmountFormatId = 164;

    private readonly List<XlsxSheet> _sheets = [];

    /// <summary>The sheets, in order.</summary>
    public IReadOnlyList<XlsxSheet> Sheets => _sheets;

    /// <summary>Adds a sheet named <paramref name="name"/> whose first <paramref name="frozenRows"/> rows stay in view.</summary>
    public XlsxSheet Sheet(string name, int frozenRows = 1)
    {
        var sheet = new XlsxSheet(name, frozenRows);
        _sheets.Add(sheet);
        return sheet;
    }

    /// <summary>The workbook as the bytes of an .xlsx file.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in _sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            // Formulas (SUM rows) are computed by Excel when the file is opened.
            workbookPart.Workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Worksheet Worksheet(XlsxSheet sheet)
    {
        var worksheet = new Worksheet();
        var view = new SheetView { WorkbookViewId = 0 };
        if (sheet.FrozenRows > 0)
        {
            var below = "A" + (sheet.FrozenRows + 1).ToString(CultureInfo.InvariantCulture);
            view.Append(new Pane { VerticalSplit = sheet.FrozenRows, TopLeftCell = below, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = below, SequenceOfReferences = new ListValue<StringValue> { InnerText = below } });
        }
        worksheet.Append(new SheetViews(view));

        var widths = ColumnWidths(sheet);
        if (widths.Length > 0)
        {
            var columns = new Columns();
            for (var c = 0; c < widths.Length; c++)
            {
                columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
            }
            worksheet.Append(columns);
        }

        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var rowNumber = (uint)(r + 1);
            var row = new Row { RowIndex = rowNumber };
            var cells = sheet.Rows[r];
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].IsEmpty && cells[c].Style == XlsxStyle.Plain) continue;
                row.Append(Cell(cells[c], Reference(c, rowNumber)));
            }
            data.Append(row);
        }
        worksheet.Append(data);
        return worksheet;
    }

    private static Cell Cell(XlsxCell cell, string reference)
    {
        var result = new Cell { CellReference = reference, StyleIndex = (uint)cell.Style };
        if (cell.FormulaText is { } formula)
        {
            result.CellFormula = new CellFormula(formula);
        }
        else if (cell.Number is { } number)
        {
            result.DataType = CellValues.Number;
            result.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
        }
        else if (!string.IsNullOrEmpty(cell.Text))
        {
            result.DataType = CellValues.InlineString;
            result.InlineString = new InlineString(new Text(cell.Text) { Space = SpaceProcessingModeValues.Preserve });
        }
        return result;
    }

    /// <summary>A cell's reference, e.g. "C5" for column 2 (from 0) of row 5.</summary>
    public static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Excel's letters of a column index from 0: 0 is A, 26 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static double[] ColumnWidths(XlsxSheet sheet)
    {
        var count = sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Length);
        var widths = new double[count];
        foreach (var row in sheet.Rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                // Titles span the sheet; they do not widen their column.
                if (row[c].Style == XlsxStyle.Title) continue;
                var length = row[c].Number is { } n
                    ? (row[c].Style == XlsxStyle.Amount ? n.ToString("#,##0.00", CultureInfo.InvariantCulture).Length + 3 : n.ToString(CultureInfo.InvariantCulture).Length)
                    : row[c].Text?.Length ?? 0;
                widths[c] = Math.Max(widths[c], Math.Min(60, length + 2));
            }
        }
        for (var c = 0; c < widths.Length; c++) widths[c] = Math.Max(widths[c], 8);
        return widths;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = AmountFormatId, FormatCode = AmountFormat }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Calibri" })) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        // In the order of XlsxStyle: Plain, Amount, Header, Title, Whole.
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = AmountFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 1, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 5 });
}
