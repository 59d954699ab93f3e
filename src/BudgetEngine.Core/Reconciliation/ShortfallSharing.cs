using BudgetEngine.Core.Allocation;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Makes groups that compete equally for scarce money share its shortfall.
/// <para>
/// Groups of one year that draw on the same pot, as it stands in the same year, at the same cost compete equally for it:
/// moving a cent of that pot from one to another changes neither the total paid nor the cost of the flow (the same
/// reward, the same arc cost). Where one of them is left short, the flow's own choice among them follows the order in
/// which arcs were added, and so the lines' names. This replaces it by a fair one: the pot's money is split over the
/// competing groups in proportion to what each asks of it (its cents less what other arcs pay it), with
/// <c>Allocator.SplitByPlace</c>. Every rule of the flow holds as before, since the flow's cost is unchanged.
/// </para>
/// </summary>
internal static class ShortfallSharing
{
    public static void Share(List<DemandGroup> groups)
    {
        // A shortcut: where no group is short, no arc is contested and nothing below changes a flow.
        // Stryker disable once Statement : a shortcut
        if (!AnyShort(groups)) return;

        // Every way money reaches a short group, with the groups that draw on it alike: only there can a choice be unfair.
        var contested = new HashSet<GroupArc>();
        foreach (var group in groups)
        {
            // Stryker disable once Equality : a competition of groups none of which is short changes nothing (see below)
            if (group.Served < group.Cents) contested.UnionWith(group.Arcs);
        }
        var competitions = new Dictionary<GroupArc, List<(DemandGroup Group, int Arc)>>();
        foreach (var group in groups)
        {
            for (var e = 0; e < group.Arcs.Length; e++)
            {
                var arc = group.Arcs[e];
                // Stryker disable once Statement : a competition of groups none of which is short changes nothing (see below)
                if (!contested.Contains(arc)) continue;
                if (!competitions.TryGetValue(arc, out var competing)) competitions[arc] = competing = [];
                competing.Add((group, e));
            }
        }
        // Stryker disable once Equality : a group alone is given its own flow back
        var keys = competitions.Where(c => c.Value.Count > 1).Select(c => c.Key).ToArray();
        Array.Sort(keys, (a, b) => a.Pot != b.Pot ? a.Pot.CompareTo(b.Pot) : a.Year != b.Year ? a.Year.CompareTo(b.Year) : a.Cost.CompareTo(b.Cost));
        foreach (var key in keys) Share(competitions[key]);
    }

    // Stryker disable all : only the shortcut above reads it
    private static bool AnyShort(List<DemandGroup> groups)
    {
        foreach (var group in groups)
        {
            if (group.Arcs.Length > 0 && group.Served < group.Cents) return true;
        }
        return false;
    }
    // Stryker restore all

    /// <summary>Splits the flow of one contested pot-year over its competing groups, when one of them is short.</summary>
    private static void Share(List<(DemandGroup Group, int Arc)> competing)
    {
        var total = 0L;
        // Where none is short, what each asks is its flow, and the split gives every group its flow back; where the
        // flow is zero, the split gives zeros. So the test below is a shortcut.
        // Stryker disable once Boolean : a shortcut
        var anyShort = false;
        var asks = new long[competing.Count];
        for (var i = 0; i < competing.Count; i++)
        {
            var (group, arc) = competing[i];
            var served = group.Served;
            // Stryker disable once Equality : a shortcut
            anyShort |= served < group.Cents;
            total += group.Flow[arc];
            asks[i] = group.Cents - (served - group.Flow[arc]);
        }
        // Stryker disable once Logical,Statement : a shortcut
        if (!anyShort || total == 0) return;

        // Ties between equal remainders go to the group first met in canonical order: its place.
        var split = Allocator.SplitByPlace(total, asks);
        for (var i = 0; i < competing.Count; i++)
        {
            var (group, arc) = competing[i];
            group.Flow[arc] = split[i];
        }
    }
}
