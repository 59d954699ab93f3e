using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>A total, canonical order of grants, so that results do not depend on the order grants are listed in.</summary>
internal sealed class GrantOrder : IComparer<Grant>
{
    public static GrantOrder Instance { get; } = new();

    public int Compare(Grant? x, Grant? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.Compare(x.Source, y.Source, StringComparison.Ordinal);
        if (c == 0) c = x.Period.Year.CompareTo(y.Period.Year);
        if (c == 0) c = x.Period.Kind.CompareTo(y.Period.Kind);
        if (c == 0) c = x.EffectiveAwardYear.CompareTo(y.EffectiveAwardYear);
        if (c == 0) c = string.Compare(x.Project, y.Project, StringComparison.Ordinal);
        if (c == 0) c = x.Status.CompareTo(y.Status);
        if (c == 0) c = x.Amount.CompareTo(y.Amount);
        if (c == 0) c = string.Compare(x.Id, y.Id, StringComparison.Ordinal);
        if (c == 0) c = string.Compare(x.Description, y.Description, StringComparison.Ordinal);
        return c;
    }
}
