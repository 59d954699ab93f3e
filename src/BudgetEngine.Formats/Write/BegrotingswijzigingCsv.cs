using System.Globalization;
using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// A begrotingswijziging as a sheet for Dutch Excel: which scenario and versions, the reason and decision, the line-years
/// and grants added, removed or changed, and every year's closing balance before and after for the budget, each source
/// and Ongedekt. Headers in Dutch, amounts in Dutch notation.
/// </summary>
public static class BegrotingswijzigingCsv
{
    public static CsvFile Write(BudgetAmendmentDto amendment)
    {
        var csv = new CsvWriter();
        csv.Row("Begrotingswijziging");
        csv.Row("Scenario", amendment.To.Name, amendment.To.Organisation);
        csv.Row("Van versie", DutchCells.Number(amendment.From.Version));
        csv.Row("Naar versie", DutchCells.Number(amendment.To.Version));
        csv.Row("Reden", amendment.Reason);
        csv.Row("Besluit", amendment.Decision);
        csv.Row("Baten geteld", DutchCells.Recognition(amendment.Options.Recognition));
        csv.Row("Onder voorbehoud meegeteld", DutchCells.YesNo(amendment.Options.IncludeConditional));

        AmendmentRows.Csv(csv, amendment.Lines, amendment.Grants);

        csv.BlankRow().Row("Effect op het resultaat");
        csv.Row(AmendmentRows.BalanceHeaders.Select(h => (CsvWriter.Cell)h).ToArray());
        foreach (var row in AmendmentRows.Balances(amendment.ClosingBalances))
        {
            csv.Row(DutchCells.Number(row.Year), row.What, DutchCells.Amount(row.Before), DutchCells.Amount(row.After), DutchCells.Amount(row.Difference));
        }
        return new CsvFile(csv.ToBytes());
    }

    /// <summary>The file's name without extension: begrotingswijziging-{id}-v{from}-v{to}.</summary>
    public static string FileName(BudgetAmendmentDto amendment) => string.Create(CultureInfo.InvariantCulture,
        $"begrotingswijziging-{amendment.To.Id}-v{amendment.From.Version}-v{amendment.To.Version}");
}
