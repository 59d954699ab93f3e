namespace BudgetEngine.Core.Reconciliation;

/// <summary>Which figures a reconciliation balances.</summary>
public enum ReconciliationBasis
{
    /// <summary>The budget ("begroting"): each line's amounts and each grant's amount.</summary>
    Budget,

    /// <summary>
    /// The realised figures ("realisatie") where they are given, the budget elsewhere: a line's actual cost in a year
    /// replaces its budgeted cost of that year, a grant's received amount its amount; the closing balances are the realised ones.
    /// </summary>
    Actuals,
}
