using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Scenarios;

/// <summary>A funding source of a scenario: where money comes from and the rules it carries.</summary>
/// <param name="Code">The code that coverage and grants use to name it (e.g. "GHNT"); unique within a scenario, matched case-insensitively.</param>
/// <param name="Kind">What kind of source it is.</param>
public sealed record FundingSource(string Code, FundingKind Kind)
{
    /// <summary>A readable name (e.g. "Geweld hoort nergens thuis").</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Whether unspent money carries over to the next year (the seed's "meenemen naar volgend projectjaar").
    /// When false, what a grant leaves unspent lapses at the end of its period (and is flagged <c>FUNDS_LAPSED</c>).
    /// </summary>
    public bool CarriesOver { get; init; } = true;

    /// <summary>Money the source holds at the start of the first year (a reserve's balance); zero by default.</summary>
    public Money OpeningBalance { get; init; } = Money.Zero;

    /// <summary>
    /// Line tags this source may not pay. When null, the default for its kind applies
    /// (<see cref="EligibilityRules.DefaultExcludedTags"/>: the DU VO excludes <c>minors</c> and <c>dumo-crisis</c>).
    /// </summary>
    public IReadOnlyList<string>? ExcludedTags { get; init; }

    /// <summary>The tags this source may not pay, defaults applied.</summary>
    public IReadOnlyList<string> EffectiveExcludedTags => ExcludedTags ?? EligibilityRules.DefaultExcludedTags(Kind);
}
