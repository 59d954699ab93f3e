using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Infrastructure.Versioning;

/// <summary>
/// The problem responses of one kind of versioned document, worded by its feature: what a read or a conditional write answers
/// when it found nothing to give or wrote nothing.
/// </summary>
/// <param name="NotFound">Nothing is stored under the key (404).</param>
/// <param name="NoSuchVersion">The document has not the version asked for (404).</param>
/// <param name="Gone">The document was deleted (410).</param>
/// <param name="NothingToMatch">A write named a version but nothing is stored under the key.</param>
/// <param name="PreconditionRequired">A write named no version of a document that exists (428).</param>
/// <param name="PreconditionFailed">A write named another version than the current one, whose ETag it is given (412).</param>
public sealed record DocumentProblems(
    Func<ProblemHttpResult> NotFound,
    Func<int, ProblemHttpResult> NoSuchVersion,
    Func<ProblemHttpResult> Gone,
    Func<ProblemHttpResult> NothingToMatch,
    Func<ProblemHttpResult> PreconditionRequired,
    Func<string, ProblemHttpResult> PreconditionFailed)
{
    /// <summary>The problem of a read that found no version to give, or null when it found one.</summary>
    public ProblemHttpResult? Of(ReadStatus status, int? version) => status switch
    {
        ReadStatus.Found => null,
        ReadStatus.NoSuchVersion => NoSuchVersion(version ?? 0),
        ReadStatus.Gone => Gone(),
        _ => NotFound(),
    };

    /// <summary>
    /// The problem of a write that wrote nothing, or null when it wrote. With <paramref name="response"/>, the answer carries the
    /// ETag of <paramref name="etag"/> (the written version, or the current one a stale write missed).
    /// </summary>
    public ProblemHttpResult? Of(WriteStatus status, string? etag, HttpResponse? response)
    {
        if (response is not null && etag is not null && status is WriteStatus.Created or WriteStatus.Replaced or WriteStatus.Stale)
        {
            response.Headers.ETag = etag;
        }
        return status switch
        {
            WriteStatus.Created or WriteStatus.Replaced => null,
            WriteStatus.NothingToMatch => NothingToMatch(),
            WriteStatus.Gone => Gone(),
            WriteStatus.PreconditionRequired => PreconditionRequired(),
            _ => PreconditionFailed(etag!),
        };
    }
}
