using System.Diagnostics;
using System.Globalization;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// Two ways of doing the same work, measured as <see cref="PairedRatio"/> measures the national set against its floor:
/// in interleaved pairs of batches (which goes first alternates), the ratio being the median of the pairs' ratios.
/// Prints <c>key=value</c> lines.
/// </summary>
internal static class PairedComparison
{
    /// <summary>The hand-written reconciliation writer against the source-generated serializer, over the full POST pipeline of one region.</summary>
    public static void PostPipelineWriters(int pairs)
    {
        var benchmarks = new ReconciliationBenchmarks();
        benchmarks.Setup();
        var (hand, generated, fromCents) = benchmarks.AnswersOfTheFirstRegion();
        Console.WriteLine($"answer_bytes={hand.Length}");
        Console.WriteLine($"generated_equals_hand={hand.AsSpan().SequenceEqual(generated)}");
        Console.WriteLine($"generated_from_cents_equals_hand={hand.AsSpan().SequenceEqual(fromCents)}");
        Run("generated_over_hand", pairs, () => benchmarks.PostPipelineGenerated(), () => benchmarks.PostPipeline());
        Run("generated_from_cents_over_hand", pairs, () => benchmarks.PostPipelineGeneratedFromCents(), () => benchmarks.PostPipeline());
    }

    public static void Run(string name, int pairs, Func<long> candidate, Func<long> reference, int batch = 10)
    {
        for (var i = 0; i < 20; i++)
        {
            candidate();
            reference();
        }
        var ratios = new double[pairs];
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
            ratios[i] = candidateMs[i] / referenceMs[i];
        }
        Console.WriteLine(Line($"{name}.candidate_ms_median", Median(candidateMs)));
        Console.WriteLine(Line($"{name}.reference_ms_median", Median(referenceMs)));
        Console.WriteLine(Line($"{name}.ratio_median", Median(ratios)));
    }

    private static double Time(Func<long> work, int batch)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < batch; i++) work();
        return watch.Elapsed.TotalMilliseconds / batch;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Line(string key, double value) => $"{key}={value.ToString("F3", CultureInfo.InvariantCulture)}";
}
