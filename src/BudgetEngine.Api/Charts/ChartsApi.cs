using BudgetEngine.Api.Security;
using System.ComponentModel;
using BudgetEngine.Api.Contracts;
using BudgetEngine.Api.DuVo;
using BudgetEngine.Api.Errors;
using BudgetEngine.Api.Reconciliations;
using BudgetEngine.Api.Scenarios;
using BudgetEngine.Api.Spreadsheets;
using BudgetEngine.Core.Reconciliation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Charts;

/// <summary>Charts as SVG images: GET /v1/scenarios/{id}/reconciliation.svg.</summary>
public static class ChartsApi
{
    /// <summary>The media type of the charts.</summary>
    public const string Svg = "image/svg+xml";

    public static RouteGroupBuilder MapCharts(this IEndpointRouteBuilder routes)
    {
        var scenarios = routes.MapGroup("/v1/scenarios")
            .WithTags("Charts")
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        scenarios.MapGet("/{id}/reconciliation.svg", ReconciliationChartOf)
            .RequireAccess(AccessRules.ReadScenario)
            .WithName("ReconciliationChart")
            .WithSummary("Chart a stored scenario's reconciliation (SVG)")
            .WithDescription("Per year, income stacked by source beside the costs, the closing balance (\"Resultaat\") as a line, and over-allocated years "
                + "on a red band; euro amounts in Dutch notation (€ 25.000,00). The image has a title and a description in words for screen readers. "
                + "?recognition, ?includeConditional and ?version as for GET /v1/scenarios/{id}/reconciliation.")
            .Produces<string>(StatusCodes.Status200OK, Svg)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        routes.MapGet("/v1/centrumgemeenten/{code}/duvo/{year}/breakdown.svg", DuVoBreakdownChartOf)
            .RequireAccess(AccessRules.ReadDuVoPlan)
            .WithTags("Charts")
            .WithName("DuVoBreakdownChart")
            .WithSummary("Chart a centrumgemeente's DU VO breakdown (SVG)")
            .WithDescription("The payment; the costs paid from the DU VO stacked by category; when they exceed the payment, the regiogemeenten's co-financing "
                + "stacked from the payment up to the costs on a red band; a dashed line at the payment. Euro amounts in Dutch notation. "
                + "?version as for GET /v1/centrumgemeenten/{code}/duvo/{year}/breakdown.")
            .Produces<string>(StatusCodes.Status200OK, Svg)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return scenarios;
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> DuVoBreakdownChartOf(
        string code, int year,
        [Description("The plan version to chart; default the latest.")] int? version,
        DuVoBreakdowns breakdowns, CancellationToken ct)
    {
        // The same answers as the JSON breakdown: ask it, and draw what it gives.
        var result = await DuVoApi.GetBreakdown(code, year, version, breakdowns, ct);
        return result.Result switch
        {
            Ok<DuVoBreakdownDto> ok => TypedResults.Content(DuVoBreakdownChart.Render(ok.Value!, $"duvo-{code}-{year}"), Svg, System.Text.Encoding.UTF8),
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("The DU VO breakdown answered something the chart does not know."),
        };
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> ReconciliationChartOf(
        string id,
        [AsParameters] ReconciliationQuery query,
        [Description("The version to chart; default the latest.")] int? version,
        ScenarioStore store, CancellationToken ct)
    {
        var (options, errors) = query.Read();
        if (options is null) return Problems.Validation(errors, "The query is not valid.");
        var (body, _, problem) = await ScenarioVersions.FindAsync(store, id, version, ct);
        if (problem is not null) return problem;
        var scenario = ScenarioBodies.ToScenario(body!);
        var svg = ReconciliationChart.Render($"{scenario.Organisation}: {scenario.Name}", Reconciler.Reconcile(scenario, options), $"chart-{id}");
        return TypedResults.Content(svg, Svg, System.Text.Encoding.UTF8);
    }
}
