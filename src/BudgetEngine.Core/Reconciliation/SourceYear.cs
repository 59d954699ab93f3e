using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// One funding source in one year: opening + income + deficit to unfunded = costs + lapsed + repaid + closing, to the cent
/// (docs/accounting-model.md).
/// </summary>
/// <param name="Source">The source code.</param>
/// <param name="OpeningBalance">What the previous year carried over (below zero when a carried deficit is not yet settled).</param>
/// <param name="Income">The income recognised in the year.</param>
/// <param name="Costs">
/// The costs charged to the source in the year: what it pays of the year's costs (now or, settling a deficit, later)
/// plus what no source pays of the lines it is accountable for.
/// </param>
/// <param name="Lapsed">Money that lapsed at the end of the year (a grant's period ended with money unspent).</param>
/// <param name="ClosingBalance">The result carried to the next year.</param>
/// <param name="Shortfall">The part of <paramref name="Costs"/> the source had no money for by the end of the year (settled in a later year, or never).</param>
/// <param name="ConditionalUse">The part of <paramref name="Costs"/> paid from conditional grants.</param>
public sealed record SourceYear(
    string Source,
    Money OpeningBalance,
    Money Income,
    Money Costs,
    Money Lapsed,
    Money ClosingBalance,
    Money Shortfall,
    Money ConditionalUse)
{
    /// <summary>
    /// The deficit the source hands to <see cref="YearReconciliation.Unfunded"/> at the end of the year: a source whose
    /// money does not carry over cannot carry a deficit either, so its shortfall leaves it and it never closes below zero.
    /// </summary>
    public Money DeficitToUnfunded { get; init; } = Money.Zero;

    /// <summary>What the source paid in the year of costs charged to it in earlier years: its carried deficit, settled.</summary>
    public Money DeficitSettled { get; init; } = Money.Zero;

    /// <summary>Money repaid at the end of the year: what grants that must repay their unspent part left when their period ended. It leaves the source, as lapsed money does.</summary>
    public Money Repaid { get; init; } = Money.Zero;
}
