using BenchmarkDotNet.Attributes;
using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Benchmarks;

/// <summary>Money's two hot operations: parsing the seed tables' notations and splitting an amount.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private readonly AllocationShare[] _months = Enumerable.Range(1, 12).Select(m => new AllocationShare($"{m:D2}", 1m)).ToArray();
    private readonly AllocationShare[] _region = Enumerable.Range(0, 18).Select(i => new AllocationShare($"GM{9001 + i:D4}", 1_500 + i * 7_919 % 150_000)).ToArray();
    private readonly Money _amount = Money.FromEuros(5_413_666.17m);
    private readonly long[] _cents = Enumerable.Range(0, 100).Select(i => (i - 50) * 1_234_567L + i % 7 * 10).ToArray();
    private readonly Money[] _amounts = Enumerable.Range(0, 100).Select(i => Money.FromCents((i - 50) * 1_234_567L + i % 7 * 10)).ToArray();

    [Benchmark(Description = "Money.Parse \"€ 25.000,-\"")]
    public Money ParseDutch() => Money.Parse("€ 25.000,-");

    [Benchmark(Description = "Money.Parse \"1234567.89\"")]
    public Money ParseInvariant() => Money.Parse("1234567.89");

    [Benchmark(Description = "Money.FromCents x 100")]
    public Money FromCents()
    {
        var last = Money.Zero;
        foreach (var cents in _cents)
        {
            last = Money.FromCents(cents);
        }
        return last;
    }

    [Benchmark(Description = "Money.Cents x 100")]
    public long Cents()
    {
        var sum = 0L;
        foreach (var amount in _amounts)
        {
            sum += amount.Cents;
        }
        return sum;
    }

    [Benchmark(Description = "Allocator.Split over 12 months")]
    public Money[] SplitMonths() => Allocator.Split(_amount, _months);

    [Benchmark(Description = "Allocator.Split over 18 regiogemeenten")]
    public Money[] SplitRegion() => Allocator.Split(_amount, _region);
}
