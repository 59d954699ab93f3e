using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Amendments;

/// <summary>A grant before and after a budget amendment.</summary>
/// <param name="Grant">The grant as the later version has it (the earlier one's when removed).</param>
/// <param name="Change">Added, removed, or changed (its amount, status or award year).</param>
/// <param name="Before">Its amount before; zero when added.</param>
/// <param name="After">Its amount after; zero when removed.</param>
/// <param name="StatusBefore">Its status before; null when added.</param>
/// <param name="StatusAfter">Its status after; null when removed.</param>
public sealed record GrantChange(Grant Grant, Change Change, Money Before, Money After, GrantStatus? StatusBefore, GrantStatus? StatusAfter)
{
    /// <summary>After minus before.</summary>
    public Money Difference => After - Before;
}
