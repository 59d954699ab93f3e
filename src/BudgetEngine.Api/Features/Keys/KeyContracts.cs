using BudgetEngine.Api.Infrastructure.Security;

namespace BudgetEngine.Api.Features.Keys;

/// <summary>A new key: whose it is and what it may do.</summary>
public sealed record CreateKeyRequest
{
    /// <summary>The organisation the key belongs to: a region ("Regio Gooi en Vechtstreek"), a centrumgemeente's CBS code ("GM0402") or "national".</summary>
    public string? Organisation { get; init; }

    /// <summary>One or more of finance-officer, centrumgemeente, reader, admin.</summary>
    public IReadOnlyList<string?>? Roles { get; init; }

    /// <summary>What the key is for, e.g. "finance package Hilversum" (optional).</summary>
    public string? Name { get; init; }
}

/// <summary>A key as listed: never its secret.</summary>
/// <param name="Id">The key's id, e.g. "key_k3j5x9w2a8mq"; revoke with DELETE /v1/keys/{id}.</param>
/// <param name="Prefix">The key's first 8 characters, to recognise it; not enough to use it.</param>
/// <param name="Organisation">The organisation it belongs to.</param>
/// <param name="Roles">What it may do.</param>
/// <param name="Name">What it is for.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked; null while it is active.</param>
public sealed record ApiKeyDto(string Id, string Prefix, string Organisation, IReadOnlyList<string> Roles, string? Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyDto Of(StoredApiKey key) => new(key.Id, key.Prefix, key.Organisation, key.Roles, key.Name, key.CreatedAt, key.RevokedAt);
}

/// <summary>A key just created: the only response that ever shows the secret.</summary>
/// <param name="Key">The secret: send it as "Authorization: Bearer {key}". It is shown once and stored only as a hash; keep it safe.</param>
/// <param name="Details">The key as listed.</param>
public sealed record CreatedKeyDto(string Key, ApiKeyDto Details);
