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
    /// The round the grant was applied for in, when it is not its period: a projectenpool round is a project year, and a
    /// round's award may pay a later period (the round 2020/21 paying costs of 2021). Null: the grant's period.
    /// </summary>
    public GrantPeriod? Round { get; init; }

    /// <summary>The round, defaults applied: what a <see cref="GrantCap"/> of its source counts the grant under.</summary>
    public GrantPeriod EffectiveRound => Round ?? Period;

    /// <summary>What happens to the part left unspent when the period ends; null: as the source's <see cref="FundingSource.CarriesOver"/> says (carry, or lapse).</summary>
    public UnspentRule? Unspent { get; init; }

    /// <summary>The unspent rule, the default taken from <paramref name="source"/>.</summary>
    public UnspentRule UnspentUnder(FundingSource source) => Unspent ?? (source.CarriesOver ? UnspentRule.Carry : UnspentRule.Lapse);

    /// <summary>
    /// What the grant actually paid ("realisatie"), where it is known; null: the grant is accounted for at its
    /// <see cref="Amount"/>.
    /// </summary>
    public Money? Received { get; init; }
    /// <summary>The centrumgemeente's plan that passes the grant on (null: not passed on); the reconciliation compares the two.</summary>
    public TransferOrigin? TransferFrom { get; init; }

    /// <summary>The award year, defaults applied.</summary>
    public int EffectiveAwardYear => AwardYear ?? Period.StartYear;
}
