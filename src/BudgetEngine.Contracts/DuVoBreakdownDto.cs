using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts;

/// <summary>
/// What a centrumgemeente's DU VO payment of one year is spent on, what other sources pay, the shortfall or surplus, what
/// each regiogemeente co-finances, and the findings. Computed on request from the stored plan (and distribution) versions named
/// in <c>plan</c> and <c>distribution</c>; nothing is stored.
/// </summary>
/// <param name="Centrumgemeente">The centrumgemeente's CBS code.</param>
/// <param name="Name">Its name, as the plan gives it.</param>
/// <param name="Year">The payment year.</param>
/// <param name="Payment">The DU VO payment.</param>
/// <param name="PaymentSource">Where the payment comes from: plan (entered) or distribution (the stored national distribution of the year).</param>
/// <param name="Categories">Per category, in the plan's order.</param>
/// <param name="Unspent">
/// The surplus as a share of the payment, in percent with two decimals (0.00 when nothing is left); with the categories'
/// shares it adds up to exactly 100.00.
/// </param>
/// <param name="OtherSourceParts">Parts of categories paid from other sources (youth funds, DU MO, own funds); they do not count against the DU VO.</param>
/// <param name="DuVoCosts">The costs paid from the DU VO: the categories' duVoAmount together.</param>
/// <param name="Shortfall">How much the DU VO costs exceed the payment (0.00 when they do not); the plan's reserve pays what it can (reserve.drawn), the regiogemeenten co-finance the rest.</param>
/// <param name="Surplus">How much of the payment is left unspent (0.00 when none).</param>
/// <param name="Cofinancing">The shortfall less what the reserve pays, split over the regiogemeenten by their key, by CBS code; adds up to it exactly (empty when nothing is left to co-finance).</param>
/// <param name="Findings">What a finance officer must see, most severe first: OVER_ALLOCATED, INELIGIBLE_COVERAGE, DUVO_SURPLUS.</param>
/// <param name="Plan">The plan version the breakdown was computed from.</param>
/// <param name="Distribution">The distribution version the payment was taken from; null when the plan enters the payment.</param>
public sealed record DuVoBreakdownDto(
    string Centrumgemeente,
    string? Name,
    int Year,
    decimal Payment,
    DuVoPaymentSourceDto PaymentSource,
    IReadOnlyList<DuVoCategoryBreakdownDto> Categories,
    DuVoUnspentDto Unspent,
    IReadOnlyList<DuVoOtherSourcePartDto> OtherSourceParts,
    decimal DuVoCosts,
    decimal Shortfall,
    decimal Surplus,
    IReadOnlyList<DuVoCofinancingDto> Cofinancing,
    IReadOnlyList<FindingDto> Findings,
    DuVoVersionReferenceDto Plan,
    DuVoVersionReferenceDto? Distribution)
{
    /// <summary>What each structural co-financing rule of the plan asks of each regiogemeente, in plan order.</summary>
    public IReadOnlyList<DuVoCofinancingRuleResultDto> CofinancingRules { get; init; } = [];

    /// <summary>Each regiogemeente's total under the agreed rules, by CBS code.</summary>
    public IReadOnlyList<DuVoContributionDto> AgreedContributions { get; init; } = [];

    /// <summary>Each regiogemeente's total under the proposed rules, by CBS code: under consultation, not a commitment.</summary>
    public IReadOnlyList<DuVoContributionDto> ProposedContributions { get; init; } = [];

    /// <summary>What the year does to the plan's regional reserve: opening balance, surplus added, shortfall drawn, closing balance; null when the plan names none.</summary>
    public DuVoReserveDto? Reserve { get; init; }

    /// <summary>
    /// The payment's part from each component of the distribution it was taken from, in the distribution's order; they add up to
    /// payment. Left out when the plan enters the payment or the distribution has no components.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DuVoComponentShareDto>? PaymentComponents { get; init; }

    /// <summary>The payment per circular, in the order the circulars first appear; left out with paymentComponents.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DuVoCircularPaymentDto>? PaymentByCircular { get; init; }
}

/// <summary>One category of a breakdown.</summary>
/// <param name="Name">The category's name.</param>
/// <param name="Amount">Its whole cost, all sources together, as the plan gives it.</param>
/// <param name="Share">
/// The share of its DU VO-paid amount in the DU VO budget, in percent with two decimals. The DU VO budget is the payment,
/// plus the regiogemeenten's co-financing when the costs exceed it. The categories' shares and <c>unspent.share</c> add up to
/// exactly 100.00 (largest remainder over 10,000 basis points). When the plan spends exactly the payment this is the share of the payment.
/// </param>
/// <param name="DuVoAmount">The part paid from the DU VO: the amount less the parts paid from other sources.</param>
/// <param name="OtherSourceAmount">The part paid from other sources.</param>
public sealed record DuVoCategoryBreakdownDto(string Name, decimal Amount, decimal Share, decimal DuVoAmount, decimal OtherSourceAmount);

/// <summary>The part of the payment the plan leaves unspent.</summary>
/// <param name="Amount">The surplus in euros (0.00 when none).</param>
/// <param name="Share">Its share of the payment in percent with two decimals; with the categories' shares exactly 100.00.</param>
public sealed record DuVoUnspentDto(decimal Amount, decimal Share);

/// <summary>A part of a category paid from another source than the DU VO.</summary>
/// <param name="Category">The category's name.</param>
/// <param name="Name">The part's name.</param>
/// <param name="Source">The source that pays it, as the plan gives it.</param>
/// <param name="Amount">Its amount.</param>
public sealed record DuVoOtherSourcePartDto(string Category, string Name, string Source, decimal Amount);

/// <summary>One regiogemeente's part of the shortfall: within a cent of its exact quota; all parts add up to the shortfall.</summary>
/// <param name="Code">Its CBS code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Basis">inhabitants or fixed-share.</param>
/// <param name="Inhabitants">Its inhabitants, when keyed by inhabitants.</param>
/// <param name="FixedShare">Its fixed share in percent, when keyed by fixed share.</param>
/// <param name="Amount">What it co-finances.</param>
public sealed record DuVoCofinancingDto(string Code, string Name, DuVoCofinancingBasisDto Basis, long? Inhabitants, decimal? FixedShare, decimal Amount);

/// <summary>The stored version a computation used.</summary>
/// <param name="Version">The version number.</param>
/// <param name="ETag">Its strong ETag.</param>
public sealed record DuVoVersionReferenceDto(int Version, [property: JsonPropertyName("etag")] string ETag);

/// <summary>A centrumgemeente's breakdown for every year it has a plan: for trends.</summary>
/// <param name="Centrumgemeente">The CBS code.</param>
/// <param name="Name">Its name, as its latest plan gives it.</param>
/// <param name="Years">The breakdown per year, oldest first.</param>
/// <param name="Unavailable">Years with a plan whose breakdown cannot be computed yet, with what is missing.</param>
public sealed record DuVoTrendDto(string Centrumgemeente, string? Name, IReadOnlyList<DuVoBreakdownDto> Years, IReadOnlyList<DuVoUnavailableYearDto> Unavailable);

/// <summary>A year whose breakdown cannot be computed.</summary>
/// <param name="Year">The year.</param>
/// <param name="Detail">What is missing and how to supply it.</param>
public sealed record DuVoUnavailableYearDto(int Year, string Detail);

/// <summary>A centrumgemeente known to the API: it has a plan or an entry in a national distribution.</summary>
/// <param name="Code">Its CBS code.</param>
/// <param name="Name">Its name (from its latest plan, else its latest distribution entry).</param>
/// <param name="PlanYears">The years it has a plan for.</param>
/// <param name="DistributionYears">The years of the national distributions that include it.</param>
/// <param name="Regiogemeenten">Its regiogemeenten as its latest plan lists them (empty without a plan).</param>
public sealed record DuVoCentrumgemeenteDto(
    string Code,
    string? Name,
    IReadOnlyList<int> PlanYears,
    IReadOnlyList<int> DistributionYears,
    IReadOnlyList<DuVoRegiogemeenteDto> Regiogemeenten);

/// <summary>Where a breakdown's payment comes from: plan (entered in the plan) or distribution (the stored national distribution).</summary>
public enum DuVoPaymentSourceDto { Plan, Distribution }

/// <summary>How co-financing is keyed: inhabitants or fixed-share.</summary>
public enum DuVoCofinancingBasisDto { Inhabitants, FixedShare }
