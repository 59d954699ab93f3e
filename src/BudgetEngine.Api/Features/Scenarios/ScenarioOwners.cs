using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Api.Infrastructure.Errors;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The organisation of a stored scenario (deleted ones too): what it was stored for.</summary>
public sealed class ScenarioOwners(ScenarioStore store) : IResourceOwnerResolver
{
    /// <summary>The resource kind the resolver is registered under.</summary>
    public const string Kind = AccessRules.ScenarioKind;

    public Task<string?> OwnerOfAsync(string id, CancellationToken ct) => store.OrganisationOfAsync(id, ct);

    public IResult NotFound(string id) => ScenarioProblems.NotFound(id);
}
