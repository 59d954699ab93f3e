using System.Diagnostics;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.DataSet;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// Where a region's reconciliation spends its time, step by step (income schedule, demands, the funding network's
/// min-cost flow, the ledger and its findings) against the whole reconciliation, averaged over the national set's 28
/// regions after 10 warm-up rounds. A development aid: <c>--phases</c>.
/// </summary>
internal static class PhaseTimes
{
    public static void Print()
    {
        var set = NationalDataSet.Generate(DataSetSeed.Value);
        var scenarios = set.Regions.Select(r => ScenarioMapper.Read(r.Scenario).Scenario!.Scenario).ToArray();
        var t = new double[5];
        for (var round = 0; round < 30; round++)
        {
            foreach (var scenario in scenarios)
            {
                var w = Stopwatch.StartNew();
                var catalog = new SourceCatalog(scenario.Sources);
                var years = scenario.LastYear - scenario.FirstYear + 1;
                var findings = new List<Finding>();
                var income = IncomeSchedule.Build(scenario, catalog, ReconciliationOptions.Default, findings);
                var a = w.Elapsed.TotalMilliseconds;
                var demands = DemandBuilder.Build(scenario, catalog, findings);
                var b = w.Elapsed.TotalMilliseconds;
                var network = FundingNetwork.Solve(income.Pots, demands, years);
                var c = w.Elapsed.TotalMilliseconds;
                var ledger = new SourceLedger(scenario, income.Pots, demands, network);
                _ = ledger.Findings().Count();
                var d = w.Elapsed.TotalMilliseconds;
                var full = Reconciler.Reconcile(scenario);
                var e = w.Elapsed.TotalMilliseconds;
                if (round >= 10) { t[0] += a; t[1] += b - a; t[2] += c - b; t[3] += d - c; t[4] += e - d; }
            }
        }
        var n = 20.0 * scenarios.Length;
        Console.WriteLine($"income {t[0] / n:F3} demands {t[1] / n:F3} solve {t[2] / n:F3} ledger+findings {t[3] / n:F3} whole {t[4] / n:F3} ms per region");
    }
}
