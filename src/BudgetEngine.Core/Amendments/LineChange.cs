using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Amendments;

/// <summary>A line's cost in one year, before and after a budget amendment.</summary>
/// <param name="Line">The line's name (as the later version writes it, or the earlier one when removed).</param>
/// <param name="Year">The year.</param>
/// <param name="Change">Added (no amount before), removed (none after) or changed.</param>
/// <param name="Before">The amount before; zero when added.</param>
/// <param name="After">The amount after; zero when removed.</param>
public sealed record LineChange(string Line, int Year, Change Change, Money Before, Money After)
{
    /// <summary>After minus before.</summary>
    public Money Difference => After - Before;
}
