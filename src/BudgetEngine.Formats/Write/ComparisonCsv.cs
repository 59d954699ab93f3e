using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// A comparison of two scenarios as a sheet: which scenarios, then per year the budget and each source in both with the
/// difference (other minus this), then the findings that appear, vanish or change, then the line-years and grants the
/// other adds, removes or changes (as a begrotingswijziging lists them). Headers in Dutch, amounts in Dutch notation.
/// </summary>
public static class ComparisonCsv
{
    public static CsvFile Write(ComparisonDto comparison)
    {
        var csv = new CsvWriter();
        csv.Row("Vergelijking");
        csv.Row("Basis", comparison.Baseline.Name, comparison.Baseline.Organisation, "versie " + comparison.Baseline.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        csv.Row("Andere", comparison.Alternative.Name, comparison.Alternative.Organisation, "versie " + comparison.Alternative.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));

        csv.BlankRow().Row("Per jaar en bron");
        csv.Row(ComparisonRows.Headers.Select(h => (CsvWriter.Cell)h).ToArray());
        foreach (var row in ComparisonRows.Of(comparison))
        {
            csv.Row([row.Source, DutchCells.Number(row.Year), .. row.Figures.Select(f => DutchCells.Amount(f))]);
        }

        csv.BlankRow().Row("Bevindingen");
        csv.Row("Wijziging", "Code", "Ernst", "Jaar", "Bron", "Regel", "Bedrag basis", "Bedrag andere", "Melding");
        foreach (var finding in ComparisonRows.Findings(comparison))
        {
            csv.Row(finding.Change, finding.Finding.Code, DutchCells.Severity(finding.Finding.Severity), DutchCells.Number(finding.Finding.Year), finding.Finding.Source,
                finding.Finding.Line, DutchCells.Amount(finding.Baseline), DutchCells.Amount(finding.Alternative), finding.Finding.Message);
        }
        AmendmentRows.Csv(csv, comparison.Lines, comparison.Grants);
        return new CsvFile(csv.ToBytes());
    }
}
