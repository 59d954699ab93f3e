using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Amendments;

/// <summary>
/// The grants two versions of a budget differ in. A grant is the same grant in both when it has the same id (ignoring
/// case); a grant without an id is the same as one without an id of the same source, period and project, paired in the
/// order they are written. A pair differs when its amount, status or award year does.
/// </summary>
public static class GrantChanges
{
    /// <summary>Every grant added, removed or changed from <paramref name="before"/> to <paramref name="after"/>: the later version's in its order, then the removed ones in the earlier order.</summary>
    public static IReadOnlyList<GrantChange> Between(Scenario before, Scenario after)
    {
        var unmatched = before.Grants.ToList();
        var changes = new List<GrantChange>();
        foreach (var grant in after.Grants)
        {
            var key = Identity(grant);
            var index = unmatched.FindIndex(g => Identity(g) == key);
            if (index < 0)
            {
                changes.Add(new GrantChange(grant, Change.Added, Money.Zero, grant.Amount, null, grant.Status));
                continue;
            }
            var was = unmatched[index];
            unmatched.RemoveAt(index);
            if (was.Amount != grant.Amount || was.Status != grant.Status || was.EffectiveAwardYear != grant.EffectiveAwardYear)
            {
                changes.Add(new GrantChange(grant, Change.Changed, was.Amount, grant.Amount, was.Status, grant.Status));
            }
        }
        changes.AddRange(unmatched.Select(g => new GrantChange(g, Change.Removed, g.Amount, Money.Zero, g.Status, null)));
        return changes;
    }

    /// <summary>A grant's identity: its id (case and surrounding spaces ignored), or, without one, its source, period and project.</summary>
    private readonly record struct GrantIdentity(string? Id, string? Source, GrantPeriod Period, string? Project);

    private static GrantIdentity Identity(Grant grant) =>
        string.IsNullOrWhiteSpace(grant.Id)
            ? new GrantIdentity(null, Normalised(grant.Source), grant.Period, Normalised(grant.Project))
            : new GrantIdentity(Normalised(grant.Id), null, default, null);

    /// <summary>Trimmed and in capitals; no text and blank text alike are empty.</summary>
    private static string Normalised(string? text) => text?.Trim().ToUpperInvariant() ?? "";
}
