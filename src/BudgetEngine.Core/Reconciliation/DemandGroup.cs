namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Demands of one year that may draw on the same pots at the same costs: the demands at
/// members[<see cref="First"/> .. <see cref="First"/> + <see cref="Count"/> - 1] of the grouping, in canonical order.
/// </summary>
/// <param name="year">The year index of its demands.</param>
/// <param name="arcs">Where its money may come from, and the cost of each cent, cheapest first.</param>
internal sealed class DemandGroup(int year, GroupArc[] arcs)
{
    public int Year { get; } = year;

    public GroupArc[] Arcs { get; } = arcs;

    /// <summary>The flow along each of <see cref="Arcs"/> once solved (and shared).</summary>
    public long[] Flow { get; } = new long[arcs.Length];

    /// <summary>For each late arc, once solved: which later years its flow comes from (year index, cents), earliest first.</summary>
    public (int Year, long Cents)[]?[] LateFrom { get; } = new (int Year, long Cents)[]?[arcs.Length];

    public long Cents { get; set; }

    public int First { get; set; }

    public int Count { get; set; }

    /// <summary>What the group is paid in all, once solved.</summary>
    public long Served
    {
        get
        {
            var served = 0L;
            foreach (var f in Flow) served += f;
            return served;
        }
    }
}

/// <summary>
/// One way money reaches a demand group of year index <paramref name="Year"/>: pot <paramref name="Pot"/> as it stands in
/// that year, or, when <paramref name="Late"/>, the pot's money of later years settling the year's deficit (only for a
/// pot whose source carries over); at <paramref name="Cost"/> a cent.
/// </summary>
internal readonly record struct GroupArc(int Pot, int Year, bool Late, long Cost);
