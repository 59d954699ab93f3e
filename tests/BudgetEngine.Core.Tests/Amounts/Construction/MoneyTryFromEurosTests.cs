using BudgetEngine.Core.Amounts;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Amounts.Construction;

/// <summary>TryFromEuros accepts exactly what FromEuros accepts, gives the same amount digit for digit, and throws nothing.</summary>
public sealed class MoneyTryFromEurosTests
{
    [Theory]
    [InlineData("30000")]
    [InlineData("30000.5")]
    [InlineData("30000.50")]
    [InlineData("1.500")]
    [InlineData("-0.01")]
    [InlineData("1000000000000")]
    [InlineData("-1000000000000.00")]
    [InlineData("0.000")]
    public void Whole_cents_within_the_limit_are_accepted_as_FromEuros_makes_them(string text)
    {
        var euros = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Money.TryFromEuros(euros, out var money).Should().BeTrue();

        decimal.GetBits(money.Euros).Should().Equal(decimal.GetBits(Money.FromEuros(euros).Euros));
        Money.IsValidEuros(euros).Should().BeTrue();
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("30000.505")]
    [InlineData("1000000000000.01")]
    [InlineData("-1000000000001")]
    [InlineData("79228162514264337593543950335")]
    public void Fractions_of_a_cent_and_amounts_over_the_limit_are_refused_without_throwing(string text)
    {
        var euros = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Money.TryFromEuros(euros, out var money).Should().BeFalse();

        money.Should().Be(Money.Zero);
        Money.IsValidEuros(euros).Should().BeFalse();
        FluentActions.Invoking(() => Money.FromEuros(euros)).Should().Throw<Exception>();
    }

    [Fact]
    public void TryFromEuros_agrees_with_FromEuros_on_twenty_thousand_seeded_amounts()
    {
        var random = new SeededRandom(2026);
        for (var i = 0; i < 20_000; i++)
        {
            var scale = (byte)random.Next(0, 7);
            var magnitude = random.Next(3) switch
            {
                0 => random.Next(0, 1_000_000),
                1 => random.Next(0, 100_000_000_000_000L),
                _ => random.Next(0, long.MaxValue),
            };
            var euros = new decimal((int)(magnitude & 0xFFFFFFFF), (int)(magnitude >> 32), 0, random.Next(2) == 1, scale);

            Money? expected;
            try { expected = Money.FromEuros(euros); }
            catch (Exception e) when (e is MoneyPrecisionException or OverflowException) { expected = null; }

            var accepted = Money.TryFromEuros(euros, out var money);

            accepted.Should().Be(expected is not null, $"{euros}");
            if (expected is { } amount) decimal.GetBits(money.Euros).Should().Equal(decimal.GetBits(amount.Euros), $"{euros}");
        }
    }
}
