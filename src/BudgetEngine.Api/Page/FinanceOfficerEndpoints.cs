using BudgetEngine.Api.Charts;
using BudgetEngine.Api.Spreadsheets;

namespace BudgetEngine.Api.Page;

/// <summary>What finance officers use besides the JSON API: spreadsheets (CSV in and out), charts (SVG) and the overview page.</summary>
public static class FinanceOfficerEndpoints
{
    /// <summary>Maps the spreadsheet, chart and page routes (one line in Program.cs).</summary>
    public static IEndpointRouteBuilder MapSpreadsheetsChartsAndPage(this IEndpointRouteBuilder routes)
    {
        routes.MapSpreadsheets();
        routes.MapCharts();
        routes.MapPage();
        return routes;
    }
}
