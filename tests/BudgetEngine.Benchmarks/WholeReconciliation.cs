using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// A reconciliation read as a writer reads it: each line allocation is worked out when it is read, so every one is
/// read here, or the benchmark would measure a reconciliation without its allocations.
/// </summary>
internal static class WholeReconciliation
{
    /// <summary>Reads every allocation; returns the number of sources' shares (so the reading cannot be optimised away).</summary>
    public static int Read(BudgetReconciliation reconciliation)
    {
        var shares = 0;
        foreach (var allocation in reconciliation.Allocations) shares += allocation.Sources.Count;
        return shares;
    }
}
