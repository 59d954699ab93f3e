using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Contracts;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The one-line hook for a version's changes: Accept text/csv or the xlsx type answers them as a begrotingswijziging document.</summary>
public static class AmendmentSheets
{
    public static RouteHandlerBuilder WithAmendmentSheets(this RouteHandlerBuilder builder) =>
        builder.WithSheets(new SheetWriters<BudgetAmendmentDto>(
            (amendment, _) => BegrotingswijzigingCsv.Write(amendment),
            (amendment, _) => BegrotingswijzigingXlsx.Write(amendment),
            http => $"begrotingswijziging-{http.Request.RouteValues["id"]}-v{http.Request.RouteValues["version"]}",
            "With Accept: text/csv, the changes as a begrotingswijziging for Dutch Excel: the versions, reason and decision, the line-years and grants "
            + "added, removed or changed, and every year's closing balance before and after (attachment begrotingswijziging-{id}-v{version}.csv).",
            "With the xlsx Accept, the begrotingswijziging as an Excel workbook: sheets Begrotingswijziging, Wijzigingen per regel, Wijzigingen in baten "
            + "and Effect op het resultaat; amounts as number cells formatted € #.##0,00 (attachment begrotingswijziging-{id}-v{version}.xlsx)."));
}
