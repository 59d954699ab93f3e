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
