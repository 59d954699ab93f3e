using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>A regional reserve takes a year's DU VO surplus and pays a later shortfall before the regiogemeenten co-finance it.</summary>
public class RegionalReserveTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    private const string ReserveName = "Reserve DU VO regio Arnhem-Achterhoek";

    // Illustrative: Arnhem's payment of 5,200,000 (2019, seed 002); two regiogemeenten of 100,000 and 300,000 inhabitants.
    private static SpendPlan Arnhem(int year, decimal costs, Money? openingBalance = null) =>
        new("GM0202", year, [new SpendCategory("Vrouwenopvang", E(costs))])
        {
            Payment = E(5_200_000m),
            Regiogemeenten =
            [
                new Regiogemeente("GM0202", "Arnhem") { Inhabitants = 100_000 },
                new Regiogemeente("GM0299", "Zevenaar") { Inhabitants = 300_000 },
            ],
            Reserve = new RegionalReserve(ReserveName) { OpeningBalance = openingBalance },
        };

    [Fact]
    public void A_surplus_is_added_to_the_reserve()
    {
        // 5,200,000 paid, 5,050,000 spent: 150,000 surplus; the reserve opens at 0 and closes at 150,000.
        var result = SpendPlanCalculator.Calculate(Arnhem(2019, 5_050_000m, openingBalance: Money.Zero));

        result.Surplus.Should().Be(E(150_000m));
        result.Reserve.Should().Be(new ReserveMovement(ReserveName, Money.Zero, ReserveOpening.Plan, E(150_000m), Money.Zero));
        result.Reserve!.ClosingBalance.Should().Be(E(150_000m));
        result.Findings.Single().Text!.Id.Should().Be("DuVo.Surplus.ToReserve");
    }

    [Fact]
    public void A_later_shortfall_is_drawn_from_the_reserve_before_the_regiogemeenten_co_finance_the_rest()
    {
        // 5,480,000 spent of 5,200,000: 280,000 short. The reserve carried from 2019 holds 150,000 and pays it all;
        // 130,000 is co-financed by inhabitants, 1 : 3 -> 32,500 and 97,500.
        var result = SpendPlanCalculator.Calculate(Arnhem(2020, 5_480_000m), carriedReserve: E(150_000m));

        result.Shortfall.Should().Be(E(280_000m));
        result.Reserve.Should().Be(new ReserveMovement(ReserveName, E(150_000m), ReserveOpening.EarlierPlans, Money.Zero, E(150_000m)));
        result.Reserve!.ClosingBalance.Should().Be(Money.Zero);
        result.Cofinanced.Should().Be(E(130_000m));
        result.Cofinancing.Select(c => (c.Code.Value, c.Amount)).Should().Equal(("GM0202", E(32_500m)), ("GM0299", E(97_500m)));
        var overAllocated = result.Findings.Single(f => f.Code == DuVoFindingCode.OverAllocated);
        overAllocated.Amount.Should().Be(E(280_000m));
        overAllocated.Message.Should().Contain($"of it is drawn from the reserve '{ReserveName}' and the remaining");
    }

    [Fact]
    public void A_reserve_that_holds_more_than_the_shortfall_pays_all_of_it_and_keeps_the_rest()
    {
        // 280,000 short, 400,000 in the reserve: it pays 280,000 and closes at 120,000; nobody co-finances.
        var result = SpendPlanCalculator.Calculate(Arnhem(2020, 5_480_000m, openingBalance: E(400_000m)));

        result.Reserve!.Drawn.Should().Be(E(280_000m));
        result.Reserve.ClosingBalance.Should().Be(E(120_000m));
        result.Cofinanced.Should().Be(Money.Zero);
        result.Cofinancing.Should().BeEmpty();
    }

    [Fact]
    public void When_the_reserve_pays_the_whole_shortfall_the_over_allocation_says_so_and_what_the_reserve_keeps()
    {
        // 280,000 short, 400,000 in the reserve: 400,000 - 280,000 = 120,000 left.
        var result = SpendPlanCalculator.Calculate(Arnhem(2020, 5_480_000m, openingBalance: E(400_000m)));

        result.Findings.Single(f => f.Code == DuVoFindingCode.OverAllocated).Message.Should().Be(
            "In 2020 the DU VO-paid costs (EUR 5,480,000.00) exceed the payment (EUR 5,200,000.00) by EUR 280,000.00; "
            + $"the reserve '{ReserveName}' pays all of it and keeps EUR 120,000.00.");
    }

    [Fact]
    public void An_opening_balance_the_plan_states_wins_over_the_balance_carried_from_earlier_plans()
    {
        // Stated 50,000, carried 150,000: 50,000 is drawn of the 280,000 shortfall and 230,000 co-financed.
        var result = SpendPlanCalculator.Calculate(Arnhem(2020, 5_480_000m, openingBalance: E(50_000m)), carriedReserve: E(150_000m));

        result.Reserve!.OpeningBalance.Should().Be(E(50_000m));
        result.Reserve.OpeningFrom.Should().Be(ReserveOpening.Plan);
        result.Cofinanced.Should().Be(E(230_000m));
    }

    [Fact]
    public void A_reserve_with_no_stated_balance_and_no_earlier_plans_starts_empty()
    {
        // Nothing to draw: the whole 280,000 is co-financed.
        var result = SpendPlanCalculator.Calculate(Arnhem(2020, 5_480_000m));

        result.Reserve!.OpeningFrom.Should().Be(ReserveOpening.None);
        result.Reserve.Drawn.Should().Be(Money.Zero);
        result.Cofinanced.Should().Be(E(280_000m));
    }

    [Fact]
    public void A_plan_without_a_reserve_co_finances_the_whole_shortfall_whatever_is_carried()
    {
        var result = SpendPlanCalculator.Calculate(Arnhem(2020, 5_480_000m) with { Reserve = null }, carriedReserve: E(150_000m));

        result.Reserve.Should().BeNull();
        result.Cofinanced.Should().Be(E(280_000m));
    }

    [Fact]
    public void A_reserve_needs_a_name_and_an_opening_balance_of_zero_or_more()
    {
        var plan = Arnhem(2020, 5_480_000m) with { Reserve = new RegionalReserve(" ") { OpeningBalance = E(-1m) } };

        SpendPlanCalculator.Validate(plan).Select(e => (e.Path, e.Text!.Id)).Should().Equal(
            ("/reserve/name", "DuVo.NameMissing"), ("/reserve/openingBalance", "DuVo.AmountNegative"));
    }
}
