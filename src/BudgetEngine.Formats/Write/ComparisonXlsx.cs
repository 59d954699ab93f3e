using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>A comparison of two scenarios as an Excel workbook: Per jaar en bron (both scenarios and the difference), Bevindingen (what appears, vanishes or changes), Wijzigingen per regel and Wijzigingen in baten.</summary>
public static class ComparisonXlsx
{
    public static byte[] Write(ComparisonDto comparison)
    {
        var book = new XlsxWorkbook();
        var years = book.Sheet("Per jaar en bron", frozenRows: 3);
        years.Row("Basis", comparison.Baseline.Name, comparison.Baseline.Organisation, XlsxCell.Whole(comparison.Baseline.Version));
        years.Row("Andere", comparison.Alternative.Name, comparison.Alternative.Organisation, XlsxCell.Whole(comparison.Alternative.Version));
        years.HeaderRow(ComparisonRows.Headers);
        foreach (var row in ComparisonRows.Of(comparison))
        {
            years.Row([row.Source, XlsxCell.Whole(row.Year), .. row.Figures.Select(f => XlsxCell.Amount(f))]);
        }

        var findings = book.Sheet("Bevindingen", frozenRows: 1);
        findings.HeaderRow("Wijziging", "Code", "Ernst", "Jaar", "Bron", "Regel", "Bedrag basis", "Bedrag andere", "Melding");
        foreach (var finding in ComparisonRows.Findings(comparison))
        {
            findings.Row(finding.Change, finding.Finding.Code, DutchCells.Severity(finding.Finding.Severity), XlsxCell.Whole(finding.Finding.Year), finding.Finding.Source,
                finding.Finding.Line, XlsxCell.Amount(finding.Baseline), XlsxCell.Amount(finding.Alternative), finding.Finding.Message);
        }
        AmendmentRows.Xlsx(book, comparison.Lines, comparison.Grants);
        return book.ToBytes();
    }
}
