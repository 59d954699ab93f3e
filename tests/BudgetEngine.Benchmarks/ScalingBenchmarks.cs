using BenchmarkDotNet.Attributes;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// The smallest and the largest case of the scaling table (<see cref="ScalingTable"/>), as benchmarks, so that
/// <c>--cpu</c>, <c>--count</c> and <c>--allocations</c> can look into them.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private ValidatedScenario _smallest = null!;
    private ValidatedScenario _largest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _smallest = ScenarioMapper.Read(ScalingTable.Generate(200, 4, 2)).Scenario!;
        _largest = ScenarioMapper.Read(ScalingTable.Generate(20_000, 30, 20)).Scenario!;
    }

    [Benchmark(Description = "Scaling: 200 lines x 4 years x 2 sources, all flexible")]
    public int Smallest() => WholeReconciliation.Read(Reconciler.Reconcile(_smallest, ReconciliationOptions.Default));

    [Benchmark(Description = "Scaling: 20,000 lines x 30 years x 20 sources, all flexible")]
    public int Largest() => WholeReconciliation.Read(Reconciler.Reconcile(_largest, ReconciliationOptions.Default));

    [Benchmark(Description = "Scaling: the largest, years and findings only")]
    public int LargestSummary() => Reconciler.Reconcile(_largest, ReconciliationOptions.Default).Years.Count;
}
