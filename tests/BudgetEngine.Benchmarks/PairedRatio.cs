namespace BudgetEngine.Benchmarks;

/// <summary>
/// The national set against its floor (only deserialising it), in interleaved pairs (<see cref="InterleavedPairs"/>);
/// the ratio is the median of the pairs' ratios. Prints <c>key=value</c> lines for scripts/bench.
/// </summary>
internal static class PairedRatio
{
    public static void Run(int pairs)
    {
        var benchmarks = new ReconciliationBenchmarks();
        benchmarks.Setup();
        var (national, floor) = InterleavedPairs.Measure(pairs, () => benchmarks.NationalSet(), () => benchmarks.DeserializeNationalSet());
        var ratios = InterleavedPairs.Ratios(national, floor);
        Console.WriteLine(InterleavedPairs.Line("pairs", pairs));
        Console.WriteLine(InterleavedPairs.Line("national_ms_median", InterleavedPairs.Median(national)));
        Console.WriteLine(InterleavedPairs.Line("deserialise_ms_median", InterleavedPairs.Median(floor)));
        Console.WriteLine(InterleavedPairs.Line("ratio_median", InterleavedPairs.Median(ratios)));
        Console.WriteLine(InterleavedPairs.Line("ratio_min", ratios.Min()));
        Console.WriteLine(InterleavedPairs.Line("ratio_max", ratios.Max()));
    }
}
