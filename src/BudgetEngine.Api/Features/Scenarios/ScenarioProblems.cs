using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using static BudgetEngine.Api.Infrastructure.Errors.ProblemTexts;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The problem responses about stored scenarios, worded once (in <see cref="ProblemTexts"/>, Dutch and English).</summary>
public static class ScenarioProblems
{
    /// <summary>The problems of the scenario with the id (a write that names a version of no scenario answers 404).</summary>
    public static DocumentProblems Of(string id) => new(
        NotFound: () => NotFound(id),
        NoSuchVersion: version => VersionNotFound(id, version),
        Gone: () => Gone(id),
        NothingToMatch: () => NotFound(id),
        PreconditionRequired: PreconditionRequired,
        PreconditionFailed: PreconditionFailed);

    public static ProblemHttpResult NotFound(string id) =>
        Problems.Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.Scenario.Title"), ProblemTexts.Of("NotFound.Scenario.Detail", Text(id)));

    public static ProblemHttpResult VersionNotFound(string id, int version) =>
        Problems.Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.Version.Title"), ProblemTexts.Of("NotFound.Version.Detail", Text(id), Number(version)));

    public static ProblemHttpResult Gone(string id) =>
        Problems.Of(StatusCodes.Status410Gone, ProblemTexts.Of("Gone.Scenario.Title"), ProblemTexts.Of("Gone.Scenario.Detail", Text(id)));

    public static ProblemHttpResult PreconditionRequired() =>
        Problems.Of(StatusCodes.Status428PreconditionRequired, ProblemTexts.Of("PreconditionRequired.Title"), ProblemTexts.Of("PreconditionRequired.Scenario.Detail"));

    public static ProblemHttpResult PreconditionFailed(string currentETag) =>
        Problems.Of(StatusCodes.Status412PreconditionFailed, ProblemTexts.Of("PreconditionFailed.Scenario.Title"), ProblemTexts.Of("PreconditionFailed.Scenario.Detail", Text(currentETag)),
            new Dictionary<string, object?> { ["currentETag"] = currentETag });
}
