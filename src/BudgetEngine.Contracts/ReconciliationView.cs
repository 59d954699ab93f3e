namespace BudgetEngine.Contracts;

/// <summary>How much of a reconciliation a response carries.</summary>
public enum ReconciliationView
{
    /// <summary>Everything: years, findings, each line's allocation and the options.</summary>
    Full,

    /// <summary>Without the allocations (<c>?allocations=false</c>): years, per-source balances, findings and options; about a tenth of the size.</summary>
    Summary,
}
