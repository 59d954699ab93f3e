using System.Diagnostics;
using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.DataSet;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// Where a region of the national set spends its time, as <see cref="NationalReconciliation.ReconcileAll"/> goes through
/// it: its JSON read, mapped and checked, reconciled, every allocation read; and the reconciliation's own steps, each
/// timed on its own: the income schedule, the demands, the funding network laid out, its flow solved and handed back to
/// the lines, the ledger and its findings. What the steps leave of the whole reconciliation is the rest (the years by
/// source and group, the declared figures, the findings' order). The reconciliation is timed whole before its steps in
/// every other round and after them in the others, so that neither side always finds the region's data in the caches.
/// Averaged over the 28 regions after 20 warm-up rounds. A development aid: <c>--phases</c>.
/// </summary>
internal static class PhaseTimes
{
    private const int WarmUp = 20, Rounds = 80;

    private enum Step { Deserialise, MapAndCheck, Reconcile, Income, Demands, Layout, Flow, HandBack, Ledger, AllocationsRead }

    public static void Print()
    {
        var set = NationalDataSet.Generate(DataSetSeed.Value);
        var json = set.Regions.Select(r => NationalDataSet.ToJson(r.Scenario)).ToArray();
        var total = new double[Enum.GetValues<Step>().Length];
        var clock = new Stopwatch();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var region in json)
            {
                var t = new double[total.Length];
                clock.Restart();
                var dto = JsonSerializer.Deserialize<ScenarioDto>(region, ApiJson.Options);
                t[(int)Step.Deserialise] = Lap(clock);
                var valid = ScenarioMapper.Read(dto).Scenario!;
                t[(int)Step.MapAndCheck] = Lap(clock);
                var wholeFirst = round % 2 == 0;
                if (!wholeFirst) TimeSteps(valid.Scenario, clock, t);
                var reconciliation = Reconciler.Reconcile(valid);
                t[(int)Step.Reconcile] = Lap(clock);
                if (wholeFirst) TimeSteps(valid.Scenario, clock, t);
                var shares = 0;
                foreach (var allocation in reconciliation.Allocations) shares += allocation.Sources.Count;
                t[(int)Step.AllocationsRead] = Lap(clock);
                if (round < WarmUp) continue;
                for (var i = 0; i < total.Length; i++) total[i] += t[i];
            }
        }

        var ms = total.Select(t => t / ((Rounds - WarmUp) * json.Length)).ToArray();
        var deserialise = ms[(int)Step.Deserialise];
        void Row(string name, double value) => Console.WriteLine($"{name,-40} {value,7:F3} {value / deserialise,16:F2}");
        Console.WriteLine($"{"a region of the national set",-40} {"ms",7} {"x deserialising",16}");
        Row("deserialise", deserialise);
        Row("map and check", ms[(int)Step.MapAndCheck]);
        Row("reconcile", ms[(int)Step.Reconcile]);
        Row("  income schedule", ms[(int)Step.Income]);
        Row("  demands", ms[(int)Step.Demands]);
        Row("  funding network: layout", ms[(int)Step.Layout]);
        Row("  funding network: min-cost flow", ms[(int)Step.Flow]);
        Row("  funding network: hand-back", ms[(int)Step.HandBack]);
        Row("  ledger and its findings", ms[(int)Step.Ledger]);
        var steps = ms[(int)Step.Income..((int)Step.Ledger + 1)].Sum();
        Row("  the rest", ms[(int)Step.Reconcile] - steps);
        Row("allocations read", ms[(int)Step.AllocationsRead]);
        var whole = deserialise + ms[(int)Step.MapAndCheck] + ms[(int)Step.Reconcile] + ms[(int)Step.AllocationsRead];
        Row("the whole region", whole);
        Row("the whole region without the flow", whole - ms[(int)Step.Flow]);
    }

    /// <summary>The reconciliation's steps, each timed on its own, as <see cref="Reconciler"/> runs them.</summary>
    private static void TimeSteps(Scenario scenario, Stopwatch clock, double[] t)
    {
        clock.Restart();
        var catalog = new SourceCatalog(scenario.Sources);
        var years = scenario.LastYear - scenario.FirstYear + 1;
        var findings = new List<Finding>();
        var income = IncomeSchedule.Build(scenario, catalog, ReconciliationOptions.Default, findings);
        t[(int)Step.Income] = Lap(clock);
        var demands = DemandBuilder.Build(scenario, catalog, findings);
        t[(int)Step.Demands] = Lap(clock);
        var layout = FundingNetwork.Lay(income.Pots, demands, years);
        t[(int)Step.Layout] = Lap(clock);
        layout.Flow.Solve(layout.Source, layout.Sink, layout.StartPotential);
        t[(int)Step.Flow] = Lap(clock);
        var network = FundingNetwork.HandBack(income.Pots, demands, layout);
        t[(int)Step.HandBack] = Lap(clock);
        var ledger = new SourceLedger(scenario, income.Pots, demands, network);
        _ = ledger.Findings().Count;
        t[(int)Step.Ledger] = Lap(clock);
    }

    /// <summary>The milliseconds since the clock last started, and starts it again.</summary>
    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }
}
