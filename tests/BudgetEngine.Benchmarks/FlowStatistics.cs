using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.DataSet;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// The size of each region's funding network and how its min-cost flow went (phases, nodes settled, level graphs,
/// augmenting paths), and how many demands are left short: what the flow's time per region follows from. <c>--flow-statistics</c>.
/// </summary>
internal static class FlowStatistics
{
    public static void Print()
    {
        var set = NationalDataSet.Generate(DataSetSeed.Value);
        var scenarios = set.Regions.Select(r => (Name: r.FileName, Scenario: ScenarioMapper.Read(r.Scenario).Scenario!.Scenario))
            .Append(("flexible", ScenarioMapper.Read(set.Flexible).Scenario!.Scenario));
        Console.WriteLine($"{"scenario",-32} {"pots",5} {"demands",7} {"nodes",6} {"arcs",6} {"phases",6} {"settled",8} {"levels",6} {"paths",6} {"short",6}");
        foreach (var (name, scenario) in scenarios)
        {
            var catalog = new SourceCatalog(scenario.Sources);
            var years = scenario.LastYear - scenario.FirstYear + 1;
            var income = IncomeSchedule.Build(scenario, catalog, ReconciliationOptions.Default, new List<Finding>());
            var demands = DemandBuilder.Build(scenario, catalog, new List<Finding>());
            var network = FundingNetwork.Solve(income.Pots, demands, years);
            var (nodes, arcs, solve) = network.Statistics;
            var shortDemands = Enumerable.Range(0, demands.Length).Count(d => network.Served(d) < demands[d].Cents);
            Console.WriteLine($"{name,-32} {income.Pots.Length,5} {demands.Length,7} {nodes,6} {arcs,6} {solve.Phases,6} {solve.Settled,8} {solve.LevelGraphs,6} {solve.AugmentingPaths,6} {shortDemands,6}");
        }
    }
}
