using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>The defaults of a cost line: the project it belongs to, and the cost of a year it gives none for.</summary>
public class CostLineTests
{
    private static CostLine Trauma() => Line("Project trauma", "Projectenpool", (2020, 30_000));

    [Fact]
    public void A_line_without_a_project_is_its_own_project() => Trauma().ProjectKey.Should().Be("Project trauma");

    [Fact]
    public void A_line_of_a_named_project_belongs_to_that_project() =>
        (Trauma() with { Project = "Traumazorg" }).ProjectKey.Should().Be("Traumazorg");

    [Fact]
    public void A_line_costs_nothing_in_a_year_it_gives_no_cost_for()
    {
        Trauma().AmountIn(2020).Should().Be(Eur(30_000));
        Trauma().AmountIn(2021).Should().Be(Eur(0));
    }
}
