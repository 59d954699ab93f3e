using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>One funding source in one year: opening + income = costs + lapsed + closing, to the cent.</summary>
/// <param name="Source">The source code.</param>
/// <param name="OpeningBalance">What the previous year carried over (below zero when a deficit carries).</param>
/// <param name="Income">The income recognised in the year.</param>
/// <param name="Costs">The costs charged to the source: what it pays plus any shortfall it is accountable for.</param>
/// <param name="Lapsed">Money that lapsed at the end of the year (a grant's period ended with money unspent).</param>
/// <param name="ClosingBalance">The result carried to the next year.</param>
/// <param name="Shortfall">The part of <paramref name="Costs"/> the source could not pay this year.</param>
/// <param name="ConditionalUse">The part of <paramref name="Costs"/> paid from conditional grants.</param>
public sealed record SourceYear(
    string Source,
    Money OpeningBalance,
    Money Income,
    Money Costs,
    Money Lapsed,
    Money ClosingBalance,
    Money Shortfall,
    Money ConditionalUse);
