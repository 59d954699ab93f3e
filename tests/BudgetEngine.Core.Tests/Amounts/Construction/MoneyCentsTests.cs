using BudgetEngine.Core.Amounts;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Amounts.Construction;

/// <summary>FromCents builds its decimal directly and Cents reads it directly: the same values as decimal arithmetic, digit for digit.</summary>
public sealed class MoneyCentsTests
{
    [Fact]
    public void FromCents_gives_the_same_decimal_as_dividing_by_100_and_Cents_reads_it_back()
    {
        var random = new SeededRandom(100);
        var values = new List<long> { 0, 1, -1, 9, 10, 11, 99, 100, 101, 110, 150, 1_000, -100, -110, -150, 100_000_000_000_000L, -100_000_000_000_000L, 99_999_999_999_999L };
        for (var i = 0; i < 20_000; i++)
        {
            var cents = random.Next(4) switch
            {
                0 => random.Next(-1_000, 1_001),
                1 => random.Next(-10_000_000, 10_000_001) * 10,
                2 => random.Next(-1_000_000_000_000, 1_000_000_000_001) * 100,
                _ => random.Next(-100_000_000_000_000L, 100_000_000_000_001L),
            };
            values.Add(cents);
        }
        foreach (var cents in values)
        {
            var money = Money.FromCents(cents);
            var reference = cents / 100m;
            decimal.GetBits(money.Euros).Should().Equal(decimal.GetBits(reference + 0.00m), $"{cents}");
            money.Cents.Should().Be(cents);
            money.Should().Be(Money.FromEuros(reference));
            money.GetHashCode().Should().Be(Money.FromEuros(reference).GetHashCode());
        }
        Money.FromCents(100).Euros.Should().Be(1.00m);
        Money.FromCents(100).ToString().Should().Be("1.00");
        Money.FromCents(-150).ToString().Should().Be("-1.50");
        Money.FromCents(100).Should().Be(Money.FromEuros(1.00m));
    }

    [Fact]
    public void FromCents_beyond_the_limit_throws_as_before()
    {
        var act = () => Money.FromCents(100_000_000_000_001L);
        act.Should().Throw<OverflowException>().WithMessage("An amount of EUR 1000000000000.01 exceeds the limit of EUR 1000000000000.");
        var whole = () => Money.FromCents(-200_000_000_000_000L);
        whole.Should().Throw<OverflowException>().WithMessage("An amount of EUR -2000000000000 exceeds the limit of EUR 1000000000000.");
        var minimum = () => Money.FromCents(long.MinValue);
        minimum.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Cents_of_amounts_with_more_decimals_or_from_arithmetic_is_unchanged()
    {
        foreach (var euros in new[] { 1.500m, -2.5000000m, 0.010m, 123456789.12m, 1_000_000_000_000.000000m, -0.00m })
        {
            Money.FromEuros(euros).Cents.Should().Be(decimal.ToInt64(euros * 100m), $"{euros}");
        }
        (Money.FromEuros(0.10m) + Money.FromEuros(0.20m)).Cents.Should().Be(30);
        Money.FromEuros(1.5m).Multiply(3).Cents.Should().Be(450);
    }
}
