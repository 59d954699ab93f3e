namespace BudgetEngine.Core.Amounts;

public readonly partial struct Money
{
    /// <summary>The sum of two amounts.</summary>
    public Money Add(Money other) => new(Guard(checked(_euros + other._euros)));

    /// <summary>This amount less <paramref name="other"/>.</summary>
    public Money Subtract(Money other) => new(Guard(checked(_euros - other._euros)));

    /// <summary>The amount with its sign reversed.</summary>
    public Money Negate() => new(-_euros);

    /// <summary>The absolute amount.</summary>
    public Money Abs() => new(Math.Abs(_euros));

    /// <summary>The amount times a whole number.</summary>
    public Money Multiply(long factor) => new(Guard(checked(_euros * factor)));

    /// <summary>The amount times a factor, rounded to cents by the named rule.</summary>
    public Money Multiply(decimal factor, MoneyRounding rounding) =>
        FromEuros(checked(_euros * factor), rounding);

    /// <summary>The larger of two amounts.</summary>
    public static Money Max(Money a, Money b) => a >= b ? a : b;

    /// <summary>The smaller of two amounts.</summary>
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
