using System.Diagnostics;
using System.Globalization;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// The national set against its floor, measured in pairs: each pair reconciles the national set and only deserialises it,
/// one right after the other (which goes first alternates), and the ratio is the median of the pairs' ratios. On a shared
/// machine whose speed drifts, both sides of a pair see the same machine, so the ratio is steadier than one made of
/// two medians taken minutes apart. Prints <c>key=value</c> lines for scripts/bench.
/// </summary>
internal static class PairedRatio
{
    public static void Run(int pairs)
    {
        var benchmarks = new ReconciliationBenchmarks();
        benchmarks.Setup();
        for (var i = 0; i < 10; i++)
        {
            benchmarks.NationalSet();
            benchmarks.DeserializeNationalSet();
        }

        var national = new double[pairs];
        var floor = new double[pairs];
        var ratios = new double[pairs];
        for (var i = 0; i < pairs; i++)
        {
            // A collection between measurements, so neither side pays for the other's garbage.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (i % 2 == 0)
            {
                national[i] = Time(() => benchmarks.NationalSet());
                floor[i] = Time(() => benchmarks.DeserializeNationalSet());
            }
            else
            {
                floor[i] = Time(() => benchmarks.DeserializeNationalSet());
                national[i] = Time(() => benchmarks.NationalSet());
            }
            ratios[i] = national[i] / floor[i];
        }
        Console.WriteLine(Line("pairs", pairs));
        Console.WriteLine(Line("national_ms_median", Median(national)));
        Console.WriteLine(Line("deserialise_ms_median", Median(floor)));
        Console.WriteLine(Line("ratio_median", Median(ratios)));
        Console.WriteLine(Line("ratio_min", ratios.Min()));
        Console.WriteLine(Line("ratio_max", ratios.Max()));
    }

    private static double Time(Func<int> work)
    {
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Line(string key, double value) => $"{key}={value.ToString("F3", CultureInfo.InvariantCulture)}";
}
