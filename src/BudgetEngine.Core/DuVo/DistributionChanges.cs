using BudgetEngine.Core.Amendments;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// What changed between two versions of a year's distribution (e.g. the meicirculaire and the septembercirculaire): the total,
/// each component, each circular and each centrumgemeente (with its components and circulars), each with its amount in both
/// versions. Everything either version has is listed; what appears or disappears is added or removed, what differs is changed,
/// and what is the same carries no change. Components are the same component when their names are (ignoring case, as names are
/// unique); a distribution without components is one component without a name and without a circular.
/// </summary>
/// <param name="TotalBefore">All payments of the earlier version (zero for none).</param>
/// <param name="TotalAfter">All payments of the later version.</param>
/// <param name="Components">Each component, in the later version's order, then those only the earlier version has.</param>
/// <param name="Circulars">What each circular pays, in the order the circulars first appear in the later version, then those only the earlier one has.</param>
/// <param name="Centrumgemeenten">Each centrumgemeente either version pays, by CBS code.</param>
public sealed record DistributionChanges(
    Money TotalBefore,
    Money TotalAfter,
    IReadOnlyList<ComponentChange> Components,
    IReadOnlyList<CircularChange> Circulars,
    IReadOnlyList<CentrumgemeenteChange> Centrumgemeenten)
{
    /// <summary>The later total less the earlier one.</summary>
    public Money Difference => TotalAfter - TotalBefore;

    /// <summary>The changes from <paramref name="before"/> (null: nothing before, so everything is added) to <paramref name="after"/>.</summary>
    public static DistributionChanges Between(DistributionResult? before, DistributionResult after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var wasPaid = (before?.Centrumgemeenten ?? []).ToDictionary(s => s.Code);
        var isPaid = after.Centrumgemeenten.ToDictionary(s => s.Code);
        var centrumgemeenten = wasPaid.Keys.Union(isPaid.Keys).Order()
            .Select(code => Of(before, wasPaid.GetValueOrDefault(code), after, isPaid.GetValueOrDefault(code)))
            .ToArray();
        var earlier = PartsOf(before);
        var later = PartsOf(after);
        return new DistributionChanges(before?.TotalPayments ?? Money.Zero, after.TotalPayments, Compare(earlier, later), CompareCirculars(earlier, later), centrumgemeenten);
    }

    /// <summary>What one component pays (the whole distribution, or one centrumgemeente); a distribution without components is one part without a name.</summary>
    private sealed record Part(string? Component, string? Circular, Money Payment);

    private static Part[] PartsOf(DistributionResult? result) => result is null
        ? []
        : result.Components.Count == 0
            ? [new Part(null, null, result.TotalPayments)]
            : result.Components.Select(c => new Part(c.Name, c.Circular, c.TotalPayments)).ToArray();

    private static Part[] PartsOf(DistributionResult? result, DistributionShare? share) => share is null
        ? []
        : result!.Components.Count == 0
            ? [new Part(null, null, share.Payment)]
            : share.Components.Select(c => new Part(c.Component, c.Circular, c.Payment)).ToArray();

    private static CentrumgemeenteChange Of(DistributionResult? before, DistributionShare? was, DistributionResult after, DistributionShare? becomes)
    {
        var components = Compare(PartsOf(before, was), PartsOf(after, becomes));
        var from = was?.Payment ?? Money.Zero;
        var to = becomes?.Payment ?? Money.Zero;
        Change? change = was is null ? Change.Added
            : becomes is null ? Change.Removed
            : from != to || components.Any(c => c.Change is not null) ? Change.Changed
            : null;
        return new CentrumgemeenteChange(
            (becomes ?? was)!.Code, (becomes ?? was)!.Name, change, from, to, components, CompareCirculars(PartsOf(before, was), PartsOf(after, becomes)));
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Each component of either list: the later's in its order, then those only the earlier has.</summary>
    private static ComponentChange[] Compare(Part[] earlier, Part[] later)
    {
        var changes = new List<ComponentChange>();
        foreach (var part in later)
        {
            var was = earlier.FirstOrDefault(p => Same(p.Component, part.Component));
            Change? change = was is null ? Change.Added
                : was.Payment != part.Payment || !string.Equals(was.Circular, part.Circular, StringComparison.Ordinal) ? Change.Changed
                : null;
            changes.Add(new ComponentChange(part.Component, change, was?.Circular, part.Circular, was?.Payment ?? Money.Zero, part.Payment));
        }
        changes.AddRange(earlier
            .Where(p => !later.Any(l => Same(l.Component, p.Component)))
            .Select(p => new ComponentChange(p.Component, Change.Removed, p.Circular, null, p.Payment, Money.Zero)));
        return [.. changes];
    }

    /// <summary>What each circular of either list pays: the later's in the order they first appear, then those only the earlier has.</summary>
    private static CircularChange[] CompareCirculars(Part[] earlier, Part[] later)
    {
        var was = ByCircular(earlier);
        var becomes = ByCircular(later);
        var changes = new List<CircularChange>();
        foreach (var circular in becomes)
        {
            var before = was.FirstOrDefault(c => c.Circular == circular.Circular);
            Change? change = before is null ? Change.Added : before.Payment != circular.Payment ? Change.Changed : null;
            changes.Add(new CircularChange(circular.Circular, change, before?.Payment ?? Money.Zero, circular.Payment));
        }
        changes.AddRange(was
            .Where(c => !becomes.Any(b => b.Circular == c.Circular))
            .Select(c => new CircularChange(c.Circular, Change.Removed, c.Payment, Money.Zero)));
        return [.. changes];
    }

    private static IReadOnlyList<CircularPayment> ByCircular(Part[] parts) =>
        CircularPayment.Of(parts.Where(p => p.Circular is not null).Select(p => new ComponentShare(p.Component!, p.Circular!, p.Payment)));
}
