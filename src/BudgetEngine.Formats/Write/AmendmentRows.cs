using System.Globalization;
using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// The rows a begrotingswijziging shows in both sheets (CSV and xlsx), and the comparison of two scenarios with it: the
/// line-years and grants added, removed or changed, and every year's closing balance before and after.
/// </summary>
public static class AmendmentRows
{
    /// <summary>The headers of the line changes.</summary>
    public static readonly string[] LineHeaders = ["Regel", "Jaar", "Wijziging", "Was", "Wordt", "Verschil"];

    /// <summary>The headers of the grant changes.</summary>
    public static readonly string[] GrantHeaders = ["Bron", "Periode", "Project", "Id", "Omschrijving", "Wijziging", "Was", "Wordt", "Verschil", "Status was", "Status wordt"];

    /// <summary>The headers of the closing balances.</summary>
    public static readonly string[] BalanceHeaders = ["Jaar", "Bron", "Resultaat was", "Resultaat wordt", "Verschil"];

    /// <summary>A change in Dutch.</summary>
    public static string Change(ChangeDto change) => change switch
    {
        ChangeDto.Added => "toegevoegd",
        ChangeDto.Removed => "vervallen",
        _ => "gewijzigd",
    };

    /// <summary>A grant's status in Dutch; empty when it has none on that side.</summary>
    public static string Status(GrantStatusDto? status) => status switch
    {
        GrantStatusDto.Awarded => "toegekend",
        GrantStatusDto.Conditional => "onder voorbehoud",
        GrantStatusDto.Rejected => "afgewezen",
        _ => "",
    };

    /// <summary>A grant's period in Dutch ("kalenderjaar 2019", "projectjaar 2019/2020").</summary>
    public static string Period(PeriodDto period) => period.Kind == PeriodKindDto.ProjectYear
        ? $"projectjaar {Year(period.Year)}/{Year(period.Year + 1)}"
        : $"kalenderjaar {Year(period.Year)}";

    /// <summary>One closing balance row: the year, the budget ("Begroting"), a source or Ongedekt, before, after and the difference.</summary>
    public sealed record BalanceRow(int Year, string What, decimal Before, decimal After, decimal Difference);

    /// <summary>Per year the budget, each source, then Ongedekt.</summary>
    public static IEnumerable<BalanceRow> Balances(IEnumerable<ClosingBalanceChangeDto> years)
    {
        foreach (var year in years)
        {
            yield return new BalanceRow(year.Year, ComparisonRows.Budget, year.Budget.Before, year.Budget.After, year.Budget.Difference);
            foreach (var source in year.BySource) yield return new BalanceRow(year.Year, source.Source, source.Before, source.After, source.Difference);
            yield return new BalanceRow(year.Year, ReconciliationCsv.UnfundedLabel, year.Unfunded.Before, year.Unfunded.After, year.Unfunded.Difference);
        }
    }

    /// <summary>Writes the line and grant changes as two sections of a CSV.</summary>
    public static void Csv(CsvWriter csv, IReadOnlyList<LineChangeDto> lines, IReadOnlyList<GrantChangeDto> grants)
    {
        csv.BlankRow().Row("Wijzigingen per regel");
        csv.Row(LineHeaders.Select(h => (CsvWriter.Cell)h).ToArray());
        foreach (var c in lines)
        {
            csv.Row(c.Line, DutchCells.Number(c.Year), Change(c.Change), DutchCells.Amount(c.Before), DutchCells.Amount(c.After), DutchCells.Amount(c.Difference));
        }
        csv.BlankRow().Row("Wijzigingen in baten");
        csv.Row(GrantHeaders.Select(h => (CsvWriter.Cell)h).ToArray());
        foreach (var g in grants)
        {
            csv.Row(g.Source, Period(g.Period), g.Project, g.Id, g.Description, Change(g.Change), DutchCells.Amount(g.Before), DutchCells.Amount(g.After),
                DutchCells.Amount(g.Difference), Status(g.StatusBefore), Status(g.StatusAfter));
        }
    }

    /// <summary>Writes the line and grant changes as two sheets of a workbook.</summary>
    public static void Xlsx(XlsxWorkbook book, IReadOnlyList<LineChangeDto> lines, IReadOnlyList<GrantChangeDto> grants)
    {
        var lineSheet = book.Sheet("Wijzigingen per regel", frozenRows: 1);
        lineSheet.HeaderRow(LineHeaders);
        foreach (var c in lines)
        {
            lineSheet.Row(c.Line, XlsxCell.Whole(c.Year), Change(c.Change), XlsxCell.Amount(c.Before), XlsxCell.Amount(c.After), XlsxCell.Amount(c.Difference));
        }
        var grantSheet = book.Sheet("Wijzigingen in baten", frozenRows: 1);
        grantSheet.HeaderRow(GrantHeaders);
        foreach (var g in grants)
        {
            grantSheet.Row(g.Source, Period(g.Period), g.Project, g.Id, g.Description, Change(g.Change), XlsxCell.Amount(g.Before), XlsxCell.Amount(g.After),
                XlsxCell.Amount(g.Difference), Status(g.StatusBefore), Status(g.StatusAfter));
        }
    }

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "";
}
