using BenchmarkDotNet.Attributes;
using BudgetEngine.Core.DuVo;
using BudgetEngine.DataSet;

namespace BudgetEngine.Benchmarks;

/// <summary>The DU VO national distribution over 35 centrumgemeenten and the 35 spend breakdowns that use it.</summary>
[MemoryDiagnoser]
public class DuVoBenchmarks
{
    private DistributionInput _input = null!;
    private IReadOnlyList<SpendPlan> _plans = null!;

    [GlobalSetup]
    public void Setup()
    {
        var set = NationalDataSet.Generate(DataSetSeed.Value);
        _input = set.Distribution;
        _plans = set.Plans;
    }

    [Benchmark(Description = "DU VO distribution + 35 breakdowns")]
    public int DistributionAndBreakdowns()
    {
        var distribution = DuVoDistribution.Calculate(_input);
        var findings = 0;
        foreach (var plan in _plans) findings += SpendPlanCalculator.Calculate(plan, distribution).Findings.Count;
        return findings;
    }
}
