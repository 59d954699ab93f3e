using BudgetEngine.Api.Infrastructure.Versioning;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>A DU VO document (a distribution or a plan) at one version, as stored.</summary>
/// <param name="Version">The version number (1 at creation, +1 for every PUT).</param>
/// <param name="ETag">The strong ETag of this version.</param>
/// <param name="CreatedAt">When the document was first stored (version 1).</param>
/// <param name="UpdatedAt">When this version was stored.</param>
/// <param name="Body">The canonical JSON of the document at this version.</param>
public sealed record DuVoStoredDocument(int Version, string ETag, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Body);

/// <summary>What a PUT found and did.</summary>
public enum DuVoPutStatus
{
    /// <summary>Nothing was stored under the key: version 1 was written.</summary>
    Created,
    /// <summary>If-Match named the current version (or *): a new version was written.</summary>
    Replaced,
    /// <summary>A document exists and the PUT sent no If-Match: nothing written.</summary>
    PreconditionRequired,
    /// <summary>If-Match names another version than the current one: nothing written.</summary>
    Stale,
    /// <summary>If-Match was sent but nothing is stored under the key yet: nothing written.</summary>
    NothingToMatch,
}

/// <summary>The outcome of a PUT: the status and the document after it (or as found; null when none).</summary>
public sealed record DuVoPutOutcome(DuVoPutStatus Status, DuVoStoredDocument? Document);

/// <summary>What a PUT of a DU VO document does, given the version If-Match names (<see cref="EntityTag.VersionIn"/>).</summary>
public static class DuVoIfMatch
{
    /// <summary>The expected version that matches whatever is current (If-Match: *).</summary>
    public const int AnyVersion = EntityTag.AnyVersion;

    /// <summary>A version no document has: the If-Match names another document or is weak.</summary>
    public const int NoVersion = EntityTag.NoVersion;

    /// <summary>What a PUT does given the current version (null when nothing is stored) and the expected one.</summary>
    public static DuVoPutStatus Decide(int? currentVersion, int? expectedVersion) => (currentVersion, expectedVersion) switch
    {
        (null, null) => DuVoPutStatus.Created,
        (null, _) => DuVoPutStatus.NothingToMatch,
        (_, null) => DuVoPutStatus.PreconditionRequired,
        (_, AnyVersion) => DuVoPutStatus.Replaced,
        ({ } current, { } expected) when current == expected => DuVoPutStatus.Replaced,
        _ => DuVoPutStatus.Stale,
    };
}
