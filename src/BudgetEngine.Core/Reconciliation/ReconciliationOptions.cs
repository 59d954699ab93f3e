namespace BudgetEngine.Core.Reconciliation;

/// <summary>Choices a reconciliation is made under.</summary>
public sealed record ReconciliationOptions
{
    /// <summary>Award-year recognition, conditional money counted: how the seed budgets are drawn up.</summary>
    public static ReconciliationOptions Default { get; } = new();

    /// <summary>When grants count as income.</summary>
    public IncomeRecognition Recognition { get; init; } = IncomeRecognition.AwardYear;

    /// <summary>
    /// Whether conditional grants ("onder voorbehoud") count as income (every use is then flagged).
    /// False gives the "not awarded" what-if.
    /// </summary>
    public bool IncludeConditional { get; init; } = true;

    /// <summary>Which figures are reconciled: the budget (begroting), or the realised figures where given (realisatie).</summary>
    public ReconciliationBasis Basis { get; init; } = ReconciliationBasis.Budget;
}
