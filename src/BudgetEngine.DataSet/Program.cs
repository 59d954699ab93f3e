using System.Diagnostics;
using System.Globalization;
using BudgetEngine.DataSet;

// generate        --seed N --out FOLDER [--journal]   writes the national set (and, with --journal, its peer-comparable
//                 form with the same figures as a ledger journal, in FOLDER/peers)
// measure-memory  --in FOLDER [--rounds N] reconciles every region in sequence and prints the peak working set
var command = args.Length > 0 ? args[0] : "help";
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

switch (command)
{
    case "generate":
    {
        var seed = ulong.Parse(Option("--seed", "42"), CultureInfo.InvariantCulture);
        var folder = Path.GetFullPath(Option("--out", "artifacts/national"));
        var set = NationalDataSet.Generate(seed);
        set.Write(folder);
        if (args.Contains("--journal")) set.WritePeers(folder);
        var lines = set.Regions.Sum(r => r.Scenario.Lines!.Count);
        var grants = set.Regions.Sum(r => r.Scenario.Grants!.Count);
        Console.WriteLine($"Wrote the national set (seed {seed}) to {folder}: {set.Regions.Count} regions ({lines} lines, {grants} grants), "
            + $"{set.Municipalities.Count} municipalities, {set.Plans.Count} DU VO plans, the flexible scenario ({set.Flexible.Lines!.Count} lines).");
        return 0;
    }
    case "measure-memory":
    {
        var folder = Path.GetFullPath(Option("--in", "artifacts/national"));
        var rounds = int.Parse(Option("--rounds", "3"), CultureInfo.InvariantCulture);
        var regions = NationalDataSet.ReadRegions(folder);
        var stopwatch = Stopwatch.StartNew();
        var results = 0;
        for (var round = 0; round < rounds; round++) results = NationalReconciliation.ReconcileAll(regions);
        stopwatch.Stop();
        var peak = PeakWorkingSetBytes();
        Console.WriteLine($"regions={regions.Count} findings_and_allocations={results} rounds={rounds} elapsed_ms={stopwatch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"peak_working_set_mb={(peak / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture)}");
        return 0;
    }
    case "describe":
    {
        // What the set makes the engine find, per region: a check that the synthetic budgets look like real ones.
        var folder = Path.GetFullPath(Option("--in", "artifacts/national"));
        foreach (var json in NationalDataSet.ReadRegions(folder))
        {
            var dto = System.Text.Json.JsonSerializer.Deserialize<BudgetEngine.Contracts.ScenarioDto>(json, BudgetEngine.Contracts.Json.ApiJson.Options);
            var scenario = BudgetEngine.Contracts.Mapping.ScenarioMapper.Read(dto).Scenario!;
            var result = BudgetEngine.Core.Reconciliation.Reconciler.Reconcile(scenario);
            var counts = string.Join(", ", result.Findings.GroupBy(f => f.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine($"{scenario.Scenario.Organisation}: {counts}");
        }
        return 0;
    }
    case "fingerprint":
    {
        // SHA-256 of every reconciliation's JSON (regions and the flexible scenario, under each option): performance
        // work on the core must leave every line of this output unchanged.
        var folder = Path.GetFullPath(Option("--in", "artifacts/national"));
        foreach (var (name, hash) in Fingerprint.Compute(folder)) Console.WriteLine($"{hash}  {name}");
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: BudgetEngine.DataSet generate --seed N --out FOLDER | measure-memory --in FOLDER [--rounds N] | describe --in FOLDER | fingerprint --in FOLDER");
        return command == "help" ? 0 : 2;
}

// VmHWM (the resident set's high-water mark) where /proc has it; the runtime's own figure elsewhere.
static long PeakWorkingSetBytes()
{
    const string status = "/proc/self/status";
    if (File.Exists(status))
    {
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb * 1024;
            }
        }
    }
    using var process = Process.GetCurrentProcess();
    return process.PeakWorkingSet64;
}
