namespace BudgetEngine.Core.Scenarios;

/// <summary>Where a grant stands.</summary>
public enum GrantStatus
{
    /// <summary>Awarded ("toegekend").</summary>
    Awarded,
    /// <summary>Applied for, not yet awarded ("onder voorbehoud"): counts as income unless the reconciliation leaves it out, and every use is flagged.</summary>
    Conditional,
    /// <summary>Rejected: never counts.</summary>
    Rejected,
}
