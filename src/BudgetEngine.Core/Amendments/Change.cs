namespace BudgetEngine.Core.Amendments;

/// <summary>What happened to a line's amount in a year, or to a grant, from one version of a budget to the next.</summary>
public enum Change
{
    /// <summary>It is new: the earlier version did not have it.</summary>
    Added,
    /// <summary>It is gone: the later version does not have it.</summary>
    Removed,
    /// <summary>Both have it, with another amount (or, for a grant, another status or award year).</summary>
    Changed,
}
