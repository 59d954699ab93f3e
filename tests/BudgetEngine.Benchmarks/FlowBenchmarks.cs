using BenchmarkDotNet.Attributes;
using BudgetEngine.Contracts.Mapping;
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
    private Demand[] _demands = null!;
    private int _years;
    private byte[] _json = [];
    private BudgetEngine.Contracts.ScenarioDto _dto = null!;
    private BudgetReconciliation _reconciliation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var set = NationalDataSet.Generate(DataSetSeed.Value);
        _dto = set.Regions[0].Scenario;
        _json = NationalDataSet.ToJson(_dto);
        _region = ScenarioMapper.Read(_dto).Scenario!;
        _reconciliation = Reconciler.Reconcile(_region);
        _catalog = new SourceCatalog(_region.Sources);
        _years = _region.LastYear - _region.FirstYear + 1;
        _income = IncomeSchedule.Build(_region, _catalog, ReconciliationOptions.Default, new List<Finding>());
        _demands = DemandBuilder.Build(_region, _catalog, new List<Finding>());
    }

    [Benchmark(Description = "Region: read the JSON")]
    public int ReadJson() => System.Text.Json.JsonSerializer.Deserialize<BudgetEngine.Contracts.ScenarioDto>(_json, BudgetEngine.Contracts.Json.ApiJson.Options)!.Lines!.Count;

    [Benchmark(Description = "Region: map the wire scenario (with validation)")]
    public int Map() => ScenarioMapper.Read(_dto).Scenario!.Scenario.Lines.Count;

    [Benchmark(Description = "Region: map the reconciliation and write its JSON")]
    public int WriteJson() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(ReconciliationMapper.ToDto(_reconciliation, BudgetEngine.Core.Findings.MessageLanguage.Dutch), BudgetEngine.Contracts.Json.ApiJson.Options).Length;

    [Benchmark(Description = "Region: validate")]
    public int Validate() => ScenarioValidator.Validate(_region).Count;

    [Benchmark(Description = "Region: income schedule")]
    public int Income() => IncomeSchedule.Build(_region, _catalog, ReconciliationOptions.Default, new List<Finding>()).Pots.Length;

    [Benchmark(Description = "Region: demands")]
    public int Demands() => DemandBuilder.Build(_region, _catalog, new List<Finding>()).Length;

    [Benchmark(Description = "Region: funding network (flow)")]
    public long Network() => FundingNetwork.Solve(_income.Pots, _demands, _years).Served(0);

    [Benchmark(Description = "Region: ledger, allocations, findings")]
    public int Ledger()
    {
        var network = FundingNetwork.Solve(_income.Pots, _demands, _years);
        var ledger = new SourceLedger(_region, _income.Pots, _demands, network);
        var shares = 0;
        for (var i = 0; i < ledger.LineYearCount; i++) shares += ledger.LineAllocation(i).Sources.Count;
        return shares + ledger.Findings().Count();
    }
}
