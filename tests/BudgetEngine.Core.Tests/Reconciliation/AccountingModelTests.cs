using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>The worked examples of docs/accounting-model.md, figure by figure.</summary>
public class AccountingModelTests
{
    /// <summary>GHNT carries over; grants of 100,000 (2018) and 200,000 (2019); one line of 150,000 / 100,000 / 80,000.</summary>
    private static BudgetReconciliation CarriedDeficit => Reconciler.Reconcile(Scenario(2018, 2020, [Source("GHNT")],
        [Awarded("GHNT", 100_000, 2018), Awarded("GHNT", 200_000, 2019)],
        [Line("Projectleiding", "GHNT", (2018, 150_000), (2019, 100_000), (2020, 80_000))]));

    /// <summary>PP does not carry over; calendar-year grants of 100,000 in 2018 and 2019; one line of 150,000 / 80,000.</summary>
    private static BudgetReconciliation NonCarryingDeficit => Reconciler.Reconcile(Scenario(2018, 2019, [Source("PP", carriesOver: false)],
        [Awarded("PP", 100_000, 2018), Awarded("PP", 100_000, 2019)],
        [Line("Pilot", "PP", (2018, 150_000), (2019, 80_000))]));

    private static SourceYear Of(BudgetReconciliation r, int year, string source) => r.Years.Single(y => y.Year == year).BySource.Single(s => s.Source == source);

    private static Finding[] OverAllocated(BudgetReconciliation r, string source) =>
        r.Findings.Where(f => f.Code == FindingCode.OverAllocated && f.Source == source).ToArray();

    [Fact]
    public void A_carrying_source_closes_each_year_as_a_ledger_does()
    {
        // -50,000 = 100,000 - 150,000; +50,000 = -50,000 + 200,000 - 100,000; -30,000 = 50,000 - 80,000.
        CarriedDeficit.Years.Select(y => y.BySource.Single().ClosingBalance).Should().Equal(Eur(-50_000), Eur(50_000), Eur(-30_000));
    }

    [Fact]
    public void A_carrying_source_is_over_allocated_only_in_the_years_it_closes_below_zero_by_that_amount()
    {
        OverAllocated(CarriedDeficit, "GHNT").Select(f => (f.Year, f.Amount)).Should().Equal(((int?)2018, (Money?)Eur(50_000)), (2020, Eur(30_000)));
    }

    [Fact]
    public void A_carried_deficit_is_settled_by_the_next_years_income_in_the_allocation()
    {
        var costs2018 = CarriedDeficit.Allocations.Single(a => a.Year == 2018);

        costs2018.Shortfall.Should().Be(Eur(0));
        costs2018.Sources.Should().Equal(new SourceShare("GHNT", Eur(150_000), Eur(0)));
        costs2018.Settled.Should().Equal(new DeficitSettlement("GHNT", 2019, Eur(50_000)));
    }

    [Fact]
    public void A_settled_deficit_is_reported_in_the_year_it_is_settled()
    {
        var settled = CarriedDeficit.Findings.Single(f => f.Code == ReconciliationFindingCodes.DeficitSettled);

        (settled.Year, settled.Source, settled.Amount, settled.Severity).Should().Be((2019, "GHNT", Eur(50_000), Severity.Info));
        Of(CarriedDeficit, 2019, "GHNT").DeficitSettled.Should().Be(Eur(50_000));
        Of(CarriedDeficit, 2018, "GHNT").Shortfall.Should().Be(Eur(50_000), "at the end of 2018 the 50,000 had no money yet");
    }

    [Fact]
    public void The_over_allocation_message_says_when_the_years_deficit_is_settled()
    {
        OverAllocated(CarriedDeficit, "GHNT")[0].Message.Should().Contain("EUR -50,000.00").And.Contain("settled in 2019");
    }

    [Fact]
    public void What_the_last_year_cannot_pay_stays_short_and_on_the_accountable_source()
    {
        // 2020: the 50,000 left of 2019 pays 50,000 of 80,000; no later income settles the other 30,000.
        var costs2020 = CarriedDeficit.Allocations.Single(a => a.Year == 2020);

        (costs2020.Shortfall, costs2020.AccountableSource).Should().Be((Eur(30_000), "GHNT"));
        OverAllocated(CarriedDeficit, "GHNT")[1].Message.Should().NotContain("carried from earlier years");
    }

    [Fact]
    public void The_over_allocation_message_tells_what_arose_this_year_and_what_was_carried()
    {
        // 100,000 for 150,000 in 2018 and 20,000 in 2019: 2019 closes at -70,000, 20,000 arising and 50,000 carried.
        var r = Reconciler.Reconcile(Scenario(2018, 2019, [Source("GHNT")], [Awarded("GHNT", 100_000, 2018)],
            [Line("L", "GHNT", (2018, 150_000), (2019, 20_000))]));

        var finding = OverAllocated(r, "GHNT").Single(f => f.Year == 2019);
        finding.Amount.Should().Be(Eur(70_000));
        finding.Message.Should().Contain("EUR 20,000.00 of the costs charged to it in 2019").And.Contain("EUR 50,000.00 is a deficit carried from earlier years");
    }

    [Fact]
    public void A_source_that_does_not_carry_over_hands_its_deficit_to_unfunded_and_opens_the_next_year_at_zero()
    {
        var pp2018 = Of(NonCarryingDeficit, 2018, "PP");
        var pp2019 = Of(NonCarryingDeficit, 2019, "PP");

        (pp2018.Costs, pp2018.DeficitToUnfunded, pp2018.ClosingBalance).Should().Be((Eur(150_000), Eur(50_000), Eur(0)));
        (pp2019.OpeningBalance, pp2019.Costs, pp2019.Lapsed, pp2019.ClosingBalance).Should().Be((Eur(0), Eur(80_000), Eur(20_000), Eur(0)));
    }

    [Fact]
    public void Unfunded_keeps_the_deficit_a_non_carrying_source_handed_on_and_carries_it()
    {
        var unfunded = NonCarryingDeficit.Years.Select(y => y.Unfunded).ToArray();

        (unfunded[0].DeficitsFromSources, unfunded[0].ClosingBalance).Should().Be((Eur(50_000), Eur(-50_000)));
        (unfunded[1].OpeningBalance, unfunded[1].DeficitsFromSources, unfunded[1].ClosingBalance).Should().Be((Eur(-50_000), Eur(0), Eur(-50_000)));
        NonCarryingDeficit.Years.Select(y => y.ClosingBalance).Should().Equal(Eur(-50_000), Eur(-50_000));
    }

    [Fact]
    public void A_source_that_does_not_carry_over_is_over_allocated_in_the_year_it_hands_a_deficit_on()
    {
        var finding = OverAllocated(NonCarryingDeficit, "PP").Should().ContainSingle().Subject;

        (finding.Year, finding.Amount).Should().Be((2018, Eur(50_000)));
        finding.Message.Should().Contain("unfunded (Ongedekt)");
    }

    [Fact]
    public void Costs_of_a_line_no_source_may_pay_are_unfunded_costs()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT")], [Awarded("GHNT", 100, 2020)],
            [Line("Typo", "GNHT", (2020, 70)), Line("L", "GHNT", (2020, 30))]));

        var year = r.Years.Single();
        (year.Unfunded.Costs, year.Unfunded.ClosingBalance).Should().Be((Eur(70), Eur(-70)));
        year.BySource.Single().ClosingBalance.Should().Be(Eur(70));
        year.ClosingBalance.Should().Be(Eur(0), "70 + -70: the budget closes, its sources and unfunded do not");
    }

    [Fact]
    public void Income_of_a_source_the_scenario_does_not_have_is_unfunded_income()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT")], [Awarded("GNHT", 100, 2020)], [Line("L", "GHNT", (2020, 30))]));

        var year = r.Years.Single();
        (year.Unfunded.Income, year.Unfunded.ClosingBalance).Should().Be((Eur(100), Eur(100)));
        year.BySource.Single().ClosingBalance.Should().Be(Eur(-30));
    }

    [Fact]
    public void Lines_that_depend_equally_on_one_source_share_its_shortfall_in_proportion_to_their_costs()
    {
        // 200 for 300 + 100: each line is paid half, so 150 and 50 are short, whatever the lines are called.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("S")], [Awarded("S", 200, 2020)],
            [Line("line000", "S", (2020, 300)), Line("line192", "S", (2020, 100))]));

        r.Allocations.Select(a => (a.Line, a.Shortfall)).Should().Equal(("line000", Eur(150)), ("line192", Eur(50)));
    }

    [Fact]
    public void A_fixed_and_a_flexible_line_that_rank_a_source_alike_share_its_shortfall_in_proportion_to_what_they_ask_of_it()
    {
        // T has nothing, so both ask S for everything: 100 and 300 of S's 200 -> paid 50 and 150, short 50 and 150.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("S"), Source("T")], [Awarded("S", 200, 2020)],
            [Line("A fixed", "S", (2020, 100)), Line("B flexible", Coverage.Flexible("S", "T"), (2020, 300))]));

        r.Allocations.Select(a => (a.Line, a.Shortfall)).Should().Equal(("A fixed", Eur(50)), ("B flexible", Eur(150)));
    }

    [Fact]
    public void Sharing_a_shortfall_keeps_the_least_total_shortfall_a_flexible_line_moves_to_its_other_source_first()
    {
        // S 200, T 100: the flexible line takes T's 100 and asks S for 200, the fixed line asks 100; S is split 200:100.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("S"), Source("T")], [Awarded("S", 200, 2020), Awarded("T", 100, 2020)],
            [Line("A fixed", "S", (2020, 100)), Line("B flexible", Coverage.Flexible("S", "T"), (2020, 300))]));

        r.Allocations.Sum(a => a.Shortfall.Cents).Should().Be(Eur(100).Cents);
        r.Allocations.Select(a => (a.Line, a.Shortfall)).Should().Equal(("A fixed", Eur(33.33m)), ("B flexible", Eur(66.67m)));
    }
}
