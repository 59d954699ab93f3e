using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Core.Validation;

/// <summary>What is wrong with one field of an input, and how to fix it.</summary>
/// <param name="Field">Where the field is: segments from the input's root (<c>lines</c>, 3, <c>amounts</c>, <c>2019</c>), or a request parameter.</param>
/// <param name="Message">What is wrong and what to do, in English (<see cref="MessageIn"/> for another language).</param>
public sealed record ValidationError(FieldPath Field, string Message)
{
    /// <summary>An error at a field written as a JSON pointer (<c>/lines/3</c>), or, without a leading "/", at a request parameter (<c>page</c>).</summary>
    public ValidationError(string path, string message)
        : this(path.Length == 0 || path[0] == '/' ? FieldPath.FromJsonPointer(path) : FieldPath.Parameter(path), message)
    {
    }

    /// <summary>An error at <paramref name="field"/> whose message is <paramref name="text"/>, kept as data so that it can be read in any language.</summary>
    public ValidationError(FieldPath field, ErrorText text)
        : this(field, text.In(MessageLanguage.English)) => Text = text;

    /// <summary>The message as data (its id and values), when the error was made from one.</summary>
    public ErrorText? Text { get; init; }

    /// <summary>The message in <paramref name="language"/>; <see cref="Message"/> when the error has no message data.</summary>
    public string MessageIn(MessageLanguage language) => Text?.In(language) ?? Message;

    /// <summary>The field as the edge names it: a JSON pointer (RFC 6901) such as <c>/lines/3/amounts/2019</c>, or a parameter's name.</summary>
    public string Path => Field.ToString();
}
