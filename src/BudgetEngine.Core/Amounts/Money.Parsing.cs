using System.Diagnostics.CodeAnalysis;

namespace BudgetEngine.Core.Amounts;

/// <summary>
/// Reading amounts as written in Dutch budget tables and in invariant (machine) notation. The rules are fixed and do not
/// depend on the machine's culture or on any <see cref="IFormatProvider"/> passed in (which is ignored).
/// </summary>
/// <remarks>
/// <para><b>Accepted:</b> <c>25000</c>, <c>25000.00</c>, <c>25.000,00</c>, <c>€ 25.000,-</c>, <c>25.000€</c>, <c>€25.000</c>,
/// <c>EUR 25.000,00</c>, <c>25.000 euro</c>, <c>-1.234,56</c>, <c>€ -1.234,56</c>, <c>-€ 1.234,56</c>, <c>(1.234,56)</c> (negative),
/// <c>1,234.56</c>. The currency, if any, is <c>€</c>, <c>EUR</c>, <c>euro</c> or <c>euros</c> (any case), once, before or after
/// the number. A sign (<c>-</c>, <c>+</c>, <c>−</c>, <c>–</c>) goes before the number, before or after a leading currency.
/// <c>,-</c>, <c>,--</c> and <c>,=</c> (seed 001: <c>€ 32.000,=</c>) at the end mean <c>,00</c>. Whitespace (including non-breaking spaces) may surround the parts
/// but may not split the digits.</para>
/// <para><b>Which mark is the decimal separator</b> (Dutch notation first: the dot groups thousands, the comma marks decimals):</para>
/// <list type="number">
/// <item>Both a dot and a comma: the one that comes last is the decimal separator and occurs once; the other groups
/// thousands before it (<c>1.234,56</c> and <c>1,234.56</c> are both 1234.56).</item>
/// <item>Several dots, or several commas, and nothing else: thousands separators (<c>1.234.567</c>, <c>1,234,567</c>).</item>
/// <item>One dot followed by exactly three digits, with one to three digits before it (not starting with 0): a Dutch
/// thousands separator. <c>25.000</c> is 25000 and <c>1.500</c> is 1500, never 1.5.</item>
/// <item>Any other single dot is a decimal point (invariant notation): <c>1.5</c> is 1.50, <c>25000.00</c> is 25000,
/// <c>0.500</c> and <c>1.5000</c> are 1.50 (trailing zeros beyond cents are harmless).</item>
/// <item>One comma followed by exactly three digits, with one to three digits before it (not starting with 0), is
/// <b>ambiguous</b> and rejected: <c>1,234</c> is 1.234 euros in Dutch but 1234 in English.</item>
/// <item>Any other single comma is a decimal comma: <c>1,5</c> is 1.50, <c>0,125</c> is 0.125.</item>
/// </list>
/// <para>Digit groups between thousands separators must have exactly three digits (<c>25.000.00</c> is rejected).
/// An amount finer than a cent is rejected unless a <see cref="MoneyRounding"/> is named; an amount above
/// <see cref="MaxEuros"/> is rejected. Any other currency (<c>USD 10</c>, <c>$ 10</c>, <c>£5</c>, <c>10 GBP</c>, <c>ƒ 25,-</c>)
/// is rejected with <see cref="MoneyParseError.ForeignCurrency"/>.</para>
/// </remarks>
public readonly partial struct Money : ISpanParsable<Money>
{
    /// <summary>Reads an amount; see the type's remarks for the notations. Finer than a cent is an error.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="MoneyFormatException">The text is not an amount of euros in whole cents within range.</exception>
    public static Money Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), null, out var result, out var failure) ? result : throw new MoneyFormatException(text, failure);
    }

    /// <summary>Reads an amount, rounding anything finer than a cent by <paramref name="rounding"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="MoneyFormatException">The text is not an amount of euros within range.</exception>
    public static Money Parse(string text, MoneyRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), rounding, out var result, out var failure) ? result : throw new MoneyFormatException(text, failure);
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static Money Parse(ReadOnlySpan<char> text) =>
        TryParse(text, null, out var result, out var failure) ? result : throw new MoneyFormatException(text.ToString(), failure);

    /// <summary>Reads an amount; false when <paramref name="text"/> is not an amount of euros in whole cents within range.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Money result) =>
        TryParse(text.AsSpan(), null, out result, out _) && text is not null;

    /// <summary>Reads an amount, rounding anything finer than a cent by <paramref name="rounding"/>; false when it is not an amount.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, MoneyRounding rounding, out Money result) =>
        TryParse(text.AsSpan(), rounding, out result, out _) && text is not null;

    /// <summary>Reads an amount; false when <paramref name="text"/> is not an amount of euros in whole cents within range.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Money result) => TryParse(text, null, out result, out _);

    /// <summary>
    /// Reads an amount and, when it is not one, says why (for a validation message) without throwing.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="rounding">How to round an amount finer than a cent; null makes that an error.</param>
    /// <param name="result">The amount, or zero when the text is not one.</param>
    /// <param name="failure">Why the text is not an amount; <c>default</c> on success.</param>
    public static bool TryParse(ReadOnlySpan<char> text, MoneyRounding? rounding, out Money result, out MoneyParseFailure failure)
    {
        if (MoneyParser.TryParse(text, rounding, out var euros, out failure))
        {
            result = new Money(WholeCents(euros));
            return true;
        }
        result = Zero;
        return false;
    }

    /// <summary>Reads an amount (<see cref="IParsable{TSelf}"/>). The provider is ignored: the notations are fixed.</summary>
    public static Money Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads an amount (<see cref="IParsable{TSelf}"/>). The provider is ignored: the notations are fixed.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    /// <summary>Reads an amount (<see cref="ISpanParsable{TSelf}"/>). The provider is ignored: the notations are fixed.</summary>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads an amount (<see cref="ISpanParsable{TSelf}"/>). The provider is ignored: the notations are fixed.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => TryParse(s, out result);
}
