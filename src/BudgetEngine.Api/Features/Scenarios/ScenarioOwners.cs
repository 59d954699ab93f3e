using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Features.Scenarios;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The organisation of a stored scenario (deleted ones too): what it was stored for.</summary>
public sealed class ScenarioOwners(ScenarioStore store) : IResourceOwnerResolver
{
    /// <summary>The resource kind the resolver is registered under.</summary>
    public const string Kind = "scenario";

    public Task<string?> OwnerOfAsync(string id, CancellationToken ct) => store.OrganisationOfAsync(id, ct);

    public IResult NotFound(string id) => Problems.NotFound(id);
}
