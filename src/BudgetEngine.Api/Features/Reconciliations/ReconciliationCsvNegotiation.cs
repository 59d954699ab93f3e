using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Contracts;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Api.Features.Reconciliations;

/// <summary>The one-line hook for the reconciliation endpoints.</summary>
public static class ReconciliationCsvExtensions
{
    /// <summary>Accept: text/csv answers the reconciliation as a Dutch CSV file (UTF-8 with BOM, attachment).</summary>
    public static RouteHandlerBuilder WithReconciliationCsv(this RouteHandlerBuilder builder) =>
        builder.WithCsvAlternative<ReconciliationDto>(ReconciliationCsv.Write, FileName,
            "With Accept: text/csv, the reconciliation as a sheet for Dutch Excel: ';' between cells, amounts as 25.000,00, UTF-8 with BOM, "
            + "sections for the budget per year, each source per year, each line's coverage (left out with ?allocations=false) and the findings (attachment reconciliation-{id}.csv).");

    /// <summary>The attachment's file name: reconciliation-{id}.csv for a stored scenario, reconciliation.csv otherwise.</summary>
    public static string FileName(HttpContext http) =>
        http.Request.RouteValues.TryGetValue("id", out var id) && id is string text ? $"reconciliation-{text}.csv" : "reconciliation.csv";
}
