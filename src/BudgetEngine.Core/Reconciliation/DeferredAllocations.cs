namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// The line allocations of a reconciliation, read from its solved ledger the first time they are asked for, and kept.
/// A caller that needs only the years, balances and findings (the API's <c>?allocations=false</c>) never pays for the
/// two thousand allocations of a region. The same allocations, in the same order, whenever and however often they are read.
/// </summary>
internal sealed class DeferredAllocations(SourceLedger ledger) : IReadOnlyList<LineAllocation>
{
    private readonly Lazy<IReadOnlyList<LineAllocation>> _allocations = new(ledger.LineAllocations, LazyThreadSafetyMode.ExecutionAndPublication);

    public LineAllocation this[int index] => _allocations.Value[index];

    public int Count => _allocations.Value.Count;

    public IEnumerator<LineAllocation> GetEnumerator() => _allocations.Value.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
