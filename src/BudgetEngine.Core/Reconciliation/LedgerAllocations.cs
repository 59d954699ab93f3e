namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// The line allocations of a reconciliation, each worked out from its solved ledger when it is read, and not kept.
/// A caller that needs only the years, balances and findings (the API's <c>?allocations=false</c>) never pays for the
/// two thousand allocations of a region, and one that writes them out holds one at a time: a scenario of 20,000 lines
/// over 30 years does not keep 600,000 allocations alive until it is answered. The same allocations, in the same
/// order, whenever and however often they are read; a caller that reads them more than once may keep a copy.
/// </summary>
internal sealed class LedgerAllocations(SourceLedger ledger) : IReadOnlyList<LineAllocation>
{
    public LineAllocation this[int index] => ledger.LineAllocation(index);

    public int Count => ledger.LineYearCount;

    public IEnumerator<LineAllocation> GetEnumerator()
    {
        for (var i = 0; i < ledger.LineYearCount; i++) yield return ledger.LineAllocation(i);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
