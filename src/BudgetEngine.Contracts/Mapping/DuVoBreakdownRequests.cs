using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Municipalities;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>What a breakdown request gives: the breakdown, or the errors and whether they are in the distribution sent inline.</summary>
/// <param name="Breakdown">The breakdown; null when there are errors.</param>
/// <param name="Errors">Every problem found; empty with a breakdown.</param>
/// <param name="InDistribution">True when the errors are in the distribution sent inline, false when in the plan and its fields.</param>
public sealed record DuVoBreakdownOutcome(DuVoPlanBreakdownDto? Breakdown, IReadOnlyList<ValidationError> Errors, bool InDistribution);

/// <summary>
/// A DU VO plan broken down without storing it, as <c>POST /v1/duvo/breakdowns</c> and <c>budgetengine duvo breakdown</c>
/// both answer it: the plan exactly as it is stored, with code and year optional, and its payment or the national
/// distribution inline. The calculation is the stored plan's; only the request's own fields are checked here.
/// </summary>
public static class DuVoBreakdownRequests
{
    /// <summary>
    /// The breakdown of <paramref name="request"/>, its municipalities checked against <paramref name="municipalities"/>
    /// (the list in use), its findings in <paramref name="language"/>; or why not.
    /// </summary>
    public static DuVoBreakdownOutcome Break(DuVoBreakdownRequestDto request, MunicipalityRegistry? municipalities, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<ValidationError>();
        if (request.Code is not null && !CbsCode.IsValid(request.Code))
            errors.Add(new ValidationError(FieldPath.Of("code"), WireTexts.Of("Breakdown.CbsCode")));
        if (request.Year is < ScenarioValidator.MinYear or > ScenarioValidator.MaxYear)
            errors.Add(new ValidationError(FieldPath.Of("year"), WireTexts.Of("Breakdown.YearRange", MessageArgument.Number(ScenarioValidator.MinYear), MessageArgument.Number(ScenarioValidator.MaxYear))));
        if (request.Payment is null && request.Distribution is null)
            errors.Add(new ValidationError(FieldPath.Of("payment"), WireTexts.Of("Breakdown.PaymentOrDistribution")));
        if (request.Payment is null && request.Distribution is not null && request.Code is null)
            errors.Add(new ValidationError(FieldPath.Of("code"), WireTexts.Of("Breakdown.CodeForDistribution")));
        if (request.Payment is null && request.Distribution is not null && request.Year is null)
            errors.Add(new ValidationError(FieldPath.Of("year"), WireTexts.Of("Breakdown.YearForDistribution")));
        if (errors.Count > 0) return Invalid(errors, inDistribution: false);

        // The calculation names a centrumgemeente: without a code (only with an entered payment) it is given one no municipality has,
        // which the answer does not show (centrumgemeente null). A plan without a year is of no particular year: its findings name none.
        var (plan, planErrors) = DuVoPlanMapper.Read(request.Plan(), request.Code ?? UnnamedCode, request.Year);
        if (plan is null) return Invalid(planErrors, inDistribution: false);
        if (plan.Payment is not null)
            return Answer(SpendPlanCalculator.Calculate(plan, municipalities: municipalities), request.Code, fromDistribution: false, language);

        var (distribution, distributionErrors) = DuVoDistributionMapper.Read(request.Distribution, request.Year!.Value);
        if (distribution is null)
            return Invalid(distributionErrors.Select(e => e with { Field = FieldPath.Of("distribution").Then([.. e.Field.Segments.Cast<object>()]) }).ToArray(), inDistribution: true);
        // The distribution's centrumgemeenten are checked as a stored distribution's are: its findings join the breakdown's.
        var result = DuVoDistribution.Calculate(distribution, municipalities);
        if (result.Find(CbsCode.Parse(request.Code!)) is null)
            return Invalid([new ValidationError(FieldPath.Of("code"), WireTexts.Of("Breakdown.NotInDistribution", MessageArgument.Text(request.Code!)))], inDistribution: false);
        return Answer(SpendPlanCalculator.Calculate(plan, result, municipalities: municipalities), request.Code, fromDistribution: true, language);
    }

    private static DuVoBreakdownOutcome Invalid(IReadOnlyList<ValidationError> errors, bool inDistribution) => new(null, errors, inDistribution);

    /// <summary>The breakdown, without what the calculation says of <see cref="UnnamedCode"/> (the municipality list does not know it).</summary>
    private static DuVoBreakdownOutcome Answer(SpendBreakdown breakdown, string? code, bool fromDistribution, MessageLanguage language)
    {
        var named = breakdown with { Findings = breakdown.Findings.Where(f => !(f.Line == UnnamedCode && f.Code == DuVoFindingCode.MunicipalityUnknown)).ToArray() };
        return new DuVoBreakdownOutcome(DuVoBreakdownMapper.ToPlanDto(named, code, fromDistribution, language), [], InDistribution: false);
    }

    /// <summary>The CBS code the calculation is given for a plan sent without one (no municipality has it; never in the answer).</summary>
    private const string UnnamedCode = "GM0000";
}
