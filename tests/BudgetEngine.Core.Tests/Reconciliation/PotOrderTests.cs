using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// The funding pots (alike grants and a source's opening balance, merged) come in one canonical order, which decides
/// between equally good pots: by source code, earmark (none first), awarded before conditional, sooner end first,
/// carried before lapsed before repaid. A pot holds money from the year its money is first there.
/// </summary>
public class PotOrderTests
{
    private static FundingPot[] Pots(Core.Scenarios.Scenario scenario) =>
        IncomeSchedule.Build(scenario, new SourceCatalog(scenario.Sources), ReconciliationOptions.Default, new List<Finding>()).Pots;

    /// <summary>A pot in words: source, earmark, status, last year index and what happens to what is left then.</summary>
    private static string[] Shown(Core.Scenarios.Scenario scenario) => Pots(scenario).Select(p =>
        $"{p.Source.Code} {p.Project ?? "-"} {(p.Conditional ? "conditional" : "awarded")} {p.EndYear} {(p.Repays ? "repaid" : p.Expires ? "lapses" : "carried")}").ToArray();

    [Fact]
    public void Pots_come_in_order_of_source_code()
    {
        // PP's opening balance is read before any grant, GHNT's grant after it: GHNT still comes first.
        var scenario = Scenario(2020, 2021, [Source("PP") with { OpeningBalance = Eur(1_000) }, Source("GHNT")], [Awarded("GHNT", 2_000, 2020)], []);

        Shown(scenario).Should().Equal("GHNT - awarded 1 carried", "PP - awarded 1 carried");
    }

    [Fact]
    public void Pots_of_one_source_come_unearmarked_first_then_by_project()
    {
        // The grants in their own order (2019 before 2020): 'Trauma', none, 'Aanpak'.
        var scenario = Scenario(2019, 2020, [Source("PP")],
            [Awarded("PP", 1_000, 2020) with { Project = "Aanpak" }, Awarded("PP", 1_000, 2020), Awarded("PP", 1_000, 2019) with { Project = "Trauma" }], []);

        Shown(scenario).Should().Equal("PP - awarded 1 carried", "PP Aanpak awarded 1 carried", "PP Trauma awarded 1 carried");
    }

    [Fact]
    public void Awarded_money_comes_before_conditional_money_of_the_same_source_and_earmark()
    {
        // The conditional grant is of the earlier year.
        var scenario = Scenario(2019, 2020, [Source("PP")], [Awarded("PP", 1_000, 2020), Conditional("PP", 1_000, 2019)], []);

        Shown(scenario).Should().Equal("PP - awarded 1 carried", "PP - conditional 1 carried");
    }

    [Fact]
    public void Alike_pots_that_end_sooner_come_first()
    {
        // GHNT lapses at its period's end: the 2019 grant awarded in 2021 ends in 2021 (index 2), the 2020 grant in 2020 (index 1).
        var scenario = Scenario(2019, 2021, [Source("GHNT", carriesOver: false)],
            [Awarded("GHNT", 1_000, 2019) with { AwardYear = 2021 }, Awarded("GHNT", 1_000, 2020)], []);

        Shown(scenario).Should().Equal("GHNT - awarded 1 lapses", "GHNT - awarded 2 lapses");
    }

    [Fact]
    public void Of_alike_pots_ending_in_the_same_year_the_one_carried_over_comes_before_the_one_that_lapses()
    {
        // Both 2021 grants' money ends in the last year (index 1); the smaller one, first among the grants, lapses.
        var scenario = Scenario(2020, 2021, [Source("PP")],
            [Awarded("PP", 2_000, 2021), Awarded("PP", 1_000, 2021) with { Unspent = UnspentRule.Lapse }], []);

        Shown(scenario).Should().Equal("PP - awarded 1 carried", "PP - awarded 1 lapses");
    }

    [Fact]
    public void Of_alike_pots_ending_in_the_same_year_the_one_that_lapses_comes_before_the_one_that_is_repaid()
    {
        // The smaller grant, first among the grants, is repaid where unspent.
        var scenario = Scenario(2020, 2021, [Source("PP")],
            [Awarded("PP", 2_000, 2021) with { Unspent = UnspentRule.Lapse }, Awarded("PP", 1_000, 2021) with { Unspent = UnspentRule.Repay }], []);

        Shown(scenario).Should().Equal("PP - awarded 1 lapses", "PP - awarded 1 repaid");
    }

    [Fact]
    public void A_grants_pot_holds_money_from_the_year_its_money_is_first_counted()
    {
        // Over 2019-2021, the 2020 grant's money is there from 2020 (index 1); the 2018 grant's opens 2019 (index 0).
        var scenario = Scenario(2019, 2021, [Source("PP"), Source("GHNT")], [Awarded("PP", 1_000, 2020), Awarded("GHNT", 1_000, 2018)], []);

        Pots(scenario).Select(p => (p.Source.Code, p.StartYear)).Should().Equal(("GHNT", 0), ("PP", 1));
    }
}
