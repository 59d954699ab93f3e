using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Amounts.Comparison;

public sealed class MoneyComparisonTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    [Fact]
    public void Equal_amounts_are_equal_whatever_their_notation()
    {
        var a = E(1m);
        var b = E(1.00m);
        var c = Money.FromCents(100);

        a.Should().Be(b).And.Be(c);
        (a == b).Should().BeTrue();
        (a != c).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode()).And.Be(c.GetHashCode());
        a.Equals((object)b).Should().BeTrue();
        a.Equals((object)1m).Should().BeFalse("a decimal is not money");
    }

    public static TheoryData<decimal, decimal> Ordered => new()
    {
        // smaller, larger
        { -0.01m, 0m },
        { 0m, 0.01m },
        { -1_000_000m, -999_999.99m },
        { 0.09m, 0.10m },
        { 25_000m, 75_000m },
        { -Money.MaxEuros, Money.MaxEuros },
    };

    [Theory]
    [MemberData(nameof(Ordered))]
    public void Comparison_follows_the_amount(decimal smaller, decimal larger)
    {
        var a = E(smaller);
        var b = E(larger);

        a.CompareTo(b).Should().BeNegative();
        b.CompareTo(a).Should().BePositive();
        a.CompareTo(a).Should().Be(0);
        (a < b).Should().BeTrue();
        (a <= b).Should().BeTrue();
        (b > a).Should().BeTrue();
        (b >= a).Should().BeTrue();
        (a > b).Should().BeFalse();
        (a >= b).Should().BeFalse();
        var same = E(smaller);
        (a <= same).Should().BeTrue();
        (a >= same).Should().BeTrue();
        a.Should().NotBe(b);
    }

    [Fact]
    public void The_non_generic_CompareTo_puts_null_first_and_rejects_other_types()
    {
        IComparable money = E(1m);

        money.CompareTo(null).Should().BePositive();
        money.CompareTo(E(2m)).Should().BeNegative();
        FluentActions.Invoking(() => money.CompareTo(1m)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Sorting_orders_by_amount()
    {
        var amounts = new[] { E(3m), E(-1m), E(0m), E(0.01m), E(-0.01m) };

        amounts.Order().Select(m => m.Cents).Should().Equal(-100, -1, 0, 1, 300);
    }
}
