using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Contracts;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>The one-line hook for the DU VO breakdown endpoint.</summary>
public static class DuVoBreakdownCsvExtensions
{
    /// <summary>Accept: text/csv or the xlsx type answers the breakdown as a sheet (attachment).</summary>
    public static RouteHandlerBuilder WithDuVoBreakdownCsv(this RouteHandlerBuilder builder) =>
        builder.WithSheets(new SheetWriters<DuVoBreakdownDto>(
            (breakdown, _) => DuVoBreakdownCsv.Write(breakdown), (breakdown, _) => DuVoBreakdownXlsx.Write(breakdown), FileStem, CsvDescription, XlsxDescription));

    /// <summary>The same for the breakdown of a plan that is not stored (attachment duvo-breakdown).</summary>
    public static RouteHandlerBuilder WithDuVoPlanBreakdownSheets(this RouteHandlerBuilder builder) =>
        builder.WithSheets(new SheetWriters<DuVoPlanBreakdownDto>(
            (breakdown, _) => DuVoBreakdownCsv.Write(breakdown), (breakdown, _) => DuVoBreakdownXlsx.Write(breakdown), _ => "duvo-breakdown",
            CsvDescription.Replace("duvo-{code}-{year}", "duvo-breakdown"), XlsxDescription.Replace("duvo-{code}-{year}", "duvo-breakdown")));

    private const string CsvDescription =
            "With Accept: text/csv, the breakdown as a sheet for Dutch Excel: ';' between cells, amounts as 25.000,00, UTF-8 with BOM, sections for "
            + "the categories, the parts other sources pay, the balance, the reserve (when the plan names one), the co-financing per regiogemeente, the structural "
            + "co-financing per rule with the totals per municipality agreed (afgesproken) and apart proposed (voorgesteld), and the findings (attachment duvo-{code}-{year}.csv).";

    private const string XlsxDescription =
            "With the xlsx Accept, the breakdown as an Excel workbook: sheets Overzicht (with the reserve, when the plan names one), Categorieën, Andere bronnen, "
            + "Cofinanciering (per regiogemeente), Structurele cofinanciering (when the plan has rules: per rule, then the totals per municipality agreed and "
            + "apart proposed) and Bevindingen; amounts as number cells formatted € #.##0,00, header rows frozen (attachment duvo-{code}-{year}.xlsx).";

    /// <summary>duvo-{code}-{year}.</summary>
    public static string FileStem(HttpContext http) =>
        $"duvo-{http.Request.RouteValues["code"]}-{http.Request.RouteValues["year"]}";
}
