using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Core.Validation;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Core.Texts;
using BudgetEngine.Api.Infrastructure.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using static BudgetEngine.Api.Infrastructure.Errors.ProblemTexts;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>The problem responses of the DU VO endpoints, worded once.</summary>
public static class DuVoProblems
{
    /// <summary>The first year a DU VO route accepts.</summary>
    public const int MinYear = ScenarioValidator.MinYear;

    /// <summary>The last year a DU VO route accepts.</summary>
    public const int MaxYear = ScenarioValidator.MaxYear;

    /// <summary>What is wrong with the route's {code} and {year} (either may be left out); empty when both are fine.</summary>
    public static List<ValidationError> RouteErrors(string? code, int? year)
    {
        var errors = new List<ValidationError>();
        if (code is not null && !CbsCode.IsValid(code))
        {
            errors.Add(new ValidationError(FieldPath.Parameter("code"), ProblemTexts.Of("Route.CodeInvalid", Text(code))));
        }
        if (year is < MinYear or > MaxYear)
        {
            errors.Add(new ValidationError(FieldPath.Parameter("year"), ProblemTexts.Of("Route.YearRange", Number(MinYear), Number(MaxYear))));
        }
        return errors;
    }

    /// <summary>What a read or a write of the plan of <paramref name="code"/> for <paramref name="year"/> answers when it has nothing to give or wrote nothing.</summary>
    public static DocumentProblems OfPlan(string code, int year) =>
        Of(DuVoDocumentKind.Plan, () => NoPlan(code, year), version => NoSuchPlanVersion(code, year, version));

    /// <summary>What a read or a write of the national distribution of <paramref name="year"/> answers when it has nothing to give or wrote nothing.</summary>
    public static DocumentProblems OfDistribution(int year) =>
        Of(DuVoDocumentKind.Distribution, () => NoDistribution(year), version => NoSuchDistributionVersion(year, version));

    // A DU VO document is never deleted; a PUT that names a version of none is refused as nothing to match.
    private static DocumentProblems Of(DuVoDocumentKind what, Func<ProblemHttpResult> notFound, Func<int, ProblemHttpResult> noSuchVersion) => new(
        NotFound: notFound,
        NoSuchVersion: noSuchVersion,
        Gone: notFound,
        NothingToMatch: () => NothingToMatch(what),
        PreconditionRequired: () => PreconditionRequired(what),
        PreconditionFailed: etag => PreconditionFailed(what, etag));

    public static ProblemHttpResult NoPlan(string code, int year) =>
        Problems.Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.DuVoPlan.Title"), ProblemTexts.Of("NotFound.DuVoPlan.Detail", Text(code), Number(year)));

    public static ProblemHttpResult NoPlans(string code) =>
        Problems.Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.DuVoPlans.Title"), ProblemTexts.Of("NotFound.DuVoPlans.Detail", Text(code)));

    public static ProblemHttpResult NoDistribution(int year) =>
        Problems.Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.DuVoDistribution.Title"), ProblemTexts.Of("NotFound.DuVoDistribution.Detail", Number(year)));

    public static ProblemHttpResult NoSuchDistributionVersion(int year, int version) =>
        Problems.Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.Version.Title"), ProblemTexts.Of("NotFound.DuVoDistributionVersion.Detail", Number(year), Number(version)));

    public static ProblemHttpResult NoSuchPlanVersion(string code, int year, int version) =>
        Problems.Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.Version.Title"), ProblemTexts.Of("NotFound.DuVoPlanVersion.Detail", Text(code), Number(year), Number(version)));

    public static ProblemHttpResult PaymentUnknown(ErrorText missing) =>
        Problems.Of(StatusCodes.Status409Conflict, ProblemTexts.Of("Conflict.DuVoPaymentUnknown.Title"), missing);

    public static ProblemHttpResult PreconditionRequired(DuVoDocumentKind what) =>
        Problems.Of(StatusCodes.Status428PreconditionRequired, ProblemTexts.Of("PreconditionRequired.Title"), ProblemTexts.Of($"PreconditionRequired.DuVo{what}.Detail"));

    public static ProblemHttpResult PreconditionFailed(DuVoDocumentKind what, string currentETag) =>
        Problems.Of(StatusCodes.Status412PreconditionFailed, ProblemTexts.Of($"PreconditionFailed.DuVo{what}.Title"), ProblemTexts.Of($"PreconditionFailed.DuVo{what}.Detail", Text(currentETag)),
            new Dictionary<string, object?> { ["currentETag"] = currentETag });

    public static ProblemHttpResult NothingToMatch(DuVoDocumentKind what) =>
        Problems.Of(StatusCodes.Status412PreconditionFailed, ProblemTexts.Of($"NothingToMatch.DuVo{what}.Title"), ProblemTexts.Of($"NothingToMatch.DuVo{what}.Detail"));
}

/// <summary>The two kinds of DU VO document a problem can be about.</summary>
public enum DuVoDocumentKind
{
    /// <summary>A centrumgemeente's spend plan for a year.</summary>
    Plan,
    /// <summary>The national distribution of a year.</summary>
    Distribution,
}
