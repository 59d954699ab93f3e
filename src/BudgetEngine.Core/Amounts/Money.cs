using System.Globalization;

namespace BudgetEngine.Core.Amounts;

/// <summary>
/// An amount of euros with at most two decimals (whole cents). Immutable, exact (decimal, never double).
/// Every value is made through <see cref="FromEuros(decimal)"/>, <see cref="FromEuros(decimal, MoneyRounding)"/> or
/// <see cref="FromCents(long)"/>, which guard the precision; arithmetic is checked.
/// </summary>
public readonly partial struct Money
{
    /// <summary>The only currency BudgetEngine handles: Dutch public budgets are in euros.</summary>
    public const string Currency = "EUR";

    /// <summary>The largest amount the engine accepts, in euros (one trillion: far above any public budget, far below decimal's limits).</summary>
    public const decimal MaxEuros = 1_000_000_000_000m;

    private readonly decimal _euros;

    // Zero is kept as plain 0 (decimal has a negative zero, e.g. from Negate or rounding -0.004).
    private Money(decimal euros) => _euros = euros == 0m ? 0m : euros;

    /// <summary>Zero euros.</summary>
    public static Money Zero => default;

    /// <summary>The amount in euros, with exactly two decimals.</summary>
    public decimal Euros => decimal.Round(_euros, 2) + 0.00m;

    /// <summary>The amount in whole cents.</summary>
    public long Cents => decimal.ToInt64(_euros * 100m);

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => _euros < 0m;

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => _euros == 0m;

    /// <summary>True when the amount is above zero.</summary>
    public bool IsPositive => _euros > 0m;

    /// <summary>Makes an amount from euros that must already be whole cents.</summary>
    /// <exception cref="MoneyPrecisionException">The amount has more than two decimals.</exception>
    /// <exception cref="OverflowException">The amount exceeds <see cref="MaxEuros"/>.</exception>
    public static Money FromEuros(decimal euros)
    {
        if (decimal.Round(euros, 2) != euros)
        {
            throw new MoneyPrecisionException(euros);
        }
        return new Money(Guard(euros));
    }

    /// <summary>Makes an amount from euros, rounding to whole cents by the named rule.</summary>
    public static Money FromEuros(decimal euros, MoneyRounding rounding) =>
        new(Guard(rounding.Round(euros)));

    /// <summary>Makes an amount from whole cents.</summary>
    public static Money FromCents(long cents) => new(Guard(cents / 100m));

    /// <summary>True when <paramref name="euros"/> is whole cents within range, so <see cref="FromEuros(decimal)"/> accepts it.</summary>
    public static bool IsValidEuros(decimal euros) =>
        decimal.Round(euros, 2) == euros && Math.Abs(euros) <= MaxEuros;

    private static decimal Guard(decimal euros)
    {
        if (Math.Abs(euros) > MaxEuros)
        {
            throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture, $"An amount of EUR {euros} exceeds the limit of EUR {MaxEuros:0}."));
        }
        return euros;
    }
}
