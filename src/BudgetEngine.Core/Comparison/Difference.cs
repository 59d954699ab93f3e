using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Comparison;

/// <summary>One figure in two reconciliations: the baseline's, the alternative's, and alternative minus baseline.</summary>
/// <param name="Baseline">The figure in the baseline.</param>
/// <param name="Alternative">The figure in the alternative.</param>
public readonly record struct Difference(Money Baseline, Money Alternative)
{
    /// <summary>Alternative minus baseline.</summary>
    public Money Delta => Alternative - Baseline;
}
