using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>What a scenario tells of itself: its years, and whether any realised figure is given.</summary>
public class ScenarioTests
{
    // Two lines and two grants, none with a realised figure.
    private static Scenario Budgeted() => Scenario(
        2020,
        2023,
        [Source("GHNT")],
        [Awarded("GHNT", 100, 2020), Awarded("GHNT", 100, 2021)],
        [Line("Projectleider", "GHNT", (2020, 100)), Line("Training", "GHNT", (2021, 100))]);

    [Fact]
    public void The_years_run_from_the_first_to_the_last_inclusive() =>
        Budgeted().Years.Should().Equal(2020, 2021, 2022, 2023);

    [Fact]
    public void A_scenario_of_one_year_has_that_year() => (Budgeted() with { FirstYear = 2021, LastYear = 2021 }).Years.Should().Equal(2021);

    [Fact]
    public void A_budget_without_realised_figures_has_no_actuals() => Budgeted().HasActuals.Should().BeFalse();

    [Fact]
    public void One_line_with_an_actual_cost_gives_the_scenario_actuals()
    {
        var scenario = Budgeted();
        var realised = scenario.Lines[1] with { Actuals = new Dictionary<int, Money> { [2021] = Eur(90) } };
        (scenario with { Lines = [scenario.Lines[0], realised] }).HasActuals.Should().BeTrue();
    }

    [Fact]
    public void One_grant_with_what_it_received_even_nothing_gives_the_scenario_actuals()
    {
        var scenario = Budgeted();
        (scenario with { Grants = [scenario.Grants[0], scenario.Grants[1] with { Received = Eur(0) }] }).HasActuals.Should().BeTrue();
    }
}
