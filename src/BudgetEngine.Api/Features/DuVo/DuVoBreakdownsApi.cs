using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Languages;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Validation;
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
        var errors = new List<ValidationError>();
        if (request.Code is not null && !CbsCode.IsValid(request.Code))
            errors.Add(new ValidationError(FieldPath.Of("code"), ProblemTexts.Of("Field.CbsCode")));
        if (request.Year is < DuVoProblems.MinYear or > DuVoProblems.MaxYear)
            errors.Add(new ValidationError(FieldPath.Of("year"), ProblemTexts.Of("Field.DuVoYearRange", ProblemTexts.Number(DuVoProblems.MinYear), ProblemTexts.Number(DuVoProblems.MaxYear))));
        if (request.Payment is null && request.Distribution is null)
            errors.Add(new ValidationError(FieldPath.Of("payment"), ProblemTexts.Of("Field.PaymentOrDistribution")));
        if (request.Payment is null && request.Distribution is not null && request.Code is null)
            errors.Add(new ValidationError(FieldPath.Of("code"), ProblemTexts.Of("Field.CodeForDistribution")));
        if (request.Payment is null && request.Distribution is not null && request.Year is null)
            errors.Add(new ValidationError(FieldPath.Of("year"), ProblemTexts.Of("Field.YearForDistribution")));
        if (errors.Count > 0) return Problems.Validation(errors, "Invalid.Plan");

        // The calculation names a centrumgemeente: without a code (only with an entered payment) it is given one no municipality has,
        // which the answer does not show (centrumgemeente null). A plan without a year is of no particular year: its findings name none.
        var (plan, planErrors) = DuVoPlanMapper.Read(request.Plan(), request.Code ?? UnnamedCode, request.Year);
        if (plan is null) return Problems.Validation(planErrors, "Invalid.Plan");
        var language = RequestLanguage.Of(http);
        var registry = await municipalities.RegistryAsync(ct);
        if (plan.Payment is not null)
            return TypedResults.Ok(DuVoBreakdownMapper.ToPlanDto(Named(SpendPlanCalculator.Calculate(plan, municipalities: registry)), request.Code, fromDistribution: false, language));

        var (distribution, distributionErrors) = DuVoDistributionMapper.Read(request.Distribution, request.Year!.Value);
        if (distribution is null)
            return Problems.Validation(distributionErrors.Select(e => e with { Field = FieldPath.Of("distribution").Then([.. e.Field.Segments.Cast<object>()]) }), "Invalid.Distribution");
        var result = DuVoDistribution.Calculate(distribution);
        if (result.Find(CbsCode.Parse(request.Code!)) is null)
            return Problems.Validation([new ValidationError(FieldPath.Of("code"), ProblemTexts.Of("Field.NotInDistribution", ProblemTexts.Text(request.Code)))], "Invalid.Plan");
        return TypedResults.Ok(DuVoBreakdownMapper.ToPlanDto(Named(SpendPlanCalculator.Calculate(plan, result, municipalities: registry)), request.Code, fromDistribution: true, language));
    }

    /// <summary>The breakdown without what the calculation says of <see cref="UnnamedCode"/> (the municipality list does not know it).</summary>
    private static SpendBreakdown Named(SpendBreakdown breakdown) =>
        breakdown with { Findings = breakdown.Findings.Where(f => !(f.Line == UnnamedCode && f.Code == DuVoFindingCode.MunicipalityUnknown)).ToArray() };

    /// <summary>The CBS code the calculation is given for a plan sent without one (no municipality has it; never in the answer).</summary>
    private const string UnnamedCode = "GM0000";
}
