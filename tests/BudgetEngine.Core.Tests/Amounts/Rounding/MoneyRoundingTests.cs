using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Amounts.Rounding;

public sealed class MoneyRoundingTests
{
    public static TheoryData<string, decimal, decimal> Cases => new()
    {
        // rule, euros, expected
        { nameof(MoneyRounding.HalfAwayFromZero), 0.005m, 0.01m },
        { nameof(MoneyRounding.HalfAwayFromZero), -0.005m, -0.01m },
        { nameof(MoneyRounding.HalfAwayFromZero), 0.015m, 0.02m },
        { nameof(MoneyRounding.HalfAwayFromZero), 0.025m, 0.03m },
        { nameof(MoneyRounding.HalfAwayFromZero), 0.0049999m, 0.00m },
        { nameof(MoneyRounding.HalfAwayFromZero), 2.675m, 2.68m },
        { nameof(MoneyRounding.HalfAwayFromZero), -2.675m, -2.68m },
        { nameof(MoneyRounding.HalfToEven), 0.005m, 0.00m },
        { nameof(MoneyRounding.HalfToEven), 0.015m, 0.02m },
        { nameof(MoneyRounding.HalfToEven), 0.025m, 0.02m },
        { nameof(MoneyRounding.HalfToEven), -0.025m, -0.02m },
        { nameof(MoneyRounding.HalfToEven), 0.0251m, 0.03m },
        { nameof(MoneyRounding.TowardZero), 0.019m, 0.01m },
        { nameof(MoneyRounding.TowardZero), -0.019m, -0.01m },
        { nameof(MoneyRounding.TowardZero), 0.005m, 0.00m },
        { nameof(MoneyRounding.TowardZero), 1234.5699m, 1234.56m },
    };

    private static MoneyRounding Rule(string name) => name switch
    {
        nameof(MoneyRounding.HalfAwayFromZero) => MoneyRounding.HalfAwayFromZero,
        nameof(MoneyRounding.HalfToEven) => MoneyRounding.HalfToEven,
        nameof(MoneyRounding.TowardZero) => MoneyRounding.TowardZero,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown rounding in the test table."),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rounding_rule_gives_the_expected_cent(string rule, decimal euros, decimal expected)
    {
        Rule(rule).Round(euros).Should().Be(expected);
        Money.FromEuros(euros, Rule(rule)).Euros.Should().Be(expected);
    }

    [Fact]
    public void The_rounding_table_is_valid()
    {
        var rows = Cases.Select(row => ((string)row[0], (decimal)row[1], (decimal)row[2])).ToArray();

        rows.Should().OnlyHaveUniqueItems();
        rows.Select(r => r.Item1).Distinct().Should().HaveCount(3, "every rule is covered");
        rows.Should().OnlyContain(r => Math.Abs(r.Item2 - r.Item3) < 0.01m, "a rounding moves an amount by less than a cent");
        rows.Should().OnlyContain(r => decimal.Round(r.Item3, 2) == r.Item3, "every expected value is whole cents");
    }

    [Fact]
    public void Half_away_from_zero_is_the_default()
    {
        MoneyRounding.Default.Should().Be(MoneyRounding.HalfAwayFromZero);
        default(MoneyRounding).Should().Be(MoneyRounding.HalfAwayFromZero, "an uninitialised rounding must not become banker's rounding");
        default(MoneyRounding).Mode.Should().Be(MidpointRounding.AwayFromZero);
        default(MoneyRounding).Round(0.005m).Should().Be(0.01m);
    }

    [Fact]
    public void The_rules_are_distinct_and_named()
    {
        new[] { MoneyRounding.HalfAwayFromZero, MoneyRounding.HalfToEven, MoneyRounding.TowardZero }
            .Should().OnlyHaveUniqueItems();
        MoneyRounding.HalfAwayFromZero.ToString().Should().Be("HalfAwayFromZero");
        MoneyRounding.HalfToEven.ToString().Should().Be("HalfToEven");
        MoneyRounding.TowardZero.ToString().Should().Be("TowardZero");
    }

    [Fact]
    public void A_rounding_to_zero_from_below_gives_plain_zero()
    {
        var money = Money.FromEuros(-0.004m, MoneyRounding.HalfAwayFromZero);

        money.IsZero.Should().BeTrue();
        money.IsNegative.Should().BeFalse();
        money.Should().Be(Money.Zero);
        money.GetHashCode().Should().Be(Money.Zero.GetHashCode());
    }
}
