using BudgetEngine.Api.Infrastructure.Security;
using System.ComponentModel;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Features.Reconciliations;
using BudgetEngine.Formats.Charts;
using BudgetEngine.Formats.Charts.Svg;
using BudgetEngine.Core.Reconciliation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>A stored scenario's reconciliation as an SVG image: GET /v1/scenarios/{id}/reconciliation.svg.</summary>
public static class ReconciliationChartApi
{
    public static RouteHandlerBuilder MapReconciliationChart(this RouteGroupBuilder scenarios) =>
        scenarios.MapGet("/{id}/reconciliation.svg", ReconciliationChartOf)
            .RequireAccess(AccessRules.ReadScenario)
            .WithTags("Charts")
            .WithName("ReconciliationChart")
            .WithSummary("Chart a stored scenario's reconciliation (SVG)")
            .WithDescription("Per year, income stacked by source beside the costs, the closing balance (\"Resultaat\") as a line, and over-allocated years "
                + "on a red band; euro amounts in Dutch notation (€ 25.000,00). The image has a title and a description in words for screen readers. "
                + "?recognition, ?includeConditional and ?version as for GET /v1/scenarios/{id}/reconciliation.")
            .Produces<string>(StatusCodes.Status200OK, SvgWriter.MediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> ReconciliationChartOf(
        string id,
        [AsParameters] ReconciliationQuery query,
        [Description("The version to chart; default the latest.")] int? version,
        ScenarioStore store, ReconciliationCache cache, CancellationToken ct)
    {
        var (options, errors) = query.Read();
        if (options is null) return Problems.Validation(errors, "Invalid.Query");
        var found = await store.FindAsync(id, version, ct);
        if (ScenarioProblems.Of(id).Of(found.Status, version) is { } problem) return problem;
        var number = found.Document!.Version;
        var svg = cache.FindChart(id, number, options);
        if (svg is null)
        {
            // A version never changes and the engine is pure: its chart under these options is drawn once.
            var scenario = ScenarioBodies.ToScenario(found.Document.Body);
            svg = cache.AddChart(id, number, options,
                ReconciliationChart.Render($"{scenario.Scenario.Organisation}: {scenario.Scenario.Name}", Reconciler.Reconcile(scenario, options), $"chart-{id}"));
        }
        return TypedResults.Content(svg, SvgWriter.MediaType, System.Text.Encoding.UTF8);
    }
}
