using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Contracts;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Api.Features.Reconciliations;

/// <summary>The one-line hook for the reconciliation endpoints.</summary>
public static class ReconciliationCsvExtensions
{
    /// <summary>Accept: text/csv or the xlsx type answers the reconciliation as a sheet (attachment), its lines in the scenario's order.</summary>
    public static RouteHandlerBuilder WithReconciliationCsv(this RouteHandlerBuilder builder) =>
        builder.WithSheets(new SheetWriters<ReconciliationDto>(
            ReconciliationCsv.Write,
            ReconciliationXlsx.Write,
            FileStem,
            "With Accept: text/csv, the reconciliation as a sheet for Dutch Excel: ';' between cells, amounts as 25.000,00, UTF-8 with BOM, "
            + "sections for the budget per year, each source per year, each line's coverage (left out with ?allocations=false) and the findings (attachment reconciliation-{id}.csv).",
            "With the xlsx Accept, the reconciliation as an Excel workbook: sheets Overzicht per jaar, Per bron (with Ongedekt), Dekking per regel (lines in "
            + "the scenario's order; left out with ?allocations=false) and Bevindingen; amounts as number cells formatted € #.##0,00, header rows frozen "
            + "(attachment reconciliation-{id}.xlsx)."));

    /// <summary>The attachment's name: reconciliation-{id} for a stored scenario, reconciliation otherwise.</summary>
    public static string FileStem(HttpContext http) =>
        http.Request.RouteValues.TryGetValue("id", out var id) && id is string text ? $"reconciliation-{text}" : "reconciliation";
}
