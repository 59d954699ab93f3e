using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Scenarios;

/// <summary>Money a funding source gives (or may give) for a period.</summary>
/// <param name="Source">The code of the funding source.</param>
/// <param name="Amount">The amount granted.</param>
/// <param name="Period">The period the grant is for.</param>
/// <param name="Status">Awarded, conditional ("onder voorbehoud") or rejected.</param>
public sealed record Grant(string Source, Money Amount, GrantPeriod Period, GrantStatus Status)
{
    /// <summary>An identifier the caller chooses (optional); used for display and as a stable key.</summary>
    public string? Id { get; init; }

    /// <summary>A description (e.g. "Bijdrage regionale projectleiding 2018, decembercirculaire").</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The project the grant is earmarked for: it then pays only lines whose <see cref="CostLine.ProjectKey"/> matches
    /// (case-insensitive). Null: the grant pays any line its source covers.
    /// </summary>
    public string? Project { get; init; }

    /// <summary>The year the grant was awarded (or is expected to be); defaults to the year the period starts. Under award-year recognition the grant counts fully in this year.</summary>
    public int? AwardYear { get; init; }

    /// <summary>
    /// The amount is p.m. ("pro memorie": the income is expected, its amount not yet known): the grant's amount is zero
    /// until it is entered, and it gives a <c>PM_AMOUNT</c> finding.
    /// </summary>
    public bool Pm { get; init; }

    /// <summary>
    /// What the grant actually paid ("realisatie"), where it is known; null: the grant is accounted for at its
    /// <see cref="Amount"/>.
    /// </summary>
    public Money? Received { get; init; }

    /// <summary>The award year, defaults applied.</summary>
    public int EffectiveAwardYear => AwardYear ?? Period.StartYear;
}
