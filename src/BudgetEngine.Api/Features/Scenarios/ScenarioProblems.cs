using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Versioning;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>What a read or a write of a stored scenario answers when it has nothing to give or wrote nothing.</summary>
public static class ScenarioProblems
{
    /// <summary>The problems of the scenario with the id (a write that names a version of no scenario answers 404).</summary>
    public static DocumentProblems Of(string id) => new(
        NotFound: () => Problems.NotFound(id),
        NoSuchVersion: version => Problems.VersionNotFound(id, version),
        Gone: () => Problems.Gone(id),
        NothingToMatch: () => Problems.NotFound(id),
        PreconditionRequired: Problems.PreconditionRequired,
        PreconditionFailed: Problems.PreconditionFailed);
}
