using BudgetEngine.Api.Spreadsheets.Export;
using BudgetEngine.Api.Spreadsheets.Import;

namespace BudgetEngine.Api.Spreadsheets;

/// <summary>Budgets in and out of Excel: the CSV import of a budget table and the JSON export of a scenario.</summary>
public static class SpreadsheetsApi
{
    public static RouteGroupBuilder MapSpreadsheets(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/scenarios")
            .WithTags("Scenarios")
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapImport();
        group.MapExport();
        return group;
    }
}
