using BudgetEngine.Core.Comparison;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Amendments;

/// <summary>
/// A begrotingswijziging: what one version of a budget changes against an earlier one, line by line and year by year,
/// grant by grant, and what that does to every year's closing balance, for the budget, each source and unfunded.
/// </summary>
/// <param name="Lines">Each line-year whose cost is added, removed or changed, by line name (ordinal, ignoring case) and year.</param>
/// <param name="Grants">Each grant added, removed or changed, in the later version's order, then the removed ones.</param>
/// <param name="Years">Both reconciliations per year and source (the closing balances and their difference among them).</param>
/// <param name="Reason">Why, as the later version says.</param>
/// <param name="Decision">The decision that made the change, as the later version says.</param>
public sealed record BudgetAmendment(
    IReadOnlyList<LineChange> Lines,
    IReadOnlyList<GrantChange> Grants,
    IReadOnlyList<YearComparison> Years,
    string? Reason,
    string? Decision)
{
    /// <summary>
    /// The budget before its first version: the same organisation, name, years and sources, without opening balances,
    /// grants, lines or declared figures, so that the first version's changes are the whole budget, added.
    /// </summary>
    public static Scenario NothingBefore(Scenario first)
    {
        ArgumentNullException.ThrowIfNull(first);
        return first with
        {
            Sources = first.Sources.Select(s => s with { OpeningBalance = Amounts.Money.Zero }).ToArray(),
            Grants = [],
            Lines = [],
            Declared = DeclaredFigures.None,
            Reason = null,
            Decision = null,
        };
    }

    /// <summary>
    /// The amendment from <paramref name="before"/> to <paramref name="after"/>, each reconciled under the same options
    /// (<paramref name="beforeReconciliation"/>, <paramref name="afterReconciliation"/>).
    /// </summary>
    public static BudgetAmendment Between(Scenario before, BudgetReconciliation beforeReconciliation, Scenario after, BudgetReconciliation afterReconciliation)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new BudgetAmendment(
            LineChanges.Between(before, after),
            GrantChanges.Between(before, after),
            ScenarioComparer.Compare(beforeReconciliation, afterReconciliation).Years,
            after.Reason,
            after.Decision);
    }
}
