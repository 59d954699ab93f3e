using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Amounts.Arithmetic;

/// <summary>Multiplying up to the limit of EUR 1,000,000,000,000 and not beyond; the larger and the smaller of two amounts.</summary>
public sealed class MoneyLimitAndChoiceTests
{
    private static readonly Money Limit = Money.FromEuros(Money.MaxEuros);

    [Fact]
    public void Multiplying_to_exactly_the_limit_is_allowed_on_either_side_of_zero()
    {
        // EUR 500,000,000,000 x 2 and x -2: EUR 1,000,000,000,000 and its negative, the largest amounts there are.
        var half = Money.FromEuros(500_000_000_000m);

        half.Multiply(2).Should().Be(Limit);
        half.Multiply(-2).Should().Be(-Limit);
    }

    [Fact]
    public void Multiplying_past_the_limit_is_refused_naming_the_product_in_euros()
    {
        // EUR 500,000,000,000.01 x 2 = EUR 1,000,000,000,000.02: two cents too many.
        var act = () => Money.FromEuros(500_000_000_000.01m).Multiply(2);

        act.Should().Throw<OverflowException>()
            .WithMessage("An amount of EUR 1000000000000.02 exceeds the limit of EUR 1000000000000.");
    }

    [Fact]
    public void Max_is_the_larger_whichever_comes_first()
    {
        var three = Money.FromEuros(3m);
        var five = Money.FromEuros(5m);

        (Money.Max(three, five), Money.Max(five, three)).Should().Be((five, five));
    }

    [Fact]
    public void Min_is_the_smaller_whichever_comes_first()
    {
        var three = Money.FromEuros(3m);
        var five = Money.FromEuros(5m);

        (Money.Min(three, five), Money.Min(five, three)).Should().Be((three, three));
    }
}
