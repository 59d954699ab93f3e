using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.DuVo;

/// <summary>A calculation was asked for an input that does not validate; <see cref="Errors"/> says why.</summary>
public sealed class DuVoValidationException : ArgumentException
{
    /// <summary>Makes the exception from the validation errors (at least one).</summary>
    public DuVoValidationException(IReadOnlyList<ValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string Describe(IReadOnlyList<ValidationError> errors) =>
        "The input is not valid: " + string.Join("; ", errors.Select(e => $"{(e.Path.Length == 0 ? "/" : e.Path)}: {e.Message}"));
}

/// <summary>Collects validation errors while walking an input.</summary>
internal sealed class ValidationErrors
{
    private readonly List<ValidationError> _errors = [];

    public void Add(string path, string message) => _errors.Add(new ValidationError(path, message));

    public void Add(string path, BudgetEngine.Core.Texts.ErrorText text) => _errors.Add(new ValidationError(FieldPath.FromJsonPointer(path), text));

    public IReadOnlyList<ValidationError> ToList() => _errors.ToArray();

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new DuVoValidationException(ToList());
        }
    }
}
