namespace BudgetEngine.Benchmarks;

/// <summary>
/// Two ways of doing the same work in interleaved pairs of batches (<see cref="InterleavedPairs"/>), the ratio being the
/// median of the pairs' ratios. Prints <c>key=value</c> lines.
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

    private static void Run(string name, int pairs, Func<long> candidate, Func<long> reference)
    {
        var (candidateMs, referenceMs) = InterleavedPairs.Measure(pairs, () => candidate(), () => reference(), batch: 10, warmUps: 20);
        Console.WriteLine(InterleavedPairs.Line($"{name}.candidate_ms_median", InterleavedPairs.Median(candidateMs)));
        Console.WriteLine(InterleavedPairs.Line($"{name}.reference_ms_median", InterleavedPairs.Median(referenceMs)));
        Console.WriteLine(InterleavedPairs.Line($"{name}.ratio_median", InterleavedPairs.Median(InterleavedPairs.Ratios(candidateMs, referenceMs))));
    }
}
