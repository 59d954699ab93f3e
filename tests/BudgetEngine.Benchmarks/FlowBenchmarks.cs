using BenchmarkDotNet.Attributes;
using BudgetEngine.Api.Mapping;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.DataSet;

namespace BudgetEngine.Benchmarks;

/// <summary>The parts of one region's reconciliation, to see where the time goes (internal types, via InternalsVisibleTo).</summary>
[MemoryDiagnoser]
public class FlowBenchmarks
{
    private Scenario _region = null!;
    private SourceCatalog _catalog = null!;
    private IncomeSchedule _income = null!;
    private IReadOnlyList<Demand> _demands = null!;
    private int _years;

    [GlobalSetup]
    public void Setup()
    {
        var set = NationalDataSet.Generate(DataSetSeed.Value);
        _region = ScenarioMapper.Read(set.Regions[0].Scenario).Scenario!;
        _catalog = new SourceCatalog(_region.Sources);
        _years = _region.LastYear - _region.FirstYear + 1;
        _income = IncomeSchedule.Build(_region, _catalog, ReconciliationOptions.Default, new List<Finding>());
        _demands = DemandBuilder.Build(_region, _catalog, new List<Finding>());
    }

    [Benchmark(Description = "Region: validate")]
    public int Validate() => ScenarioValidator.Validate(_region).Count;

    [Benchmark(Description = "Region: income schedule")]
    public int Income() => IncomeSchedule.Build(_region, _catalog, ReconciliationOptions.Default, new List<Finding>()).Pots.Count;

    [Benchmark(Description = "Region: demands")]
    public int Demands() => DemandBuilder.Build(_region, _catalog, new List<Finding>()).Count;

    [Benchmark(Description = "Region: funding network (flow)")]
    public long Network() => FundingNetwork.Solve(_income.Pots, _demands, _years).Served(0);

    [Benchmark(Description = "Region: ledger, allocations, findings")]
    public int Ledger()
    {
        var network = FundingNetwork.Solve(_income.Pots, _demands, _years);
        var ledger = new SourceLedger(_region, _income.Pots, _demands, network);
        return ledger.LineAllocations().Count + ledger.Findings().Count();
    }
}
