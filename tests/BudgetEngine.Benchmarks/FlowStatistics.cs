using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// The size of each region's funding network and how its min-cost flow went (phases, nodes settled, level graphs,
/// augmenting paths), and how many demands are left short: what the flow's time per region follows from. <c>--flow-statistics</c>.
/// </summary>
internal static class FlowStatistics
{
    public static void Print()
    {
        Console.WriteLine($"{"scenario",-32} {"pots",5} {"demands",7} {"nodes",6} {"arcs",6} {"phases",6} {"settled",8} {"levels",6} {"paths",6} {"short",6}");
        foreach (var (name, _, pots, demands, years) in NationalFundingInputs.Each())
        {
            var network = FundingNetwork.Solve(pots, demands, years);
            var (nodes, arcs, solve) = network.Statistics;
            var shortDemands = Enumerable.Range(0, demands.Length).Count(d => network.Served(d) < demands[d].Cents);
            Console.WriteLine($"{name,-32} {pots.Length,5} {demands.Length,7} {nodes,6} {arcs,6} {solve.Phases,6} {solve.Settled,8} {solve.LevelGraphs,6} {solve.AugmentingPaths,6} {shortDemands,6}");
        }
    }
}
