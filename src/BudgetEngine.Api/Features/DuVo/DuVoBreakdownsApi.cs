using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Languages;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;
using BudgetEngine.Api.Features.Municipalities;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>POST /v1/duvo/breakdowns: a DU VO plan in, its breakdown out, nothing stored.</summary>
public static class DuVoBreakdownsApi
{
    public static RouteHandlerBuilder MapDuVoBreakdowns(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/v1/duvo/breakdowns", Break)
            .AddEndpointFilter<DocumentLimitsFilter<DuVoBreakdownRequestDto>>()
            .RequireAccess(AccessRules.Reconcile)
            .RequireRateLimiting(RateLimits.PerKey)
            .WithDuVoPlanBreakdownSheets()
            .WithTags("Vrouwenopvang (DU VO)")
            .WithName("BreakDownDuVoPlan")
            .WithSummary("Break a DU VO plan down without storing it")
            .WithDescription("The plan exactly as PUT /v1/centrumgemeenten/{code}/duvo/{year}/plan takes it, with code and year optional; its payment, "
                + "or, without one, a national distribution inline (as PUT /v1/duvo/{year}/distribution takes it) that includes code. The answer is the "
                + "breakdown GET /v1/centrumgemeenten/{code}/duvo/{year}/breakdown gives for the same plan stored, without the plan and distribution versions "
                + "(nothing is stored); centrumgemeente and year are null when the request gives none, and the findings of a plan without a year name none. "
                + "A payment taken from the distribution needs the code and the year (the phase-in is per year). Accept: text/csv or xlsx as for the stored one (attachment duvo-breakdown).")
            .Accepts<DuVoBreakdownRequestDto>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static async Task<Results<Ok<DuVoPlanBreakdownDto>, ValidationProblem, ProblemHttpResult>> Break(
        DuVoBreakdownRequestDto request, MunicipalityListStore municipalities, HttpRequest http, CancellationToken ct)
    {
        var outcome = DuVoBreakdownRequests.Break(request, await municipalities.RegistryAsync(ct), RequestLanguage.Of(http));
        if (outcome.Breakdown is { } breakdown) return TypedResults.Ok(breakdown);
        return Problems.Validation(outcome.Errors, outcome.InDistribution ? "Invalid.Distribution" : "Invalid.Plan");
    }
}
