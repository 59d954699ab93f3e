using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>What the source ledger reports of a solved allocation: per source and year, per line, and as findings.</summary>
public class LedgerReportTests
{
    private static SourceYear Of(BudgetReconciliation r, int year, string source) =>
        r.Years.Single(y => y.Year == year).BySource.Single(s => s.Source == source);

    [Fact]
    public void A_source_year_reports_the_conditional_money_it_spent()
    {
        // 2021: Pilot's 100 is paid by PP's awarded 60 and 40 of its conditional 50; GHNT pays nothing of it.
        var r = Reconciler.Reconcile(Scenario(2020, 2021, [Source("GHNT"), Source("PP")],
            [Awarded("PP", 60, 2021), Conditional("PP", 50, 2021)], [Line("Pilot", "PP", (2021, 100))]));

        Of(r, 2021, "PP").ConditionalUse.Should().Be(Eur(40));
        Of(r, 2020, "PP").ConditionalUse.Should().Be(Eur(0));
        Of(r, 2021, "GHNT").ConditionalUse.Should().Be(Eur(0));
    }

    [Fact]
    public void A_deficit_settled_in_the_last_year_is_short_at_the_end_of_the_year_it_arose()
    {
        // GHNT carries over: 10 in 2018, nothing in 2019, 100 in 2020 settles the 50 Pilot's 60 of 2018 left short. The
        // shortfall of 2018's costs at the end of 2018 is 50; 2019 and 2020 have no costs of their own to be short of.
        var r = Reconciler.Reconcile(Scenario(2018, 2020, [Source("GHNT")], [Awarded("GHNT", 10, 2018), Awarded("GHNT", 100, 2020)],
            [Line("Pilot", "GHNT", (2018, 60))]));

        r.Years.Select(y => y.BySource.Single().Shortfall).Should().Equal(Eur(50), Eur(0), Eur(0));
    }

    [Fact]
    public void A_line_paid_in_full_names_no_accountable_source()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT")], [Awarded("GHNT", 100, 2020)], [Line("Pilot", "GHNT", (2020, 60))]));

        (AllocationOf(r, "Pilot", 2020).Shortfall, AllocationOf(r, "Pilot", 2020).AccountableSource).Should().Be((Eur(0), (string?)null));
    }

    [Fact]
    public void A_settled_deficit_names_the_year_it_arose_and_the_year_it_is_settled()
    {
        // GHNT carries over: 2018 pays its own 50; 2019 has nothing for its 30; 2020's 100 settles them.
        var r = Reconciler.Reconcile(Scenario(2018, 2020, [Source("GHNT")], [Awarded("GHNT", 50, 2018), Awarded("GHNT", 100, 2020)],
            [Line("Pilot", "GHNT", (2018, 50), (2019, 30))]));

        var settled = r.Findings.Single(f => f.Code == ReconciliationFindingCodes.DeficitSettled);
        (settled.Year, settled.Amount).Should().Be(((int?)2020, (Money?)Eur(30)));
        settled.MessageIn(MessageLanguage.English).Should().Contain("carried from 2019 is settled in 2020");
    }

    [Fact]
    public void An_over_allocation_settled_over_two_later_years_names_both()
    {
        // GHNT carries over: 100 for 150 in 2018 closes at -50; 2019's 30 settles 30 of it (2019 closes at -20, carried)
        // and 2020's 40 the other 20 (2020 closes at 20). 2021 settles nothing and is not named.
        var r = Reconciler.Reconcile(Scenario(2018, 2021, [Source("GHNT")],
            [Awarded("GHNT", 100, 2018), Awarded("GHNT", 30, 2019), Awarded("GHNT", 40, 2020), Awarded("GHNT", 10, 2021)],
            [Line("Pilot", "GHNT", (2018, 150))]));

        var over = r.Findings.Single(f => f.Code == FindingCode.OverAllocated && f.Source == "GHNT" && f.Year == 2018);
        over.Amount.Should().Be(Eur(50));
        over.MessageIn(MessageLanguage.English).Should().Contain("(EUR 50.00 of it is settled in 2019 and 2020)");
    }

    [Fact]
    public void A_years_over_allocation_that_is_only_carried_says_so_and_nothing_of_the_year_itself()
    {
        // 100 for 150 in 2018 closes at -50; 2019 brings 30 and costs nothing, so it closes at -20, all of it carried.
        var r = Reconciler.Reconcile(Scenario(2018, 2019, [Source("GHNT")], [Awarded("GHNT", 100, 2018), Awarded("GHNT", 30, 2019)],
            [Line("Pilot", "GHNT", (2018, 150))]));

        r.Findings.Single(f => f.Code == FindingCode.OverAllocated && f.Source == "GHNT" && f.Year == 2019).MessageIn(MessageLanguage.English)
            .Should().Be("GHNT is over-allocated in 2019: it closes the year at EUR -20.00. EUR 20.00 is a deficit carried from earlier years, not yet settled.");
    }

    [Fact]
    public void An_over_allocation_settled_over_three_later_years_lists_them_in_order()
    {
        // 100 for 150 in 2018 closes at -50; 2019, 2020 and 2021 bring 20, 20 and 10, each settling what it brings
        // (closing at -30, -10 and 0).
        var r = Reconciler.Reconcile(Scenario(2018, 2021, [Source("GHNT")],
            [Awarded("GHNT", 100, 2018), Awarded("GHNT", 20, 2019), Awarded("GHNT", 20, 2020), Awarded("GHNT", 10, 2021)],
            [Line("Pilot", "GHNT", (2018, 150))]));

        var over = r.Findings.Single(f => f.Code == FindingCode.OverAllocated && f.Source == "GHNT" && f.Year == 2018);
        over.MessageIn(MessageLanguage.English).Should().Contain("(EUR 50.00 of it is settled in 2019, 2020 and 2021)");
        over.MessageIn(MessageLanguage.Dutch).Should().Contain("2019, 2020 en 2021");
    }

    [Fact]
    public void Conditional_funding_is_warned_once_per_line_year_and_source_that_spends_conditional_money()
    {
        // 2021: Pilot's 100 takes 70 awarded from A (its first choice) and 30 of B's conditional 50; only B is warned.
        var r = Reconciler.Reconcile(Scenario(2020, 2021, [Source("A"), Source("B")],
            [Awarded("A", 70, 2021), Conditional("B", 50, 2021)], [Line("Pilot", Coverage.Flexible("A", "B"), (2021, 100))]));

        r.Findings.Where(f => f.Code == FindingCode.ConditionalFunding).Select(f => (f.Year, f.Source, f.Line, f.Amount))
            .Should().Equal(((int?)2021, (string?)"B", (string?)"Pilot", (Money?)Eur(30)));
    }

    [Fact]
    public void Money_that_lapses_from_several_grants_is_described_as_all_of_them_together()
    {
        // PP does not carry over: two awarded grants of 50 in 2020 pay Pilot's 30; the other 70 lapses at the end of 2020.
        // The grants are named in their canonical order (here by id), whatever the order they are given in.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("PP", carriesOver: false)],
            [Awarded("PP", 50, 2020) with { Id = "PP-2" }, Awarded("PP", 50, 2020) with { Id = "PP-1" }], [Line("Pilot", "PP", (2020, 30))]));

        var lapsed = r.Findings.Single(f => f.Code == FindingCode.FundsLapsed);
        lapsed.Amount.Should().Be(Eur(70));
        lapsed.MessageIn(MessageLanguage.English).Should().StartWith("The awarded PP grant 'PP-1' (2020) and the awarded PP grant 'PP-2' (2020) together leave EUR 70.00 unspent");
    }

    [Fact]
    public void Costs_by_action_line_come_in_the_order_of_the_action_lines_unassigned_last()
    {
        // Lines named in another order than their action lines: Aanpak (3), Beleid (none), Crisis (1).
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT")], [Awarded("GHNT", 100, 2020)],
            [Line("Aanpak", "GHNT", (2020, 10)) with { Actielijn = 3 }, Line("Beleid", "GHNT", (2020, 20)), Line("Crisis", "GHNT", (2020, 30)) with { Actielijn = 1 }]));

        r.Years.Single().ByActielijn.Select(g => (g.Key, g.Costs)).Should().Equal(("1", Eur(30)), ("3", Eur(10)), ("unassigned", Eur(20)));
    }
}
