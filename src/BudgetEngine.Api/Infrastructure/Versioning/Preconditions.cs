namespace BudgetEngine.Api.Infrastructure.Versioning;

/// <summary>What a conditional write of a versioned document found and did.</summary>
public enum WriteStatus
{
    /// <summary>Nothing was stored under the key and the write named no version: version 1 was written.</summary>
    Created,
    /// <summary>The write named the current version (or *): a new version was written.</summary>
    Replaced,
    /// <summary>The write named a version, but nothing is stored under the key: nothing written.</summary>
    NothingToMatch,
    /// <summary>The document was deleted: nothing written.</summary>
    Gone,
    /// <summary>A document exists and the write named no version: nothing written.</summary>
    PreconditionRequired,
    /// <summary>The write named another version than the current one: nothing written.</summary>
    Stale,
}

/// <summary>What a read of a versioned document found: the version it names, or the latest of a document that is not deleted.</summary>
public enum ReadStatus
{
    /// <summary>The version was found.</summary>
    Found,
    /// <summary>Nothing is stored under the key.</summary>
    NotFound,
    /// <summary>The document exists but has not the version asked for.</summary>
    NoSuchVersion,
    /// <summary>The latest was asked for and the document was deleted.</summary>
    Gone,
}

/// <summary>The If-Match rules of a write (RFC 9110), given the version it names (<see cref="EntityTag.VersionIn"/>).</summary>
public static class Preconditions
{
    /// <summary>
    /// What a write does given the current version (null when nothing is stored), whether the document is deleted, and the
    /// expected version (null when the write names none, <see cref="EntityTag.AnyVersion"/> for *).
    /// </summary>
    public static WriteStatus Decide(int? currentVersion, bool deleted, int? expectedVersion) => (currentVersion, expectedVersion) switch
    {
        (null, null) => WriteStatus.Created,
        (null, _) => WriteStatus.NothingToMatch,
        _ when deleted => WriteStatus.Gone,
        (_, null) => WriteStatus.PreconditionRequired,
        (_, EntityTag.AnyVersion) => WriteStatus.Replaced,
        ({ } current, { } expected) when current == expected => WriteStatus.Replaced,
        _ => WriteStatus.Stale,
    };
}
