using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Contracts;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The one-line hook for the comparison endpoint: Accept text/csv or the xlsx type answers the comparison as a sheet.</summary>
public static class ComparisonSheets
{
    public static RouteHandlerBuilder WithComparisonSheets(this RouteHandlerBuilder builder) =>
        builder.WithSheets(new SheetWriters<ComparisonDto>(
            (comparison, _) => ComparisonCsv.Write(comparison),
            (comparison, _) => ComparisonXlsx.Write(comparison),
            http => $"comparison-{http.Request.RouteValues["id"]}-{http.Request.RouteValues["otherId"]}",
            "With Accept: text/csv, the comparison as a sheet for Dutch Excel: per year the budget and each source in both scenarios with the difference, "
            + "then the findings that appear, vanish or change (attachment comparison-{id}-{otherId}.csv).",
            "With the xlsx Accept, the comparison as an Excel workbook: sheets Per jaar en bron and Bevindingen; amounts as number cells formatted "
            + "€ #.##0,00, header rows frozen (attachment comparison-{id}-{otherId}.xlsx)."));
}
