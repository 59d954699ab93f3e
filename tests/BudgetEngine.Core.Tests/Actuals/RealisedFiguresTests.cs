using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Actuals;

/// <summary>What the realisatie takes in place of the budget: actual costs, money received, and what that settles.</summary>
public class RealisedFiguresTests
{
    private static BudgetReconciliation OnActuals(Scenario scenario, bool includeConditional = true) =>
        Reconciler.Reconcile(scenario, new ReconciliationOptions { Basis = ReconciliationBasis.Actuals, IncludeConditional = includeConditional });

    [Fact]
    public void Money_received_on_a_conditional_grant_was_awarded_and_counts_even_without_conditional_money()
    {
        // A conditional 30,000 of which 25,000 arrived: without conditional money the budget has no income in 2019, the
        // realisatie has the 25,000 received.
        var scenario = Scenario(2019, 2019, [Source("PP")], [Conditional("PP", 30_000, 2019) with { Received = Eur(25_000) }],
            [Line("Training", "PP", (2019, 20_000))]);

        OnActuals(scenario, includeConditional: false).Years[0].Income.Should().Be(Eur(25_000));
    }

    [Fact]
    public void A_pm_year_with_an_actual_cost_is_no_longer_pm_in_the_realisatie()
    {
        // 2019 was p.m. in the budget; it actually cost 5,000, so the realisatie has no PM_AMOUNT for it.
        var scenario = Scenario(2019, 2019, [Source("GHNT")], [Awarded("GHNT", 10_000, 2019)],
            [Line("Projectleider", "GHNT") with { PmYears = [2019], Actuals = new Dictionary<int, Money> { [2019] = Eur(5_000) } }]);

        var realised = OnActuals(scenario);

        realised.Years[0].Costs.Should().Be(Eur(5_000));
        realised.Findings.Should().NotContain(f => f.Code == ReconciliationFindingCodes.PmAmount);
    }

    [Fact]
    public void A_rejected_grant_that_states_nothing_received_stays_rejected_in_the_realisatie()
    {
        // Only money received on a conditional grant was awarded; a rejection with 0 received is still a rejection.
        var scenario = Scenario(2019, 2019, [Source("PP")],
            [new Grant("PP", Eur(30_000), GrantPeriod.CalendarYear(2019), GrantStatus.Rejected) { Received = Money.Zero }], []);

        Core.Actuals.RealisedScenario.Of(scenario).Grants.Single().Status.Should().Be(GrantStatus.Rejected);
    }

    [Fact]
    public void A_pm_grant_that_received_money_is_no_longer_pm_in_the_realisatie()
    {
        // Budgeted p.m.; 12,000 arrived: the realisatie has the 12,000 as the grant's amount, not a p.m.
        var scenario = Scenario(2019, 2019, [Source("PP")], [Awarded("PP", 0, 2019) with { Pm = true, Received = Eur(12_000) }], []);

        var grant = Core.Actuals.RealisedScenario.Of(scenario).Grants.Single();

        (grant.Pm, grant.Amount).Should().Be((false, Eur(12_000)));
    }
}
