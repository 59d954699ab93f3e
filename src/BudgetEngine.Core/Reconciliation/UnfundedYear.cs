using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// "Ongedekt" (unfunded): the part of a year's budget that belongs to no funding source, so that the sources plus
/// this equal the budget for every figure. Opening + income = costs + deficits from sources + closing.
/// </summary>
/// <param name="OpeningBalance">The previous year's closing balance of unfunded (what was unfunded before, below zero).</param>
/// <param name="Income">Income of no known source: grants that name a source the scenario does not have.</param>
/// <param name="Costs">Costs no source may pay: lines whose coverage names no known, eligible source.</param>
/// <param name="DeficitsFromSources">The deficits that sources whose money does not carry over handed on at the end of the year.</param>
/// <param name="ClosingBalance">What is unfunded at the end of the year, carried to the next (zero or below, unless income of an unknown source is counted).</param>
public sealed record UnfundedYear(
    Money OpeningBalance,
    Money Income,
    Money Costs,
    Money DeficitsFromSources,
    Money ClosingBalance)
{
    /// <summary>A year in which nothing is unfunded.</summary>
    public static UnfundedYear None { get; } = new(Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero);
}
