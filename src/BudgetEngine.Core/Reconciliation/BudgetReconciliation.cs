using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>The answer to "does it close?": every year, for the whole budget and per source, each line's allocation, and the findings.</summary>
/// <param name="Options">The choices it was made under.</param>
/// <param name="Years">Each budget year in order.</param>
/// <param name="Allocations">Each line's allocation to sources per year, by line name and year (from a reconciliation, each worked out when it is read).</param>
/// <param name="Findings">What a finance officer must see, ordered by year, severity, code, source and line.</param>
public sealed record BudgetReconciliation(
    ReconciliationOptions Options,
    IReadOnlyList<YearReconciliation> Years,
    IReadOnlyList<LineAllocation> Allocations,
    IReadOnlyList<Finding> Findings);
