using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Core.Validation;

/// <summary>Collects validation errors while walking an input: each at its field, with its text from <see cref="ValidationTexts"/>.</summary>
internal sealed class ValidationErrors
{
    private readonly List<ValidationError> _errors = [];

    /// <summary>An error at <paramref name="field"/> with the text <paramref name="id"/> and its values.</summary>
    public void Add(FieldPath field, string id, params MessageArgument[] arguments) =>
        _errors.Add(new ValidationError(field, ValidationTexts.Of(id, arguments)));

    /// <summary>An error found elsewhere, e.g. in a part of the input checked on its own.</summary>
    public void Add(ValidationError error) => _errors.Add(error);

    /// <summary>Every error collected, in the order found.</summary>
    public IReadOnlyList<ValidationError> ToList() => _errors.ToArray();
}
