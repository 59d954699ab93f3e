using System.Diagnostics;
using System.Globalization;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// Two pieces of work timed in interleaved pairs: each pair runs both, one right after the other (which goes first
/// alternates), with a collection before each pair so neither pays for the other's garbage. On a shared machine whose
/// speed drifts, both sides of a pair see the same machine, so the median of the pairs' ratios is steadier than a
/// ratio of two medians taken minutes apart.
/// </summary>
internal static class InterleavedPairs
{
    /// <summary>Milliseconds per call of each side in every pair (a batch of <paramref name="batch"/> calls per side), after <paramref name="warmUps"/> warm-up calls of each.</summary>
    public static (double[] Candidate, double[] Reference) Measure(int pairs, Action candidate, Action reference, int batch = 1, int warmUps = 10)
    {
        for (var i = 0; i < warmUps; i++)
        {
            candidate();
            reference();
        }
        var candidateMs = new double[pairs];
        var referenceMs = new double[pairs];
        for (var i = 0; i < pairs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (i % 2 == 0)
            {
                candidateMs[i] = Time(candidate, batch);
                referenceMs[i] = Time(reference, batch);
            }
            else
            {
                referenceMs[i] = Time(reference, batch);
                candidateMs[i] = Time(candidate, batch);
            }
        }
        return (candidateMs, referenceMs);
    }

    public static double[] Ratios(double[] candidate, double[] reference) => candidate.Zip(reference, (c, r) => c / r).ToArray();

    public static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>A <c>key=value</c> line for scripts/bench.</summary>
    public static string Line(string key, double value) => $"{key}={value.ToString("F3", CultureInfo.InvariantCulture)}";

    private static double Time(Action work, int batch)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < batch; i++) work();
        return watch.Elapsed.TotalMilliseconds / batch;
    }
}
