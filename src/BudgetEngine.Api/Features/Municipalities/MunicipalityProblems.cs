using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using static BudgetEngine.Api.Infrastructure.Errors.ProblemTexts;

namespace BudgetEngine.Api.Features.Municipalities;

/// <summary>What a PUT of the list of municipalities answers when it wrote nothing (the list is never deleted; a GET always has one).</summary>
public static class MunicipalityProblems
{
    private static readonly DocumentProblems Problems = new(
        NotFound: NothingToMatch,
        NoSuchVersion: _ => NothingToMatch(),
        Gone: NothingToMatch,
        NothingToMatch: NothingToMatch,
        PreconditionRequired: () => Infrastructure.Errors.Problems.Of(StatusCodes.Status428PreconditionRequired,
            ProblemTexts.Of("PreconditionRequired.Title"), ProblemTexts.Of("PreconditionRequired.Municipalities.Detail")),
        PreconditionFailed: etag => Infrastructure.Errors.Problems.Of(StatusCodes.Status412PreconditionFailed,
            ProblemTexts.Of("PreconditionFailed.Municipalities.Title"), ProblemTexts.Of("PreconditionFailed.Municipalities.Detail", Text(etag)),
            new Dictionary<string, object?> { ["currentETag"] = etag }));

    /// <summary>The problem of a write that wrote nothing, or null when it wrote.</summary>
    public static ProblemHttpResult? Of(WriteStatus status, string? etag, HttpResponse response) => Problems.Of(status, etag, response);

    private static ProblemHttpResult NothingToMatch() =>
        Infrastructure.Errors.Problems.Of(StatusCodes.Status412PreconditionFailed,
            ProblemTexts.Of("NothingToMatch.Municipalities.Title"), ProblemTexts.Of("NothingToMatch.Municipalities.Detail"));
}
