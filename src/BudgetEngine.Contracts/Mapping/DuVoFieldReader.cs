using BudgetEngine.Core.Findings;
using System.Globalization;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>
/// Collects field errors while a DU VO document is mapped to the core: what the wire allows but the core cannot hold (a missing
/// field, a sub-cent amount, a null in a list) becomes a <see cref="ValidationError"/> at its JSON pointer, and a placeholder
/// value so that every other field is still checked.
/// </summary>
internal sealed class DuVoFieldReader
{
    public List<ValidationError> Errors { get; } = [];

    public void Error(BudgetEngine.Core.Texts.ErrorText text, params object[] path) => Errors.Add(new ValidationError(FieldPath.Of(path), text));

    /// <summary>The amount, or zero with an error when it is missing, finer than a cent or too large.</summary>
    public Money Amount(decimal? euros, BudgetEngine.Core.Texts.ErrorText? missing, params object[] path)
    {
        if (euros is not { } value)
        {
            if (missing is not null) Error(missing, path);
            return Money.Zero;
        }
        if (Money.TryFromEuros(value, out var money)) return money;
        var written = MessageArgument.Text(value.ToString(CultureInfo.InvariantCulture));
        Error(Math.Abs(value) > Money.MaxEuros
            ? WireTexts.Of("Amount.TooLarge", written, MessageArgument.Text(Money.MaxEuros.ToString("0", CultureInfo.InvariantCulture)))
            : WireTexts.Of("Amount.FinerThanCent", written), path);
        return Money.Zero;
    }

    /// <summary>The items that are not null, each mapped; a null item is an error at its index.</summary>
    public List<T> List<TDto, T>(IReadOnlyList<TDto?>? items, Func<TDto, object[], T> map, params object[] path)
        where TDto : class
    {
        var result = new List<T>();
        if (items is null) return result;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item) result.Add(map(item, [.. path, i]));
            else Error(WireTexts.Of("Item.Null"), [.. path, i]);
        }
        return result;
    }

    /// <summary>The strings of a list (empty when absent); a null item is an error at its index.</summary>
    public string[] Strings(IReadOnlyList<string?>? items, params object[] path)
    {
        var result = new List<string>();
        if (items is null) return [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item) result.Add(item);
            else Error(WireTexts.Of("String.Null"), [.. path, i]);
        }
        return [.. result];
    }

    /// <summary>These errors, then the core's that do not concern a field already reported (or one inside it).</summary>
    public IReadOnlyList<ValidationError> With(IEnumerable<ValidationError> coreErrors)
    {
        var errors = new List<ValidationError>(Errors);
        foreach (var error in coreErrors)
        {
            if (!Errors.Any(e => error.Field.IsSameOrInside(e.Field)))
            {
                errors.Add(error);
            }
        }
        return errors;
    }
}
