using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BudgetEngine.Benchmarks;

// dotnet run -c Release --project tests/BudgetEngine.Benchmarks -- [--full] [--results FILE] [BenchmarkDotNet args, e.g. --filter *Region*]
// Short job by default (1 launch, 3 warm-ups, 3 iterations); --full uses BenchmarkDotNet's default job.
// --cpu FILTER [SECONDS]: a quick CPU-time reading per call, for development on a loaded machine.
// --paired-ratio [PAIRS]: the national set over only deserialising it, as the median of interleaved pairs (scripts/bench's ratio).
// --phases: a region of the national set step by step (deserialising, mapping, income, demands, the network, the ledger, the allocations), in ms.
// --scaling [ROUNDS]: cost per line-year for 200-20,000 lines, 4-30 years, 2-20 sources, all flexible.
// --tie-sensitivity: how much of the national set's answer changes when only the order of the funding network's arcs does.
// --flow-networks DIR [ROUNDS]: each national funding network as a DIMACS min-cost flow problem, with the engine's optimum and solve time.
// --paired-writers [PAIRS]: the POST pipeline with the source-generated serializer over the hand-written writer, in interleaved pairs.
// In process, so a run does not rebuild the project; --results writes "name<TAB>median ns<TAB>allocated bytes" per benchmark.
if (args.Length > 1 && args[0] == "--cpu")
{
    CpuTimer.Run(args[1], args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 3);
    return 0;
}
if (args.Length > 1 && args[0] == "--allocations")
{
    AllocationSampler.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000);
    return 0;
}
if (args.Length > 2 && args[0] == "--count")
{
    CpuTimer.Count(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}
if (args.Length > 0 && args[0] == "--paired-ratio")
{
    PairedRatio.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 101);
    return 0;
}
if (args.Length > 0 && args[0] == "--paired-writers")
{
    PairedComparison.PostPipelineWriters(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 101);
    return 0;
}
if (args.Length > 0 && args[0] == "--phases")
{
    PhaseTimes.Print();
    return 0;
}
if (args.Length > 0 && args[0] == "--scaling")
{
    ScalingTable.Print(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3);
    return 0;
}
if (args.Length > 1 && args[0] == "--flow-networks")
{
    FlowNetworkExport.Write(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
    return 0;
}
if (args.Length > 0 && args[0] == "--tie-sensitivity")
{
    TieSensitivity.Print();
    return 0;
}
if (args.Length > 0 && args[0] == "--flow-statistics")
{
    FlowStatistics.Print();
    return 0;
}
var full = args.Contains("--full");
var resultsIndex = Array.IndexOf(args, "--results");
var resultsFile = resultsIndex >= 0 && resultsIndex + 1 < args.Length ? args[resultsIndex + 1] : null;
var rest = args.Where((a, i) => a != "--full" && (resultsIndex < 0 || (i != resultsIndex && i != resultsIndex + 1))).ToArray();

var job = (full ? Job.Default : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
var config = DefaultConfig.Instance
    .AddJob(job)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);

var summaries = BenchmarkSwitcher
    .FromTypes([typeof(MoneyBenchmarks), typeof(ReconciliationBenchmarks), typeof(DuVoBenchmarks), typeof(FlowBenchmarks), typeof(ScalingBenchmarks)])
    .Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);

if (resultsFile is not null)
{
    var lines = new List<string>();
    foreach (var summary in summaries)
    {
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is null) continue;
            var name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            lines.Add(string.Join('\t', name, report.ResultStatistics.Median.ToString("F1", CultureInfo.InvariantCulture), allocated.ToString(CultureInfo.InvariantCulture)));
        }
    }
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(resultsFile))!);
    File.WriteAllLines(resultsFile, lines);
}
return 0;
