namespace BudgetEngine.Core.Findings;

/// <summary>How much a finding matters to a finance officer.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,
    /// <summary>A risk or an inconsistency to look at (conditional funding, a declared figure that differs).</summary>
    Warning,
    /// <summary>The budget does not close: money is over-allocated, a cost is uncovered, a rule is broken.</summary>
    Error,
}
