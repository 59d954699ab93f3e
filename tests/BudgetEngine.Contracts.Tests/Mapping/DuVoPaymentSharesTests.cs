using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Contracts.Tests.Mapping;

/// <summary>The breakdown's shares: of the DU VO budget, with the surplus as its own share, adding up to exactly 100.00.</summary>
public sealed class DuVoPaymentSharesTests
{
    private static SpendBreakdown Breakdown(decimal payment, params decimal[] categories) =>
        SpendPlanCalculator.Calculate(new SpendPlan("GM0344", 2015,
            categories.Select((amount, i) => new SpendCategory($"Categorie {i + 1}", Money.FromEuros(amount))).ToArray())
        {
            Payment = Money.FromEuros(payment),
        });

    [Fact]
    public void When_the_plan_spends_exactly_the_payment_the_shares_are_the_cores_shares()
    {
        var breakdown = Breakdown(5_413_666m, 1_014_710m, 4_020_714m, 378_242m);

        var (shares, surplus) = DuVoPaymentShares.Of(breakdown);

        shares.Should().Equal(breakdown.Categories.Select(c => c.Share));
        surplus.Should().Be(0m);
    }

    [Theory]
    [InlineData(1_000, new[] { 333.33, 333.33 })]
    [InlineData(7, new[] { 1.0, 1.0, 1.0 })]
    [InlineData(100, new[] { 0.01 })]
    [InlineData(1_000, new[] { 600.0, 500.0 })]
    [InlineData(5_200_000, new[] { 3_100_000.0, 1_700_000.0, 100_000.0, 300_000.0 })]
    public void Category_shares_and_the_surplus_share_add_up_to_exactly_100_with_two_decimals(decimal payment, double[] categories)
    {
        var breakdown = Breakdown(payment, categories.Select(c => (decimal)c).ToArray());

        var (shares, surplus) = DuVoPaymentShares.Of(breakdown);

        (shares.Sum() + surplus).Should().Be(100.00m);
        shares.Append(surplus).Should().OnlyContain(s => s == decimal.Round(s, 2) && s >= 0m);
    }

    [Fact]
    public void A_surplus_takes_its_share_of_the_payment()
    {
        var (shares, surplus) = DuVoPaymentShares.Of(Breakdown(7m, 1m, 1m, 1m));

        shares.Should().Equal(14.29m, 14.29m, 14.28m);
        surplus.Should().Be(57.14m);
    }
}
