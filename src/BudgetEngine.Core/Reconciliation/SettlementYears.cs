using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Flow;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Reads off which later year's money settles which year's deficit. A carrying pot's settlement chain takes in money of
/// each later year and pays out to deficits of earlier years; the flow says how much, not which year's money went where.
/// As a ledger settles the oldest debt first, each later year's money goes to the oldest deficit still open (always
/// possible: money can only have gone to deficits older than itself). The years a deficit year gets are then shared over
/// the groups settled late in that year in proportion to what each was settled.
/// </summary>
internal static class SettlementYears
{
    public static void Assign(List<DemandGroup> groups, int[][] settleEntry, int potCount, int years, MinCostFlow flow)
    {
        // The late arcs into each pot's chain, by the year they settle.
        var lateArcs = new Dictionary<(int Pot, int Year), List<(DemandGroup Group, int Arc)>>();
        foreach (var group in groups)
        {
            for (var e = 0; e < group.Arcs.Length; e++)
            {
                var arc = group.Arcs[e];
                if (!arc.Late || group.Flow[e] == 0) continue;
                if (!lateArcs.TryGetValue((arc.Pot, arc.Year), out var list)) lateArcs[(arc.Pot, arc.Year)] = list = [];
                list.Add((group, e));
            }
        }
        if (lateArcs.Count == 0) return;

        for (var p = 0; p < potCount; p++)
        {
            if (settleEntry[p] is not { } entries) continue;
            var open = new long[years];
            var any = false;
            for (var y = 0; y < years; y++)
            {
                if (!lateArcs.TryGetValue((p, y), out var list)) continue;
                foreach (var (group, e) in list) open[y] += group.Flow[e];
                any = true;
            }
            if (!any) continue;

            // Oldest deficit first, earliest money first.
            var from = new List<(int Year, long Cents)>[years];
            var oldest = 0;
            for (var later = 1; later < years; later++)
            {
                var money = entries[later] >= 0 ? flow.Flow(entries[later]) : 0;
                while (money > 0)
                {
                    while (open[oldest] == 0) oldest++;
                    if (oldest >= later) throw new InvalidOperationException("A settlement chain paid a deficit with money of its own year or earlier.");
                    var take = Math.Min(money, open[oldest]);
                    (from[oldest] ??= []).Add((later, take));
                    open[oldest] -= take;
                    money -= take;
                }
            }

            for (var y = 0; y < years; y++)
            {
                if (from[y] is not { } parts) continue;
                ShareOver(lateArcs[(p, y)], parts);
            }
        }
    }

    /// <summary>Shares the later years' parts over the arcs in proportion to what each arc still has to be given.</summary>
    private static void ShareOver(List<(DemandGroup Group, int Arc)> arcs, List<(int Year, long Cents)> parts)
    {
        // A shortcut: one arc takes every part either way.
        // Stryker disable once Statement : a shortcut; the split below gives one arc every part
        if (arcs.Count == 1)
        {
            arcs[0].Group.LateFrom[arcs[0].Arc] = [.. parts];
            return;
        }
        var remaining = new long[arcs.Count];
        for (var i = 0; i < arcs.Count; i++) remaining[i] = arcs[i].Group.Flow[arcs[i].Arc];
        var received = new List<(int Year, long Cents)>[arcs.Count];
        for (var i = 0; i < arcs.Count; i++) received[i] = [];
        for (var k = 0; k < parts.Count; k++)
        {
            var (year, cents) = parts[k];
            long[] taken;
            if (k == parts.Count - 1)
            {
                taken = remaining;
            }
            else
            {
                taken = Allocator.SplitByPlace(cents, remaining);
            }
            for (var i = 0; i < arcs.Count; i++)
            {
                // Stryker disable once Equality : a part of zero pays nothing, and the hand-back drops payments of zero
                if (taken[i] > 0) received[i].Add((year, taken[i]));
                // Stryker disable once Equality : after the last part nothing remains to be read
                if (k < parts.Count - 1) remaining[i] -= taken[i];
            }
        }
        for (var i = 0; i < arcs.Count; i++) arcs[i].Group.LateFrom[arcs[i].Arc] = [.. received[i]];
    }
}
