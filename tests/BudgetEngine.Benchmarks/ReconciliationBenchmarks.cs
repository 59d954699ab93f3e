using System.IO.Pipelines;
using BenchmarkDotNet.Attributes;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.DataSet;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// Reconciliation at the sizes of the performance targets (docs/performance.md), over the synthetic national set (seed 42). The national run reads each
/// region's JSON, maps and reconciles it, one region after another on one thread; its floor is only deserialising.
/// </summary>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private Scenario _region = null!;
    private Scenario _flexible = null!;
    private IReadOnlyList<byte[]> _nationalJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        var set = NationalDataSet.Generate(DataSetSeed.Value);
        _region = ScenarioMapper.Read(set.Regions[0].Scenario).Scenario!;
        _flexible = ScenarioMapper.Read(set.Flexible).Scenario!;
        _nationalJson = set.Regions.Select(r => NationalDataSet.ToJson(r.Scenario)).ToArray();
    }

    [Benchmark(Description = "Reconcile one region")]
    public BudgetReconciliation OneRegion() => Complete(Reconciler.Reconcile(_region));

    [Benchmark(Description = "Reconcile the national set (JSON in)")]
    public int NationalSet() => NationalReconciliation.ReconcileAll(_nationalJson);

    [Benchmark(Description = "Deserialise the national set")]
    public int DeserializeNationalSet() => NationalReconciliation.DeserializeAll(_nationalJson);

    // The endpoint escapes as ASP.NET Core's HTTP JSON options do (UnsafeRelaxedJsonEscaping unless configured).
    private static readonly System.Text.Encodings.Web.JavaScriptEncoder? HttpEncoder = new Microsoft.AspNetCore.Http.Json.JsonOptions().SerializerOptions.Encoder;

    [Benchmark(Description = "POST pipeline in process, one region")]
    public long PostPipeline() => Post(ReconciliationView.Full);

    [Benchmark(Description = "POST pipeline in process, one region, allocations=false")]
    public long PostPipelineSummary() => Post(ReconciliationView.Summary);

    /// <summary>
    /// What POST /v1/reconciliations does besides HTTP: read the JSON, map, reconcile, and write the reconciliation with
    /// <see cref="ReconciliationJsonWriter"/> into a pipe over a body that drops the bytes (pooled segments, flushed every
    /// 32 KB, as the endpoint writes into Kestrel's response pipe).
    /// </summary>
    private long Post(ReconciliationView view)
    {
        var dto = System.Text.Json.JsonSerializer.Deserialize<BudgetEngine.Contracts.ScenarioDto>(_nationalJson[0], ApiJson.Options);
        var scenario = ScenarioMapper.Read(dto).Scenario!;
        var reconciliation = Reconciler.Reconcile(scenario);
        var body = new CountingNullStream();
        var pipe = PipeWriter.Create(body, new StreamPipeWriterOptions(leaveOpen: true));
        ReconciliationJsonWriter.WriteAsync(pipe, reconciliation, view, BudgetEngine.Core.Findings.MessageLanguage.Dutch, HttpEncoder, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        pipe.Complete();
        return body.Written;
    }

    private GeneratedReconciliationJson _generated = null!;
    private GeneratedReconciliationJson _generatedFromCents = null!;

    [Benchmark(Description = "POST pipeline in process, one region, source-generated serializer")]
    public long PostPipelineGenerated() => PostGenerated(_generated ??= new GeneratedReconciliationJson(HttpEncoder, amountsFromCents: false), ReconciliationView.Full);

    [Benchmark(Description = "POST pipeline in process, one region, source-generated serializer, amounts from cents")]
    public long PostPipelineGeneratedFromCents() => PostGenerated(_generatedFromCents ??= new GeneratedReconciliationJson(HttpEncoder, amountsFromCents: true), ReconciliationView.Full);

    /// <summary>As <see cref="Post"/>, but the answer is the DTO written by System.Text.Json's source-generated metadata.</summary>
    private long PostGenerated(GeneratedReconciliationJson json, ReconciliationView view)
    {
        var dto = System.Text.Json.JsonSerializer.Deserialize<BudgetEngine.Contracts.ScenarioDto>(_nationalJson[0], ApiJson.Options);
        var scenario = ScenarioMapper.Read(dto).Scenario!;
        var reconciliation = Reconciler.Reconcile(scenario);
        var body = new CountingNullStream();
        var pipe = PipeWriter.Create(body, new StreamPipeWriterOptions(leaveOpen: true));
        json.WriteAsync(pipe, reconciliation, view, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        pipe.Complete();
        return body.Written;
    }

    /// <summary>The hand writer's bytes and the source-generated serializer's bytes of the first region (both must be equal for the comparison to mean anything).</summary>
    internal (byte[] Hand, byte[] Generated, byte[] GeneratedFromCents) AnswersOfTheFirstRegion()
    {
        var reconciliation = Reconciler.Reconcile(_region);
        return (ReconciliationJsonWriter.ToUtf8Bytes(reconciliation, ReconciliationView.Full, BudgetEngine.Core.Findings.MessageLanguage.Dutch, HttpEncoder),
            new GeneratedReconciliationJson(HttpEncoder, amountsFromCents: false).ToUtf8Bytes(reconciliation, ReconciliationView.Full),
            new GeneratedReconciliationJson(HttpEncoder, amountsFromCents: true).ToUtf8Bytes(reconciliation, ReconciliationView.Full));
    }

    [Benchmark(Description = "Flexible allocation, 2,000 lines")]
    public BudgetReconciliation Flexible() => Complete(Reconciler.Reconcile(_flexible));

    /// <summary>The whole reconciliation: each line allocation is worked out when it is read, so all are read here.</summary>
    private static BudgetReconciliation Complete(BudgetReconciliation reconciliation)
    {
        _ = WholeReconciliation.Read(reconciliation);
        return reconciliation;
    }
}

/// <summary>The seed every benchmark's data set is generated from.</summary>
internal static class DataSetSeed
{
    public const ulong Value = 42;
}
