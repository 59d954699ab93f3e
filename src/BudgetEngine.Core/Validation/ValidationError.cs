namespace BudgetEngine.Core.Validation;

/// <summary>What is wrong with one field of an input, and how to fix it.</summary>
/// <param name="Field">Where the field is: segments from the input's root (<c>lines</c>, 3, <c>amounts</c>, <c>2019</c>), or a request parameter.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record ValidationError(FieldPath Field, string Message)
{
    /// <summary>An error at a field written as a JSON pointer (<c>/lines/3</c>), or, without a leading "/", at a request parameter (<c>page</c>).</summary>
    public ValidationError(string path, string message)
        : this(path.Length == 0 || path[0] == '/' ? FieldPath.FromJsonPointer(path) : FieldPath.Parameter(path), message)
    {
    }

    /// <summary>The field as the edge names it: a JSON pointer (RFC 6901) such as <c>/lines/3/amounts/2019</c>, or a parameter's name.</summary>
    public string Path => Field.ToString();
}
