using BudgetEngine.Contracts;

namespace BudgetEngine.Api.Infrastructure.Audit;

/// <summary>Who made a write, as the audit trail records it: the key's id and its organisation.</summary>
public sealed record Actor(string KeyId, string Organisation)
{
    /// <summary>The API itself, for what it writes on its own: the bootstrap admin key and the samples at first start.</summary>
    public static Actor System { get; } = new("system", OrganisationName.National);
}
