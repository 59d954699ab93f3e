namespace BudgetEngine.Core.Reconciliation;

/// <summary>In which year a grant counts as income.</summary>
public enum IncomeRecognition
{
    /// <summary>Fully in the year of its award (what seed 001 does). Wire name <c>award-year</c>.</summary>
    AwardYear,
    /// <summary>Spread over the months of its period: a project year Sept 2019 - Aug 2020 gives 4/12 to 2019 and 8/12 to 2020, to the cent. Wire name <c>pro-rata</c>.</summary>
    ProRata,
}
