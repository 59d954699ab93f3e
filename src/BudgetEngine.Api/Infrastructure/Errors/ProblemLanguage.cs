using BudgetEngine.Api.Infrastructure.Languages;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;
using BudgetEngine.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>
/// A problem's texts kept as data until the answer is written: its title, detail and field errors are put in the request's
/// language (<see cref="RequestLanguage"/>) by <see cref="Apply"/>, which the problem details customisation runs for every
/// problem the API answers. Until then the problem holds its English texts, so it reads the same wherever it is logged.
/// </summary>
public sealed class ProblemLanguage
{
    // Never written: Apply takes it out of the extensions before the problem is serialised.
    private const string Key = "\u0000texts";

    private ErrorText? _title;
    private ErrorText? _detail;
    private IReadOnlyList<(string Field, Func<MessageLanguage, string> Message)>? _errors;

    /// <summary>Gives <paramref name="problem"/> its title and detail as texts (English until written).</summary>
    public static T Attach<T>(T problem, ErrorText? title, ErrorText? detail) where T : ProblemDetails
    {
        var texts = TextsOf(problem);
        if (title is not null) { texts._title = title; problem.Title = title.In(MessageLanguage.English); }
        if (detail is not null) { texts._detail = detail; problem.Detail = detail.In(MessageLanguage.English); }
        return problem;
    }

    /// <summary>Gives a validation problem its field errors as texts, keyed as <paramref name="errors"/> name them.</summary>
    public static HttpValidationProblemDetails AttachErrors(HttpValidationProblemDetails problem, IEnumerable<(string Field, Func<MessageLanguage, string> Message)> errors)
    {
        TextsOf(problem)._errors = errors.ToArray();
        return problem;
    }

    /// <summary>Gives a problem that is not a validation problem its field errors (the <c>errors</c> member) as texts.</summary>
    public static T AttachErrors<T>(T problem, IEnumerable<ValidationError> errors) where T : ProblemDetails
    {
        TextsOf(problem)._errors = errors.Select(e => (e.Path, (Func<MessageLanguage, string>)e.MessageIn)).ToArray();
        problem.Extensions["errors"] = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return problem;
    }

    /// <summary>The field errors of <paramref name="errors"/> as texts.</summary>
    public static HttpValidationProblemDetails AttachErrors(HttpValidationProblemDetails problem, IEnumerable<ValidationError> errors) =>
        AttachErrors(problem, errors.Select(e => (e.Path, (Func<MessageLanguage, string>)e.MessageIn)));

    /// <summary>Writes the problem's texts in the language of the request it answers.</summary>
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.Remove(Key, out var value) || value is not ProblemLanguage texts) return;
        var language = RequestLanguage.Of(context.HttpContext.Request);
        if (texts._title is not null) problem.Title = texts._title.In(language);
        if (texts._detail is not null) problem.Detail = texts._detail.In(language);
        if (texts._errors is not null && problem is HttpValidationProblemDetails validation)
        {
            validation.Errors = texts._errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message(language)).ToArray());
        }
        else if (texts._errors is not null)
        {
            problem.Extensions["errors"] = texts._errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message(language)).ToArray());
        }
    }

    private static ProblemLanguage TextsOf(ProblemDetails problem)
    {
        if (problem.Extensions.TryGetValue(Key, out var existing) && existing is ProblemLanguage texts) return texts;
        texts = new ProblemLanguage();
        problem.Extensions[Key] = texts;
        return texts;
    }
}
