using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Amounts.Construction;

public sealed class MoneyConstructionTests
{
    public static TheoryData<decimal> WholeCents => new()
    {
        0m, 0.01m, -0.01m, 1m, 1.5m, 25_000m, 25_000.00m, -1_234.56m, 1.0000m, Money.MaxEuros, -Money.MaxEuros,
    };

    [Theory]
    [MemberData(nameof(WholeCents))]
    public void FromEuros_accepts_whole_cents_and_keeps_the_value(decimal euros)
    {
        var money = Money.FromEuros(euros);

        money.Euros.Should().Be(euros);
        Money.IsValidEuros(euros).Should().BeTrue();
    }

    public static TheoryData<decimal> FinerThanACent => new()
    {
        0.001m, 0.005m, -0.005m, 0.009m, -1.999m, 25_000.001m, 0.0000000001m,
    };

    [Theory]
    [MemberData(nameof(FinerThanACent))]
    public void FromEuros_without_a_rounding_rejects_amounts_finer_than_a_cent(decimal euros)
    {
        var act = () => Money.FromEuros(euros);

        act.Should().Throw<MoneyPrecisionException>().Which.Euros.Should().Be(euros);
        Money.IsValidEuros(euros).Should().BeFalse();
    }

    [Fact]
    public void The_precision_message_names_the_amount_in_invariant_notation()
    {
        var act = () => Money.FromEuros(1234.567m);

        act.Should().Throw<MoneyPrecisionException>().WithMessage("EUR 1234.567 is finer than a cent*");
    }

    public static TheoryData<decimal> BeyondTheLimit => new()
    {
        Money.MaxEuros + 0.01m, -Money.MaxEuros - 0.01m, decimal.MaxValue, decimal.MinValue, 10m * Money.MaxEuros,
    };

    [Theory]
    [MemberData(nameof(BeyondTheLimit))]
    public void FromEuros_rejects_amounts_beyond_the_limit(decimal euros)
    {
        FluentActions.Invoking(() => Money.FromEuros(euros)).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => Money.FromEuros(euros, MoneyRounding.HalfAwayFromZero)).Should().Throw<OverflowException>();
        Money.IsValidEuros(euros).Should().BeFalse();
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(2_500_000L)]
    [InlineData(-123_456L)]
    [InlineData(100_000_000_000_000L)]
    [InlineData(-100_000_000_000_000L)]
    public void FromCents_and_Cents_round_trip(long cents)
    {
        var money = Money.FromCents(cents);

        money.Cents.Should().Be(cents);
        money.Euros.Should().Be(cents / 100m);
    }

    [Theory]
    [InlineData(100_000_000_000_001L)]
    [InlineData(-100_000_000_000_001L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void FromCents_rejects_amounts_beyond_the_limit(long cents)
    {
        FluentActions.Invoking(() => Money.FromCents(cents)).Should().Throw<OverflowException>();
    }

    [Fact]
    public void Euros_always_has_two_decimals()
    {
        Money.FromEuros(5m).Euros.Scale.Should().Be(2);
        Money.FromEuros(5.0000m).Euros.Scale.Should().Be(2);
        Money.FromCents(7).Euros.Scale.Should().Be(2);
        Money.Zero.Euros.Scale.Should().Be(2);
    }

    [Fact]
    public void The_default_value_is_zero()
    {
        default(Money).Should().Be(Money.Zero);
        Money.Zero.IsZero.Should().BeTrue();
        Money.Zero.IsPositive.Should().BeFalse();
        Money.Zero.IsNegative.Should().BeFalse();
        Money.Zero.Cents.Should().Be(0);
    }

    [Theory]
    [InlineData(1L, false, false, true)]
    [InlineData(0L, false, true, false)]
    [InlineData(-1L, true, false, false)]
    public void The_sign_properties_follow_the_amount(long cents, bool negative, bool zero, bool positive)
    {
        var money = Money.FromCents(cents);

        money.IsNegative.Should().Be(negative);
        money.IsZero.Should().Be(zero);
        money.IsPositive.Should().Be(positive);
    }
}
