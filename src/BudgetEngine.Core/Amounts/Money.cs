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

    // From a decimal's parts (mantissa below 2^64); zero comes out as plain 0 when isNegative is false for it.
    private Money(ulong mantissa, bool isNegative, byte scale) =>
        _euros = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative, scale);

    /// <summary>Zero euros.</summary>
    public static Money Zero => default;

    /// <summary>The amount in euros, with exactly two decimals.</summary>
    public decimal Euros => decimal.Round(_euros, 2) + 0.00m;

    /// <summary>The amount in whole cents.</summary>
    public long Cents
    {
        get
        {
            // Read the decimal's own digits when that is exact and cannot overflow (scale 0 to 2, a 64-bit mantissa
            // below 2^63 / 100): the same value as decimal.ToInt64(_euros * 100m) without decimal arithmetic.
            var scale = _euros.Scale;
            if (scale <= 2)
            {
                Span<int> bits = stackalloc int[4];
                decimal.GetBits(_euros, bits);
                var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
                if (bits[2] == 0 && mantissa <= MaxExactMantissa)
                {
                    var cents = (long)mantissa * (scale == 2 ? 1 : scale == 1 ? 10 : 100);
                    return bits[3] < 0 ? -cents : cents;
                }
            }
            return decimal.ToInt64(_euros * 100m);
        }
    }

    // Any mantissa up to this, times 100, fits in a long.
    private const ulong MaxExactMantissa = long.MaxValue / 100;

    // MaxEuros in cents.
    private const long MaxCents = 100_000_000_000_000;

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => decimal.IsNegative(_euros) && _euros != 0m; // the sign bit first: most amounts are not negative

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => _euros == 0m;

    /// <summary>True when the amount is above zero.</summary>
    public bool IsPositive => !decimal.IsNegative(_euros) && _euros != 0m;

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
    public static Money FromCents(long cents)
    {
        if (cents is < -MaxCents or > MaxCents)
        {
            return new(Guard(cents / 100m)); // throws, with the same message as ever
        }
        // The same decimal as cents / 100m, digit for digit: decimal division gives the smallest scale that is
        // exact, so whole euros get scale 0, whole ten-cents scale 1, the rest scale 2.
        var magnitude = (ulong)Math.Abs(cents);
        byte scale = 2;
        if (magnitude % 100 == 0)
        {
            magnitude /= 100;
            scale = 0;
        }
        else if (magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale = 1;
        }
        // Zero gets plain 0 (scale 0, no sign), as the other constructor would make it.
        return new(magnitude, cents < 0, scale);
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
        if ((euros.Scale <= 2 || decimal.Round(euros, 2) == euros) && Math.Abs(euros) <= MaxEuros)
        {
            money = new Money(euros);
            return true;
        }
        money = Zero;
        return false;
    }

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
