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
/// Where a region of the national set spends its time, step by step, as <see cref="NationalReconciliation.ReconcileAll"/>
/// goes through it (its JSON read, mapped and checked, reconciled, every allocation read), averaged over the 28 regions
/// after 20 warm-up rounds. The funding network is timed whole and its layout and flow on their own, so "the rest of the
/// network" (shortfalls shared, settlement years, the hand-back to the lines) is the difference; likewise "the rest of the
/// reconciliation" (the years by source and group, the declared figures, the findings' order) is the whole reconciliation
/// less the steps timed inside it. A development aid: <c>--phases</c>.
/// </summary>
internal static class PhaseTimes
{
    private const int WarmUp = 20, Rounds = 60;

    public static void Print()
    {
        var set = NationalDataSet.Generate(DataSetSeed.Value);
        var json = set.Regions.Select(r => NationalDataSet.ToJson(r.Scenario)).ToArray();
        string[] steps =
        [
            "deserialise", "map and check", "income schedule", "demands", "network: layout", "network: min-cost flow",
            "network: the rest", "ledger and its findings", "reconciliation: the rest", "allocations read",
        ];
        var total = new double[steps.Length];
        var clock = new Stopwatch();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var region in json)
            {
                var t = new double[steps.Length];
                clock.Restart();
                var dto = JsonSerializer.Deserialize<ScenarioDto>(region, ApiJson.Options);
                t[0] = Lap(clock);
                var valid = ScenarioMapper.Read(dto).Scenario!;
                t[1] = Lap(clock);

                var scenario = valid.Scenario;
                var catalog = new SourceCatalog(scenario.Sources);
                var years = scenario.LastYear - scenario.FirstYear + 1;
                var findings = new List<Finding>();
                var income = IncomeSchedule.Build(scenario, catalog, ReconciliationOptions.Default, findings);
                t[2] = Lap(clock);
                var demands = DemandBuilder.Build(scenario, catalog, findings);
                t[3] = Lap(clock);
                var layout = FundingNetwork.Lay(income.Pots, demands, years);
                t[4] = Lap(clock);
                layout.Flow.Solve(layout.Source, layout.Sink, layout.StartPotential);
                t[5] = Lap(clock);
                var network = FundingNetwork.Solve(income.Pots, demands, years);
                t[6] = Lap(clock) - t[4] - t[5];
                var ledger = new SourceLedger(scenario, income.Pots, demands, network);
                _ = ledger.Findings().Count;
                t[7] = Lap(clock);

                var reconciliation = Reconciler.Reconcile(valid);
                t[8] = Lap(clock) - t[2] - t[3] - t[4] - t[5] - t[6] - t[7];
                var shares = 0;
                foreach (var allocation in reconciliation.Allocations) shares += allocation.Sources.Count;
                t[9] = Lap(clock);
                if (round < WarmUp) continue;
                for (var i = 0; i < steps.Length; i++) total[i] += t[i];
            }
        }

        var perRegion = total.Select(t => t / ((Rounds - WarmUp) * json.Length)).ToArray();
        var deserialise = perRegion[0];
        Console.WriteLine($"{"step (national set, per region)",-34} {"ms",7} {"x deserialising",16}");
        for (var i = 0; i < steps.Length; i++) Console.WriteLine($"{steps[i],-34} {perRegion[i],7:F3} {perRegion[i] / deserialise,16:F2}");
        var all = perRegion.Sum();
        Console.WriteLine($"{"the whole region",-34} {all,7:F3} {all / deserialise,16:F2}");
        Console.WriteLine($"{"the whole region without the flow",-34} {all - perRegion[5],7:F3} {(all - perRegion[5]) / deserialise,16:F2}");
    }

    /// <summary>The milliseconds since the clock last started, and starts it again.</summary>
    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }
}
