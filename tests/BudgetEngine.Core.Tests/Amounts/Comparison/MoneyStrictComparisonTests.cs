using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Amounts.Comparison;

/// <summary>Strictly less and strictly greater are false for equal amounts; a Money compares only with a Money.</summary>
public sealed class MoneyStrictComparisonTests
{
    [Fact]
    public void An_amount_is_neither_less_nor_greater_than_an_equal_amount()
    {
        var a = Money.FromEuros(12.34m);
        var b = Money.FromCents(1234);

        (a < b, a > b).Should().Be((false, false));
    }

    [Fact]
    public void Comparing_with_something_other_than_money_is_refused_with_the_reason()
    {
        var act = () => Money.FromEuros(1m).CompareTo((object)1m);

        act.Should().Throw<ArgumentException>().WithParameterName("obj")
            .WithMessage("A Money can only be compared with another Money.*");
    }
}
