using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Amounts.Arithmetic;

public sealed class MoneyArithmeticTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    public static TheoryData<decimal, decimal, decimal> Sums => new()
    {
        { 0m, 0m, 0m },
        { 0.01m, 0.02m, 0.03m },
        { 0.10m, 0.20m, 0.30m },
        { 25_000m, 75_000m, 100_000m },
        { -1_234.56m, 1_234.56m, 0m },
        { -0.01m, -0.01m, -0.02m },
        { Money.MaxEuros, -Money.MaxEuros, 0m },
    };

    [Theory]
    [MemberData(nameof(Sums))]
    public void Add_and_Subtract_are_exact(decimal a, decimal b, decimal sum)
    {
        E(a).Add(E(b)).Should().Be(E(sum));
        (E(a) + E(b)).Should().Be(E(sum));
        E(sum).Subtract(E(b)).Should().Be(E(a));
        (E(sum) - E(b)).Should().Be(E(a));
    }

    [Fact]
    public void Adding_beyond_the_limit_overflows()
    {
        var max = E(Money.MaxEuros);

        FluentActions.Invoking(() => max + E(0.01m)).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => max.Negate() - E(0.01m)).Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-250_000L)]
    public void Negate_reverses_the_sign_and_Abs_drops_it(long cents)
    {
        var money = Money.FromCents(cents);

        money.Negate().Cents.Should().Be(-cents);
        (-money).Should().Be(money.Negate());
        money.Negate().Negate().Should().Be(money);
        money.Abs().Cents.Should().Be(Math.Abs(cents));
        money.Negate().Abs().Should().Be(money.Abs());
    }

    [Fact]
    public void Negating_zero_gives_plain_zero()
    {
        Money.Zero.Negate().Should().Be(Money.Zero);
        Money.Zero.Negate().IsNegative.Should().BeFalse();
        Money.Zero.Negate().GetHashCode().Should().Be(Money.Zero.GetHashCode());
        Money.Zero.Negate().ToString().Should().Be("0.00");
        Money.Zero.Negate().ToDutchString().Should().Be("€ 0,00");
    }

    [Theory]
    [InlineData(75_000, 3, 225_000)]
    [InlineData(-0.01, 7, -0.07)]
    [InlineData(12.34, 0, 0)]
    [InlineData(12.34, -2, -24.68)]
    public void Multiply_by_a_whole_number_is_exact(double euros, long factor, double product)
    {
        // The table is written as double for InlineData; every value is converted exactly (few digits) to decimal.
        E((decimal)euros).Multiply(factor).Should().Be(E((decimal)product));
    }

    [Fact]
    public void Multiply_by_a_whole_number_beyond_the_limit_overflows()
    {
        FluentActions.Invoking(() => E(Money.MaxEuros).Multiply(2)).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => E(1m).Multiply(long.MaxValue)).Should().Throw<OverflowException>();
    }

    public static TheoryData<decimal, decimal, decimal> Products => new()
    {
        // euros, factor, expected (half away from zero)
        { 1_000m, 1m / 3m, 333.33m },
        { 100m, 0.125m, 12.50m },
        { 0.01m, 0.5m, 0.01m },
        { -0.01m, 0.5m, -0.01m },
        { 0.03m, 0.5m, 0.02m },
        { 25_000m, 1.021m, 25_525m },
    };

    [Theory]
    [MemberData(nameof(Products))]
    public void Multiply_by_a_factor_rounds_by_the_named_rule(decimal euros, decimal factor, decimal expected)
    {
        E(euros).Multiply(factor, MoneyRounding.HalfAwayFromZero).Should().Be(E(expected));
    }

    [Fact]
    public void Multiply_by_a_factor_honours_other_rules()
    {
        E(0.03m).Multiply(0.5m, MoneyRounding.HalfToEven).Should().Be(E(0.02m));
        E(0.05m).Multiply(0.5m, MoneyRounding.HalfToEven).Should().Be(E(0.02m));
        E(0.05m).Multiply(0.5m, MoneyRounding.TowardZero).Should().Be(E(0.02m));
    }

    [Fact]
    public void Sum_adds_a_sequence_and_is_zero_when_empty()
    {
        Money.Sum([]).Should().Be(Money.Zero);
        Money.Sum([E(0.10m), E(0.20m), E(-0.05m)]).Should().Be(E(0.25m));
        Money.Sum(Enumerable.Repeat(E(0.01m), 1000)).Should().Be(E(10m));
    }

    [Fact]
    public void Min_and_Max_pick_by_amount()
    {
        Money.Min(E(1m), E(-2m)).Should().Be(E(-2m));
        Money.Max(E(1m), E(-2m)).Should().Be(E(1m));
        Money.Min(E(3m), E(3.00m)).Should().Be(E(3m));
    }
}
