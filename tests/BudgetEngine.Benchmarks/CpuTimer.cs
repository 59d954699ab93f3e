using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// A development aid for a shared, loaded machine: runs each [Benchmark] method whose name contains a filter for a
/// while and prints the process CPU time per call next to the wall time. CPU time is disturbed far less than wall time
/// when other processes compete for the cores, and the fastest 20 ms batch, which interference can only slow down.
/// Not a substitute for the BenchmarkDotNet run.
/// </summary>
internal static class CpuTimer
{
    /// <summary>Runs each matching benchmark exactly <paramref name="calls"/> times (after 5 warm-up calls), to count under <c>perf stat</c>.</summary>
    public static void Count(string filter, int calls)
    {
        foreach (var (instance, method) in Matching(filter))
        {
            for (var i = 0; i < 5 + calls; i++) method.Invoke(instance, null);
        }
    }

    private static IEnumerable<(object Instance, MethodInfo Method)> Matching(string filter)
    {
        foreach (var type in new[] { typeof(MoneyBenchmarks), typeof(ReconciliationBenchmarks), typeof(DuVoBenchmarks), typeof(FlowBenchmarks), typeof(ScalingBenchmarks) })
        {
            var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null
                && $"{type.Name}.{m.Name}".Contains(filter, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (methods.Length == 0) continue;
            var instance = Activator.CreateInstance(type)!;
            type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null)?.Invoke(instance, null);
            foreach (var method in methods) yield return (instance, method);
        }
    }

    public static void Run(string filter, double seconds)
    {
        foreach (var (instance, method) in Matching(filter))
        {
            var type = instance.GetType();
            var call = () => method.Invoke(instance, null); // reflection adds well under a microsecond per call
            for (var i = 0; i < 5; i++) call();
            using var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var gcs0 = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
            var paused0 = GC.GetTotalPauseDuration();
            var wall = Stopwatch.StartNew();
            var calls = 0;
            // The fastest batch of about 20 ms estimates the time on a quiet machine: interference only adds time.
            var best = double.MaxValue;
            while (wall.Elapsed.TotalSeconds < seconds)
            {
                var start = wall.Elapsed.TotalMilliseconds;
                var batch = 0;
                do { call(); batch++; } while (wall.Elapsed.TotalMilliseconds - start < 20);
                best = Math.Min(best, (wall.Elapsed.TotalMilliseconds - start) / batch);
                calls += batch;
            }
            wall.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpu0;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocated0) / calls;
            var gcs = $"GC {GC.CollectionCount(0) - gcs0[0]}/{GC.CollectionCount(1) - gcs0[1]}/{GC.CollectionCount(2) - gcs0[2]}";
            var paused = (GC.GetTotalPauseDuration() - paused0).TotalMilliseconds / calls;
            Console.WriteLine($"{type.Name}.{method.Name,-28} cpu {cpu.TotalMilliseconds / calls,10:F3} ms/op   wall {wall.Elapsed.TotalMilliseconds / calls,10:F3} ms/op   best batch {best,10:F3} ms/op   {allocated / 1024.0,9:F0} KB/op   {gcs}, paused {paused:F3} ms/op ({calls} calls)");
        }
    }
}
