using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Formats.Tests.Charts;

/// <summary>The sample scenarios as the core sees them, for drawing without HTTP.</summary>
public static class ChartScenarios
{
    public static Scenario GooiEnVechtstreek => Read(Repository.GooiEnVechtstreek);

    public static BudgetReconciliation Reconcile(Scenario scenario, bool includeConditional = true) =>
        Reconciler.Reconcile(scenario, new ReconciliationOptions { IncludeConditional = includeConditional });

    private static Scenario Read(string json) =>
        ScenarioMapper.Read(JsonSerializer.Deserialize<ScenarioDto>(json, ApiJson.Options)).Scenario
        ?? throw new InvalidOperationException("The sample is not valid.");
}
