using System.Globalization;

namespace BudgetEngine.Core.Amounts;

/// <summary>
/// An amount of euros with at most two decimals (whole cents). Immutable, exact (held as whole cents, read and
/// written as decimal euros, never double).
/// Every value is made through <see cref="FromEuros(decimal)"/>, <see cref="FromEuros(decimal, MoneyRounding)"/> or
/// <see cref="FromCents(long)"/>, which guard the precision; arithmetic is checked.
/// </summary>
public readonly partial struct Money
{
    /// <summary>The only currency BudgetEngine handles: Dutch public budgets are in euros.</summary>
    public const string Currency = "EUR";

    /// <summary>The largest amount the engine accepts, in euros (one trillion: far above any public budget, far below decimal's limits).</summary>
    public const decimal MaxEuros = 1_000_000_000_000m;

    // Whole cents: every amount is whole cents within MaxEuros (10^14 cents), so a long holds it exactly, and sums of
    // two never overflow it. Euros come out as a decimal with two decimals; nothing outside sees the representation.
    private readonly long _cents;

    private Money(long cents) => _cents = cents;

    /// <summary>Zero euros.</summary>
    public static Money Zero => default;

    /// <summary>The amount in euros, with exactly two decimals.</summary>
    public decimal Euros
    {
        get
        {
            var magnitude = (ulong)Math.Abs(_cents);
            // Stryker disable once Bitwise : magnitude is unsigned, so >>> and >> shift in the same zeros
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, _cents < 0, 2);
        }
    }

    /// <summary>The amount in whole cents.</summary>
    public long Cents => _cents;

    // MaxEuros in cents.
    private const long MaxCents = 100_000_000_000_000;

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => _cents < 0;

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => _cents == 0;

    /// <summary>True when the amount is above zero.</summary>
    public bool IsPositive => _cents > 0;

    /// <summary>Makes an amount from euros that must already be whole cents.</summary>
    /// <exception cref="MoneyPrecisionException">The amount has more than two decimals.</exception>
    /// <exception cref="OverflowException">The amount exceeds <see cref="MaxEuros"/>.</exception>
    public static Money FromEuros(decimal euros)
    {
        if (decimal.Round(euros, 2) != euros)
        {
            throw new MoneyPrecisionException(euros);
        }
        return new Money(WholeCents(Guard(euros)));
    }

    /// <summary>Makes an amount from euros, rounding to whole cents by the named rule.</summary>
    public static Money FromEuros(decimal euros, MoneyRounding rounding) =>
        new(WholeCents(Guard(rounding.Round(euros))));

    /// <summary>Makes an amount from whole cents.</summary>
    /// <exception cref="OverflowException">The amount exceeds <see cref="MaxEuros"/>.</exception>
    public static Money FromCents(long cents)
    {
        if (cents is < -MaxCents or > MaxCents)
        {
            throw TooLarge(cents / 100m);
        }
        return new Money(cents);
    }

    /// <summary>The cents of euros that are whole cents within range (checked by the caller).</summary>
    private static long WholeCents(decimal euros)
    {
        // Read the decimal's own digits when the scale is 0 to 2 (nearly always): no decimal arithmetic. Within MaxEuros
        // and at most two decimals, the digits are at most 10^14, so they sit in the low 64 bits (bits[2] is zero).
        var scale = euros.Scale;
        // Stryker disable once Equality : a scale of two read by decimal arithmetic below gives the same cents, only slower
        if (scale <= 2)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(euros, bits);
            var cents = (long)(((ulong)(uint)bits[1] << 32) | (uint)bits[0]) * (scale == 2 ? 1 : scale == 1 ? 10 : 100);
            return bits[3] < 0 ? -cents : cents;
        }
        return decimal.ToInt64(euros * 100m);
    }

    /// <summary>True when <paramref name="euros"/> is whole cents within range, so <see cref="FromEuros(decimal)"/> accepts it.</summary>
    public static bool IsValidEuros(decimal euros) => TryFromEuros(euros, out _);

    /// <summary>
    /// The amount <see cref="FromEuros(decimal)"/> makes of <paramref name="euros"/>, when they are whole cents within
    /// <see cref="MaxEuros"/>; otherwise false, and nothing thrown. Checks each amount once, for readers of many amounts.
    /// </summary>
    public static bool TryFromEuros(decimal euros, out Money money)
    {
        // A scale of two or less is whole cents without rounding (nearly every amount read); a finer one may still be (1.500).
        // Stryker disable once Equality : a scale of two rounded to two decimals is itself, so the second test admits it too
        if ((euros.Scale <= 2 || decimal.Round(euros, 2) == euros) && Math.Abs(euros) <= MaxEuros)
        {
            money = new Money(WholeCents(euros));
            return true;
        }
        money = Zero;
        return false;
    }

    private static decimal Guard(decimal euros) => Math.Abs(euros) > MaxEuros ? throw TooLarge(euros) : euros;

    private static OverflowException TooLarge(decimal euros) => new(string.Create(
        CultureInfo.InvariantCulture, $"An amount of EUR {euros} exceeds the limit of EUR {MaxEuros:0}."));
}
