using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Languages;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>POST /v1/duvo/breakdowns: a DU VO plan in, its breakdown out, nothing stored.</summary>
public static class DuVoBreakdownsApi
{
    public static RouteHandlerBuilder MapDuVoBreakdowns(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/v1/duvo/breakdowns", Break)
            .AddEndpointFilter<DocumentLimitsFilter<DuVoBreakdownRequestDto>>()
            .RequireAccess(AccessRules.Reconcile)
            .RequireRateLimiting(RateLimits.PerKey)
            .WithDuVoBreakdownCsv(_ => "duvo-breakdown")
            .WithTags("Vrouwenopvang (DU VO)")
            .WithName("BreakDownDuVoPlan")
            .WithSummary("Break a DU VO plan down without storing it")
            .WithDescription("The plan exactly as PUT /v1/centrumgemeenten/{code}/duvo/{year}/plan takes it, with code and year optional; its payment, "
                + "or, without one, a national distribution inline (as PUT /v1/duvo/{year}/distribution takes it) that includes code. The answer is the "
                + "breakdown GET /v1/centrumgemeenten/{code}/duvo/{year}/breakdown gives for the same plan stored (its plan and distribution references are "
                + "version 0: nothing is stored). Accept: text/csv or xlsx as for the stored one (attachment duvo-breakdown).")
            .Accepts<DuVoBreakdownRequestDto>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static Results<Ok<DuVoBreakdownDto>, ValidationProblem, ProblemHttpResult> Break(DuVoBreakdownRequestDto request, HttpRequest http)
    {
        var errors = new List<ValidationError>();
        if (request.Code is not null && !CbsCode.IsValid(request.Code))
            errors.Add(new ValidationError("/code", "Give the centrumgemeente's CBS code: GM followed by four digits, e.g. GM0344."));
        if (request.Year is < DuVoProblems.MinYear or > DuVoProblems.MaxYear)
            errors.Add(new ValidationError("/year", $"Give a year from {DuVoProblems.MinYear} to {DuVoProblems.MaxYear}, or leave it out."));
        if (request.Payment is null && request.Distribution is null)
            errors.Add(new ValidationError("/payment", "Enter the payment, or send the national distribution as distribution to take it from."));
        if (request.Payment is null && request.Distribution is not null && request.Code is null)
            errors.Add(new ValidationError("/code", "Give the centrumgemeente's CBS code, to find its payment in the distribution."));
        if (errors.Count > 0) return Problems.Validation(errors, "Invalid.Plan");

        // The calculation needs a centrumgemeente and a year to name; without them it is given placeholders, and the answer says "" and 0.
        var code = request.Code ?? UnnamedCode;
        var year = request.Year ?? DuVoProblems.MinYear;
        var (plan, planErrors) = DuVoPlanMapper.Read(request.Plan(), code, year);
        if (plan is null) return Problems.Validation(planErrors, "Invalid.Plan");
        var language = RequestLanguage.Of(http);
        var planReference = new DuVoVersionReferenceDto(0, "");
        if (plan.Payment is not null)
            return TypedResults.Ok(AsAddressed(DuVoBreakdownMapper.ToDto(SpendPlanCalculator.Calculate(plan), planReference, null, language), request));

        var (distribution, distributionErrors) = DuVoDistributionMapper.Read(request.Distribution, year);
        if (distribution is null)
            return Problems.Validation(distributionErrors.Select(e => e with { Field = FieldPath.Of("distribution").Then([.. e.Field.Segments.Cast<object>()]) }), "Invalid.Distribution");
        var result = DuVoDistribution.Calculate(distribution);
        if (result.Find(CbsCode.Parse(code)) is null)
            return Problems.Validation([new ValidationError("/code", $"The distribution does not include {code}. Add it to distribution.centrumgemeenten, or enter the payment.")], "Invalid.Plan");
        return TypedResults.Ok(AsAddressed(DuVoBreakdownMapper.ToDto(SpendPlanCalculator.Calculate(plan, result), planReference, new DuVoVersionReferenceDto(0, ""), language), request));
    }

    /// <summary>The placeholder CBS code of a plan sent without one (no municipality has it).</summary>
    private const string UnnamedCode = "GM0000";

    private static DuVoBreakdownDto AsAddressed(DuVoBreakdownDto breakdown, DuVoBreakdownRequestDto request) =>
        breakdown with { Centrumgemeente = request.Code ?? "", Year = request.Year ?? 0 };
}
