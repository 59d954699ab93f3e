namespace BudgetEngine.Core.Amounts;

public readonly partial struct Money
{
    // Two amounts within range add up to far less than 2^63 cents; FromCents checks the result is within range too.

    /// <summary>The sum of two amounts.</summary>
    public Money Add(Money other) => FromCents(_cents + other._cents);

    /// <summary>This amount less <paramref name="other"/>.</summary>
    public Money Subtract(Money other) => FromCents(_cents - other._cents);

    /// <summary>The amount with its sign reversed.</summary>
    public Money Negate() => new(-_cents);

    /// <summary>The absolute amount.</summary>
    public Money Abs() => new(Math.Abs(_cents));

    /// <summary>The amount times a whole number.</summary>
    public Money Multiply(long factor)
    {
        var product = (Int128)_cents * factor;
        if (product < -MaxCents || product > MaxCents)
        {
            throw TooLarge((decimal)product / 100m);
        }
        return new Money((long)product);
    }

    /// <summary>The amount times a factor, rounded to cents by the named rule.</summary>
    /// <exception cref="OverflowException">The product exceeds <see cref="MaxEuros"/> (or decimal's range: decimal arithmetic is always checked).</exception>
    public Money Multiply(decimal factor, MoneyRounding rounding) =>
        FromEuros(Euros * factor, rounding);

    /// <summary>The larger of two amounts.</summary>
    // Stryker disable once Equality : equal amounts are the same value, so which of the two comes back cannot be told
    public static Money Max(Money a, Money b) => a >= b ? a : b;

    /// <summary>The smaller of two amounts.</summary>
    // Stryker disable once Equality : equal amounts are the same value, so which of the two comes back cannot be told
    public static Money Min(Money a, Money b) => a <= b ? a : b;

    /// <summary>The sum of a sequence of amounts (zero when empty).</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        var total = Zero;
        foreach (var amount in amounts)
        {
            total = total.Add(amount);
        }
        return total;
    }

    /// <inheritdoc cref="Add"/>
    public static Money operator +(Money a, Money b) => a.Add(b);

    /// <inheritdoc cref="Subtract"/>
    public static Money operator -(Money a, Money b) => a.Subtract(b);

    /// <inheritdoc cref="Negate"/>
    public static Money operator -(Money a) => a.Negate();
}
