using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>
/// A centrumgemeente's regional reserve between two of its plans, carried from year to year: the closing balance of the latest
/// plan that names a reserve (null before any), or the year since which it is unknown because that plan's payment is unknown.
/// A plan that names no reserve leaves it as it is; a plan that states its opening balance starts it afresh.
/// </summary>
/// <param name="Balance">The balance carried into the next plan; null when no earlier plan names a reserve.</param>
/// <param name="UnknownSince">The year of the earlier plan whose breakdown could not be computed, when the balance is unknown.</param>
public sealed record ReserveCarry(Money? Balance, int? UnknownSince)
{
    /// <summary>Before the first plan: no reserve yet.</summary>
    public static ReserveCarry Start { get; } = new(null, null);

    /// <summary>The reserve after a computed plan of the year.</summary>
    public ReserveCarry After(SpendBreakdown breakdown) =>
        breakdown.Reserve is { } reserve ? new ReserveCarry(reserve.ClosingBalance, null) : this;

    /// <summary>The reserve after a plan whose breakdown could not be computed: unknown when that plan names a reserve.</summary>
    public ReserveCarry Unknown(SpendPlan plan, int year) =>
        plan.Reserve is null ? this : new ReserveCarry(null, year);
}
