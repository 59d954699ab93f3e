using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>Puts a reconciliation's allocations (by line name and year) in the scenario's order of lines, as its begroting lists them.</summary>
public static class LineOrder
{
    /// <summary>
    /// <paramref name="allocations"/> by the position of their line in <paramref name="order"/>, then by year; lines the
    /// order does not name come last, by name. Without an order, as given.
    /// </summary>
    public static IEnumerable<AllocationDto> Sort(IReadOnlyList<AllocationDto> allocations, IReadOnlyList<string>? order)
    {
        if (order is null) return allocations;
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++) position.TryAdd(order[i], i);
        return allocations
            .OrderBy(a => position.TryGetValue(a.Line, out var p) ? p : int.MaxValue)
            .ThenBy(a => a.Line, StringComparer.Ordinal)
            .ThenBy(a => a.Year);
    }
}
