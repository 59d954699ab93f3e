namespace BudgetEngine.Core.Amounts;

/// <summary>Why a text is not an amount of money.</summary>
public enum MoneyParseError
{
    /// <summary>The text is empty or only whitespace.</summary>
    Empty = 1,

    /// <summary>The text is not an amount in any notation the parser accepts (garbage, bad digit grouping, stray signs).</summary>
    InvalidFormat,

    /// <summary>The amount is in another currency (<c>USD 10</c>, <c>$ 10</c>, <c>£5</c>, <c>10 GBP</c>, <c>ƒ 25,-</c>): BudgetEngine handles euros only.</summary>
    ForeignCurrency,

    /// <summary>The notation can be read two ways that differ in value (<c>1,234</c>: Dutch 1.234 or English 1234).</summary>
    Ambiguous,

    /// <summary>The amount has more decimals than whole cents and no rounding was named.</summary>
    TooPrecise,

    /// <summary>The amount exceeds <see cref="Money.MaxEuros"/>.</summary>
    OutOfRange,
}

/// <summary>Why a parse failed: the reason and a sentence for the person who typed the amount.</summary>
/// <param name="Error">The reason.</param>
/// <param name="Message">A plain sentence quoting the input and saying what is wrong.</param>
public readonly record struct MoneyParseFailure(MoneyParseError Error, string Message);

/// <summary>A text could not be read as an amount of euros. <see cref="Error"/> says why.</summary>
public sealed class MoneyFormatException : FormatException
{
    /// <summary>Makes the exception for <paramref name="input"/>.</summary>
    public MoneyFormatException(string input, MoneyParseFailure failure)
        : base(failure.Message)
    {
        Input = input;
        Error = failure.Error;
    }

    /// <summary>The text as given.</summary>
    public string Input { get; }

    /// <summary>Why it is not an amount.</summary>
    public MoneyParseError Error { get; }
}
