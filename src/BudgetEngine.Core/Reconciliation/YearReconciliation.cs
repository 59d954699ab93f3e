using BudgetEngine.Core.Actuals;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.LineTotals;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// The whole budget in one year, each source's part of it, and the part that belongs to no source ("Ongedekt"):
/// for every figure, the sources plus <see cref="Unfunded"/> equal the budget's.
/// </summary>
/// <param name="Year">The budget year.</param>
/// <param name="OpeningBalance">The previous year's closing balance (the seed's "Resultaat" of the year before).</param>
/// <param name="Income">All income recognised in the year.</param>
/// <param name="Costs">The sum of every cost line in the year.</param>
/// <param name="Lapsed">Money that lapsed in the year.</param>
/// <param name="ClosingBalance">Opening + income - costs - lapsed - repaid: the seed's "Resultaat".</param>
/// <param name="BySource">Each funding source's balance in the year, by code.</param>
public sealed record YearReconciliation(
    int Year,
    Money OpeningBalance,
    Money Income,
    Money Costs,
    Money Lapsed,
    Money ClosingBalance,
    IReadOnlyList<SourceYear> BySource)
{
    /// <summary>Money repaid in the year: the unspent part of grants that must repay it, when their period ended.</summary>
    public Money Repaid { get; init; } = Money.Zero;

    /// <summary>The part of the year's figures that belongs to no source ("Ongedekt").</summary>
    public UnfundedYear Unfunded { get; init; } = UnfundedYear.None;

    /// <summary>The year's costs per action line ("actielijn"), lines without one under <see cref="LineGroups.Unassigned"/>: they add up to <see cref="Costs"/>.</summary>
    public IReadOnlyList<LineGroupCosts> ByActielijn { get; init; } = [];

    /// <summary>The year's costs per Iv3 taakveld, lines without one under <see cref="LineGroups.Unassigned"/>: they add up to <see cref="Costs"/>.</summary>
    public IReadOnlyList<LineGroupCosts> ByTaakveld { get; init; } = [];

    /// <summary>
    /// The year's budgeted and actual figures side by side, for the budget and per source (begroting, realisatie, verschil);
    /// null when the scenario gives no realised figures.
    /// </summary>
    public YearRealisatie? Realisatie { get; init; }
}
