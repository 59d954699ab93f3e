using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.LineTotals;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.LineTotals;

/// <summary>
/// The year's costs per action line and per Iv3 taakveld, with the sources charged with them. GHNT has 100,000 and
/// Projectenpool 50,000 in 2019. "Projectleider" (actielijn 1, taakveld 6.81) costs 60,000, paid by GHNT; "Borgen MDA++"
/// (actielijn 2, taakveld 6.82) costs 70,000, GHNT first, then Projectenpool: GHNT's remaining 40,000 and 30,000 of
/// Projectenpool; "Lokale samenwerking" (neither) costs 10,000 and names the unknown "GNHT", so it is unfunded.
/// </summary>
public class LineTotalsTests
{
    private static BudgetReconciliation Programme => Reconciler.Reconcile(Scenario(2019, 2019,
        [Source("GHNT"), Source("Projectenpool")],
        [Awarded("GHNT", 100_000, 2019), Awarded("Projectenpool", 50_000, 2019)],
        [
            Line("Projectleider", "GHNT", (2019, 60_000)) with { Actielijn = 1, Taakveld = "6.81" },
            Line("Borgen MDA++", Coverage.Flexible("GHNT", "Projectenpool"), (2019, 70_000)) with { Actielijn = 2, Taakveld = "6.82" },
            Line("Lokale samenwerking", "GNHT", (2019, 10_000)),
        ]));

    private static YearReconciliation Year2019 => Programme.Years.Single();

    [Fact]
    public void Each_action_line_totals_its_lines_and_names_the_sources_charged_with_them()
    {
        Year2019.ByActielijn.Select(g => (g.Key, g.Costs)).Should().Equal(("1", Eur(60_000)), ("2", Eur(70_000)), (LineGroups.Unassigned, Eur(10_000)));
        Year2019.ByActielijn[0].Sources.Should().Equal(new SourceCharge("GHNT", Eur(60_000)));
        Year2019.ByActielijn[1].Sources.Should().Equal(new SourceCharge("GHNT", Eur(40_000)), new SourceCharge("Projectenpool", Eur(30_000)));
    }

    [Fact]
    public void Lines_without_an_action_line_are_totalled_under_unassigned_and_what_no_source_may_pay_is_unfunded()
    {
        var unassigned = Year2019.ByActielijn.Single(g => g.Key == LineGroups.Unassigned);

        unassigned.Costs.Should().Be(Eur(10_000));
        unassigned.Sources.Should().BeEmpty();
        unassigned.Unfunded.Should().Be(Eur(10_000));
    }

    [Fact]
    public void Each_taakveld_totals_its_lines_in_the_order_of_the_iv3_list()
    {
        Year2019.ByTaakveld.Select(g => (g.Key, g.Costs)).Should().Equal(("6.81", Eur(60_000)), ("6.82", Eur(70_000)), (LineGroups.Unassigned, Eur(10_000)));
    }

    [Fact]
    public void The_action_lines_add_up_to_the_years_costs()
    {
        // 60,000 + 70,000 + 10,000 = 140,000.
        Money.Sum(Year2019.ByActielijn.Select(g => g.Costs)).Should().Be(Year2019.Costs).And.Be(Eur(140_000));
    }

    [Fact]
    public void What_a_source_cannot_pay_of_a_line_it_is_accountable_for_is_charged_to_it_as_in_its_costs()
    {
        // GHNT has 100,000 for a line of 120,000: it is charged 120,000 (100,000 paid, 20,000 short), as its costs say.
        var r = Reconciler.Reconcile(Scenario(2019, 2019, [Source("GHNT")], [Awarded("GHNT", 100_000, 2019)],
            [Line("Projectleider", "GHNT", (2019, 120_000)) with { Actielijn = 1 }]));
        var year = r.Years.Single();

        year.ByActielijn.Single().Sources.Should().Equal(new SourceCharge("GHNT", Eur(120_000)));
        year.BySource.Single().Costs.Should().Be(Eur(120_000));
    }

    [Fact]
    public void A_scenario_without_lines_has_no_groups()
    {
        var r = Reconciler.Reconcile(Scenario(2019, 2019, [Source("GHNT")], [Awarded("GHNT", 100_000, 2019)], []));

        r.Years.Single().ByActielijn.Should().BeEmpty();
        r.Years.Single().ByTaakveld.Should().BeEmpty();
    }
}
