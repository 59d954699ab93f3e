using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

public class AllocationRuleTests
{
    private static Money Paid(LineAllocation a, string source) =>
        Money.Sum(a.Sources.Where(s => s.Source == source).Select(s => s.Amount));

    [Fact]
    public void Flexible_coverage_takes_the_first_preferred_source_when_it_has_enough()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("A"), Source("B")],
            [Awarded("A", 100, 2020), Awarded("B", 100, 2020)],
            [Line("L", Coverage.Flexible("B", "A"), (2020, 60))]));

        Paid(AllocationOf(r, "L", 2020), "B").Should().Be(Eur(60));
    }

    [Fact]
    public void Flexible_coverage_moves_to_the_next_source_only_for_what_the_first_cannot_pay()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("A"), Source("B")],
            [Awarded("A", 40, 2020), Awarded("B", 100, 2020)],
            [Line("L", Coverage.Flexible("A", "B"), (2020, 60))]));

        Paid(AllocationOf(r, "L", 2020), "A").Should().Be(Eur(40));
        Paid(AllocationOf(r, "L", 2020), "B").Should().Be(Eur(20));
    }

    [Fact]
    public void Flexible_coverage_gives_way_where_a_fixed_line_has_no_other_source()
    {
        // Greedy would let the flexible line take A's money first and leave the fixed line short.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("A"), Source("B")],
            [Awarded("A", 100, 2020), Awarded("B", 100, 2020)],
            [Line("Flexible", Coverage.Flexible("A", "B"), (2020, 100)), Line("Fixed on A", "A", (2020, 100))]));

        Paid(AllocationOf(r, "Flexible", 2020), "B").Should().Be(Eur(100));
        r.Allocations.Should().OnlyContain(a => a.Shortfall.IsZero);
    }

    [Fact]
    public void Money_carried_over_from_an_earlier_year_pays_later_costs()
    {
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("A")], [Awarded("A", 100, 2019)],
            [Line("L", "A", (2020, 100))]));

        r.Allocations.Single().Shortfall.Should().Be(Eur(0));
        r.Years[0].BySource[0].ClosingBalance.Should().Be(Eur(100));
    }

    [Fact]
    public void Money_of_a_later_year_of_a_source_that_carries_over_settles_an_earlier_cost()
    {
        // A carries over: its 2019 deficit of 100 is its 2020 income's first call.
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("A")], [Awarded("A", 100, 2020)],
            [Line("L", "A", (2019, 100))]));

        AllocationOf(r, "L", 2019).Shortfall.Should().Be(Eur(0));
        AllocationOf(r, "L", 2019).Settled.Should().Equal(new DeficitSettlement("A", 2020, Eur(100)));
        r.Findings.Should().Contain(f => f.Code == FindingCode.OverAllocated && f.Source == "A" && f.Year == 2019 && f.Amount == Eur(100));
    }

    [Fact]
    public void Deficits_settled_late_are_listed_by_source_then_year_each_summed()
    {
        // Nothing in 2019; the 300 of L (B preferred, then A) is settled by all later money: B 100 in 2020 and 70 in
        // 2021, A 50 + 30 (conditional) in 2020 and 50 in 2021. Listed by source code, then year; A's two 2020 pots as one.
        var r = Reconciler.Reconcile(Scenario(2019, 2021, [Source("A"), Source("B")],
            [Awarded("A", 50, 2020), Conditional("A", 30, 2020), Awarded("A", 50, 2021), Awarded("B", 100, 2020), Awarded("B", 70, 2021)],
            [Line("L", Coverage.Flexible("B", "A"), (2019, 300))]));

        AllocationOf(r, "L", 2019).Settled.Should().Equal(
            new DeficitSettlement("A", 2020, Eur(80)), new DeficitSettlement("A", 2021, Eur(50)),
            new DeficitSettlement("B", 2020, Eur(100)), new DeficitSettlement("B", 2021, Eur(70)));
    }

    [Fact]
    public void Money_of_a_later_year_of_a_source_that_does_not_carry_over_never_pays_an_earlier_cost()
    {
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("A", carriesOver: false)], [Awarded("A", 100, 2020)],
            [Line("L", "A", (2019, 100))]));

        AllocationOf(r, "L", 2019).Shortfall.Should().Be(Eur(100));
        AllocationOf(r, "L", 2019).Settled.Should().BeEmpty();
    }

    [Fact]
    public void What_cannot_be_paid_falls_in_the_latest_years_as_money_is_spent_in_time_order()
    {
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("A")], [Awarded("A", 100, 2019)],
            [Line("L", "A", (2019, 100), (2020, 100))]));

        AllocationOf(r, "L", 2019).Shortfall.Should().Be(Eur(0));
        AllocationOf(r, "L", 2020).Shortfall.Should().Be(Eur(100));
    }

    [Fact]
    public void A_fixed_split_divides_every_year_by_its_weights_to_the_cent()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("A"), Source("B"), Source("C")],
            [Awarded("A", 1_000, 2020), Awarded("B", 1_000, 2020), Awarded("C", 1_000, 2020)],
            [Line("L", Coverage.Split(("A", 1), ("B", 1), ("C", 1)), (2020, 100))]));

        var a = AllocationOf(r, "L", 2020);
        new[] { Paid(a, "A"), Paid(a, "B"), Paid(a, "C") }.Should().Equal(Eur(33.34m), Eur(33.33m), Eur(33.33m));
    }

    [Fact]
    public void An_earmarked_grant_pays_only_its_own_project()
    {
        var earmarked = new Grant("PP", Eur(100), GrantPeriod.CalendarYear(2020), GrantStatus.Awarded) { Project = "Trauma" };
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("PP")], [earmarked],
            [Line("Trauma", "PP", (2020, 30)), Line("Other project", "PP", (2020, 50))]));

        AllocationOf(r, "Trauma", 2020).Shortfall.Should().Be(Eur(0));
        AllocationOf(r, "Other project", 2020).Shortfall.Should().Be(Eur(50));
    }

    [Fact]
    public void A_line_names_its_project_to_use_an_earmarked_grant_under_another_name()
    {
        var earmarked = new Grant("PP", Eur(100), GrantPeriod.CalendarYear(2020), GrantStatus.Awarded) { Project = "Trauma" };
        var line = Line("Traumascreening scholen", "PP", (2020, 30)) with { Project = "trauma" };

        Reconciler.Reconcile(Scenario(2020, 2020, [Source("PP")], [earmarked], [line])).Allocations.Single().Shortfall.Should().Be(Eur(0));
    }

    [Fact]
    public void A_source_that_does_not_carry_over_loses_what_a_grant_leaves_unspent_when_its_period_ends()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2021, [Source("PP", carriesOver: false)], [Awarded("PP", 100, 2020)],
            [Line("L", "PP", (2020, 30), (2021, 10))]));

        var lapsed = r.Findings.Single(f => f.Code == FindingCode.FundsLapsed);
        (lapsed.Year, lapsed.Source, lapsed.Amount).Should().Be((2020, "PP", Eur(70)));
        r.Years[0].Lapsed.Should().Be(Eur(70));
        r.Years[0].ClosingBalance.Should().Be(Eur(0));
        AllocationOf(r, "L", 2021).Shortfall.Should().Be(Eur(10));
    }

    [Fact]
    public void Money_that_would_lapse_is_used_before_money_that_carries_over()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2021, [Source("Keep"), Source("Lapse", carriesOver: false)],
            [Awarded("Keep", 100, 2020), Awarded("Lapse", 100, 2020)],
            [Line("L", Coverage.Flexible("Keep", "Lapse"), (2020, 100))]));

        Paid(AllocationOf(r, "L", 2020), "Lapse").Should().Be(Eur(100));
        r.Findings.Should().NotContain(f => f.Code == FindingCode.FundsLapsed);
    }

    [Fact]
    public void A_project_year_grant_of_a_lapsing_source_can_be_spent_until_the_end_of_its_project_year()
    {
        var grant = new Grant("PP", Eur(100), GrantPeriod.ProjectYear(2020), GrantStatus.Awarded);
        var r = Reconciler.Reconcile(Scenario(2020, 2022, [Source("PP", carriesOver: false)], [grant],
            [Line("L", "PP", (2021, 60), (2022, 10))]));

        AllocationOf(r, "L", 2021).Shortfall.Should().Be(Eur(0));
        AllocationOf(r, "L", 2022).Shortfall.Should().Be(Eur(10));
        r.Findings.Single(f => f.Code == FindingCode.FundsLapsed).Should().Match<Finding>(f => f.Year == 2021 && f.Amount == Eur(40));
    }

    [Fact]
    public void A_reserve_spends_down_its_opening_balance()
    {
        var reserve = new FundingSource("Reserve", FundingKind.Reserve) { OpeningBalance = Eur(50_000) };
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [reserve], [],
            [Line("Campagne", "Reserve", (2019, 20_000)), Line("Symposium", "Reserve", (2020, 10_000))]));

        r.Years.Select(y => y.ClosingBalance).Should().Equal(Eur(30_000), Eur(20_000));
        r.Years[0].OpeningBalance.Should().Be(Eur(50_000));
    }

    [Fact]
    public void Awarded_money_is_used_before_conditional_money()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("PP")],
            [Conditional("PP", 100, 2020), Awarded("PP", 100, 2020)],
            [Line("L", "PP", (2020, 120))]));

        var use = r.Findings.Single(f => f.Code == FindingCode.ConditionalFunding);
        (use.Line, use.Year, use.Amount).Should().Be(("L", 2020, Eur(20)));
        AllocationOf(r, "L", 2020).Sources.Single().Conditional.Should().Be(Eur(20));
    }

    [Fact]
    public void A_split_that_gives_a_source_weight_zero_warns_naming_the_line_and_the_source()
    {
        // A 1, B 0: A pays all 100 and B nothing, which is flagged.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("A"), Source("B")],
            [Awarded("A", 1_000, 2020), Awarded("B", 1_000, 2020)],
            [Line("L", Coverage.Split(("A", 1), ("B", 0)), (2020, 100))]));

        var zero = r.Findings.Should().ContainSingle(f => f.Code == ReconciliationFindingCodes.ZeroWeight).Subject;
        (zero.Line, zero.Source, zero.Severity).Should().Be(("L", "B", Severity.Warning));
        Paid(AllocationOf(r, "L", 2020), "A").Should().Be(Eur(100));
    }
}
