using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>
/// The texts of the API's problems (titles, details, parameter errors): <c>Errors/Messages/ProblemMessages.resx</c> (English)
/// and <c>ProblemMessages.nl.resx</c> (Dutch).
/// </summary>
public static class ProblemTexts
{
    /// <summary>The catalog of the API's problem texts.</summary>
    public static TextCatalog Catalog { get; } = new("BudgetEngine.Api.Infrastructure.Errors.Messages.ProblemMessages", typeof(ProblemTexts).Assembly);

    /// <summary>The text <paramref name="id"/> with its values in order.</summary>
    public static ErrorText Of(string id, params MessageArgument[] arguments) => new(Catalog, id, arguments);

    /// <summary>A value written as it is (a code, a path, an ETag).</summary>
    public static MessageArgument Text(string? text) => MessageArgument.Text(text ?? "");

    /// <summary>A whole number.</summary>
    public static MessageArgument Number(int number) => MessageArgument.Number(number);
}
