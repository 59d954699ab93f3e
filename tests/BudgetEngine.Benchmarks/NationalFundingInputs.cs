using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.DataSet;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// What each funding network of the national set is made of (the 28 regions by file name, then the flexible stress
/// scenario, under the default options): the scenario, its pots, its demands and its number of years.
/// </summary>
internal static class NationalFundingInputs
{
    public static IEnumerable<(string Name, Scenario Scenario, FundingPot[] Pots, Demand[] Demands, int Years)> Each()
    {
        var set = NationalDataSet.Generate(DataSetSeed.Value);
        var scenarios = set.Regions.Select(r => (Name: r.FileName, Scenario: ScenarioMapper.Read(r.Scenario).Scenario!.Scenario))
            .Append(("flexible", ScenarioMapper.Read(set.Flexible).Scenario!.Scenario));
        foreach (var (name, scenario) in scenarios)
        {
            var catalog = new SourceCatalog(scenario.Sources);
            var income = IncomeSchedule.Build(scenario, catalog, ReconciliationOptions.Default, new List<Finding>());
            var demands = DemandBuilder.Build(scenario, catalog, new List<Finding>());
            yield return (name, scenario, income.Pots, demands, scenario.LastYear - scenario.FirstYear + 1);
        }
    }
}
