using BudgetEngine.Contracts;
using Microsoft.Extensions.Caching.Memory;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>
/// The charts (SVG) of stored plan versions' breakdowns. A version never changes and the calculation is pure, so a chart is
/// fixed by the centrumgemeente, the year, the plan's version and, when the plan enters no payment, the version of the
/// national distribution it took the payment from. Bounded by count: the least recently used go first.
/// </summary>
public sealed class DuVoChartCache : IDisposable
{
    /// <summary>The most charts the cache holds.</summary>
    public const int SizeLimit = 10_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>The chart of <paramref name="breakdown"/> (a breakdown of stored versions), drawn once.</summary>
    public string Chart(DuVoBreakdownDto breakdown, Func<string> draw) =>
        GetOrAdd(("chart", breakdown.Centrumgemeente, breakdown.Year, breakdown.Plan.Version, breakdown.Distribution?.Version), draw);

    /// <summary>The cached chart of plan version <paramref name="planVersion"/> over distribution version <paramref name="distributionVersion"/> (null: the plan's own payment), or null.</summary>
    public string? FindChart(string code, int year, int planVersion, int? distributionVersion) =>
        _entries.TryGetValue(("chart", code, year, planVersion, distributionVersion), out string? svg) ? svg : null;

    private string GetOrAdd(object key, Func<string> draw) =>
        _entries.TryGetValue(key, out string? found) && found is not null ? found : _entries.Set(key, draw(), new MemoryCacheEntryOptions { Size = 1 });

    /// <inheritdoc />
    public void Dispose() => _entries.Dispose();
}
