using BudgetEngine.Core.Texts;
using BudgetEngine.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>The problem responses the endpoints give, worded once (in <see cref="ProblemTexts"/>, Dutch and English).</summary>
public static class Problems
{
    /// <summary>
    /// 400 listing each field (a JSON pointer, or a query parameter's name) and what is wrong with it, titled by the text
    /// <paramref name="titleId"/> (e.g. <c>Invalid.Query</c>).
    /// </summary>
    public static ValidationProblem Validation(IEnumerable<ValidationError> errors, string titleId)
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
}
