namespace BudgetEngine.Core.Comparison;

/// <summary>The balance figures of one budget (or one source) in one year, compared.</summary>
/// <param name="OpeningBalance">Opening balance in both.</param>
/// <param name="Income">Income in both.</param>
/// <param name="Costs">Costs in both.</param>
/// <param name="ClosingBalance">Closing balance in both.</param>
public sealed record BalanceComparison(Difference OpeningBalance, Difference Income, Difference Costs, Difference ClosingBalance);

/// <summary>One source in one year, compared; a source present in only one reconciliation counts as zero in the other.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Balance">Its figures in both.</param>
public sealed record SourceComparison(string Source, BalanceComparison Balance);

/// <summary>One year, compared: the whole budget, each source and the unfunded part ("Ongedekt").</summary>
/// <param name="Year">The year; a year present in only one reconciliation counts as zero in the other.</param>
/// <param name="Budget">The whole budget's figures in both.</param>
/// <param name="BySource">Each source's figures in both, by code.</param>
public sealed record YearComparison(int Year, BalanceComparison Budget, IReadOnlyList<SourceComparison> BySource)
{
    /// <summary>The unfunded part's figures in both (its costs: those no source may pay and the deficits handed to it).</summary>
    public BalanceComparison? Unfunded { get; init; }
}
