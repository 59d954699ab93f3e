using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Actuals;

/// <summary>A year's income, costs and closing balance as one view reconciles them (budgeted, actual, or their difference).</summary>
/// <param name="Income">The income recognised in the year.</param>
/// <param name="Costs">The costs of the year.</param>
/// <param name="ClosingBalance">The closing balance carried to the next year.</param>
public readonly record struct RealisatieFigures(Money Income, Money Costs, Money ClosingBalance)
{
    /// <summary>These figures less <paramref name="budgeted"/>: above zero where the realisatie is higher.</summary>
    public RealisatieFigures Minus(RealisatieFigures budgeted) =>
        new(Income - budgeted.Income, Costs - budgeted.Costs, ClosingBalance - budgeted.ClosingBalance);
}

/// <summary>One source's budgeted and actual figures in a year, and the difference (actual minus budgeted, "verschil").</summary>
/// <param name="Source">The source code.</param>
/// <param name="Budgeted">The figures of the budget (begroting).</param>
/// <param name="Actual">The figures of the realisatie: actual costs and received income where given, budgeted elsewhere.</param>
public sealed record SourceRealisatie(string Source, RealisatieFigures Budgeted, RealisatieFigures Actual)
{
    /// <summary>Actual minus budgeted.</summary>
    public RealisatieFigures Difference => Actual.Minus(Budgeted);
}

/// <summary>
/// A year of the budget set beside its realisatie: for the whole budget and per source, the budgeted and the actual income,
/// costs and closing balance, and their difference (actual minus budgeted).
/// </summary>
/// <param name="Budgeted">The budget's figures.</param>
/// <param name="Actual">The realisatie's figures.</param>
/// <param name="BySource">Each source's figures, by code.</param>
public sealed record YearRealisatie(RealisatieFigures Budgeted, RealisatieFigures Actual, IReadOnlyList<SourceRealisatie> BySource)
{
    /// <summary>Actual minus budgeted.</summary>
    public RealisatieFigures Difference => Actual.Minus(Budgeted);
}
