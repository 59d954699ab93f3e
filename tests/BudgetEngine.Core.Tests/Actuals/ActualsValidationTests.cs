using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Actuals;

/// <summary>What a realisatie must be to be reconciled: its years within the scenario's, no amount below zero.</summary>
public class ActualsValidationTests
{
    private static Scenario Budget(CostLine? line = null, Grant? grant = null) => Scenario(2019, 2020, [Source("GHNT")],
        [grant ?? Awarded("GHNT", 75_000, 2019)], [line ?? Line("Projectleider", "GHNT", (2019, 50_000))]);

    private static IEnumerable<string> PathsOf(Scenario scenario) => ScenarioValidator.Validate(scenario).Select(e => e.Path);

    private static CostLine WithActuals(int year, decimal amount) =>
        Line("Projectleider", "GHNT", (2019, 50_000)) with { Actuals = new Dictionary<int, Money> { [year] = Eur(amount) } };

    [Fact]
    public void Actual_costs_in_the_scenarios_years_are_valid() =>
        PathsOf(Budget(WithActuals(2020, 1_000), Awarded("GHNT", 75_000, 2019) with { Received = Eur(70_000) }) with { Tolerance = Eur(500) }).Should().BeEmpty();

    [Fact]
    public void An_actual_cost_in_a_year_outside_the_scenario_is_refused_naming_the_year() =>
        ScenarioValidator.Validate(Budget(WithActuals(2021, 1_000))).Select(e => (e.Path, e.MessageIn(MessageLanguage.English)))
            .Should().Equal(("/lines/0/actuals/2021", "2021 is outside the scenario's years 2019-2020."));

    [Fact]
    public void An_actual_cost_below_zero_is_refused() =>
        PathsOf(Budget(WithActuals(2019, -1))).Should().Equal("/lines/0/actuals/2019");

    [Fact]
    public void What_a_grant_received_cannot_be_below_zero() =>
        PathsOf(Budget(grant: Awarded("GHNT", 75_000, 2019) with { Received = Eur(-0.01m) })).Should().Equal("/grants/0/received");

    [Fact]
    public void A_rejected_grant_cannot_have_received_money() =>
        PathsOf(Budget(grant: new Grant("GHNT", Eur(75_000), GrantPeriod.CalendarYear(2019), GrantStatus.Rejected) { Received = Eur(1) })).Should().Equal("/grants/0/received");

    [Fact]
    public void The_tolerance_cannot_be_below_zero() =>
        PathsOf(Budget() with { Tolerance = Eur(-1) }).Should().Equal("/tolerance");
}
