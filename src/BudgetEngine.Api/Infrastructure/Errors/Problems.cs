using BudgetEngine.Core.Texts;
using BudgetEngine.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using static BudgetEngine.Api.Infrastructure.Errors.ProblemTexts;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>The problem responses the endpoints give, worded once (in <see cref="ProblemTexts"/>, Dutch and English).</summary>
public static class Problems
{
    /// <summary>
    /// 400 listing each field (a JSON pointer, or a query parameter's name) and what is wrong with it, titled by the text
    /// <paramref name="titleId"/> (e.g. <c>Invalid.Query</c>).
    /// </summary>
    public static ValidationProblem Validation(IEnumerable<ValidationError> errors, string titleId = "Invalid.Scenario")
    {
        var list = errors as IReadOnlyCollection<ValidationError> ?? errors.ToArray();
        var result = TypedResults.ValidationProblem(list.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        ProblemLanguage.Attach(result.ProblemDetails, ProblemTexts.Of(titleId), ProblemTexts.Of("Invalid.Detail"));
        ProblemLanguage.AttachErrors(result.ProblemDetails, list);
        return result;
    }

    /// <summary>A problem with <paramref name="status"/>, its title and detail the texts <paramref name="title"/> and <paramref name="detail"/>.</summary>
    public static ProblemHttpResult Of(int status, ErrorText title, ErrorText? detail, IDictionary<string, object?>? extensions = null)
    {
        var result = TypedResults.Problem(statusCode: status, extensions: extensions);
        ProblemLanguage.Attach(result.ProblemDetails, title, detail);
        return result;
    }

    /// <summary>A problem titled by the text <paramref name="title"/> whose detail is already written (a reader's own wording).</summary>
    public static ProblemHttpResult Of(int status, ErrorText title, string detail)
    {
        var result = TypedResults.Problem(statusCode: status, detail: detail);
        ProblemLanguage.Attach(result.ProblemDetails, title, null);
        return result;
    }

    public static ProblemHttpResult NotFound(string id) =>
        Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.Scenario.Title"), ProblemTexts.Of("NotFound.Scenario.Detail", Text(id)));

    public static ProblemHttpResult VersionNotFound(string id, int version) =>
        Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.Version.Title"), ProblemTexts.Of("NotFound.Version.Detail", Text(id), Number(version)));

    public static ProblemHttpResult Gone(string id) =>
        Of(StatusCodes.Status410Gone, ProblemTexts.Of("Gone.Scenario.Title"), ProblemTexts.Of("Gone.Scenario.Detail", Text(id)));

    public static ProblemHttpResult PreconditionRequired() =>
        Of(StatusCodes.Status428PreconditionRequired, ProblemTexts.Of("PreconditionRequired.Title"), ProblemTexts.Of("PreconditionRequired.Scenario.Detail"));

    public static ProblemHttpResult PreconditionFailed(string currentETag) =>
        Of(StatusCodes.Status412PreconditionFailed, ProblemTexts.Of("PreconditionFailed.Scenario.Title"), ProblemTexts.Of("PreconditionFailed.Scenario.Detail", Text(currentETag)),
            new Dictionary<string, object?> { ["currentETag"] = currentETag });
}
