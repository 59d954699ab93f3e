using System.ComponentModel;
using BudgetEngine.Formats.Charts;
using BudgetEngine.Formats.Charts.Svg;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>The DU VO breakdown as an SVG image: GET /v1/centrumgemeenten/{code}/duvo/{year}/breakdown.svg.</summary>
public static class DuVoChartApi
{
    public static RouteHandlerBuilder MapDuVoBreakdownChart(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/v1/centrumgemeenten/{code}/duvo/{year}/breakdown.svg", DuVoBreakdownChartOf)
            .AddEndpointFilter<DuVoRouteFilter>()
            .RequireAccess(AccessRules.ReadDuVoPlan)
            .RequireRateLimiting(RateLimits.PerKey)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithTags("Charts")
            .WithName("DuVoBreakdownChart")
            .WithSummary("Chart a centrumgemeente's DU VO breakdown (SVG)")
            .WithDescription("The payment; the costs paid from the DU VO stacked by category; when they exceed the payment, the regiogemeenten's co-financing "
                + "stacked from the payment up to the costs on a red band; a dashed line at the payment. Euro amounts in Dutch notation. "
                + "?version as for GET /v1/centrumgemeenten/{code}/duvo/{year}/breakdown.")
            .Produces<string>(StatusCodes.Status200OK, SvgWriter.MediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> DuVoBreakdownChartOf(
        string code, int year,
        [Description("The plan version to chart; default the latest.")] int? version,
        DuVoBreakdowns breakdowns, DuVoChartCache cache, HttpRequest request, CancellationToken ct)
    {
        // The same answers as the JSON breakdown: ask it, and draw what it gives, once per plan and distribution version.
        var result = await DuVoApi.GetBreakdown(code, year, version, breakdowns, request, ct);
        return result.Result switch
        {
            Ok<DuVoBreakdownDto> ok => TypedResults.Content(cache.Chart(ok.Value!, () => DuVoBreakdownChart.Render(ok.Value!, $"duvo-{code}-{year}")), SvgWriter.MediaType, System.Text.Encoding.UTF8),
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("The DU VO breakdown answered something the chart does not know."),
        };
    }
}
