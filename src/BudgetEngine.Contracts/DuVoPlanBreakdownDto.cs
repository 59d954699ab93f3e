namespace BudgetEngine.Contracts;

/// <summary>
/// The breakdown of a plan sent to POST /v1/duvo/breakdowns: the figures of the stored breakdown (DuVoBreakdownDto) of the same plan,
/// without the plan and distribution versions (nothing is stored); the centrumgemeente and year are the request's.
/// </summary>
/// <param name="Centrumgemeente">The CBS code the request gives; null when it gives none.</param>
/// <param name="Name">The name the plan gives.</param>
/// <param name="Year">The payment year the request gives; null when it gives none (the findings then name no year).</param>
/// <param name="Payment">The DU VO payment.</param>
/// <param name="PaymentSource">Where the payment comes from: plan (entered) or distribution (the distribution sent with the plan).</param>
/// <param name="Categories">Per category, in the plan's order.</param>
/// <param name="Unspent">The surplus as a share of the payment; with the categories' shares it adds up to exactly 100.00.</param>
/// <param name="OtherSourceParts">Parts of categories paid from other sources; they do not count against the DU VO.</param>
/// <param name="DuVoCosts">The costs paid from the DU VO.</param>
/// <param name="Shortfall">How much the DU VO costs exceed the payment (0.00 when they do not).</param>
/// <param name="Surplus">How much of the payment is left unspent (0.00 when none).</param>
/// <param name="Cofinancing">The shortfall split over the regiogemeenten by their key, by CBS code (empty without a shortfall).</param>
/// <param name="Findings">What a finance officer must see, most severe first.</param>
public sealed record DuVoPlanBreakdownDto(
    string? Centrumgemeente,
    string? Name,
    int? Year,
    decimal Payment,
    DuVoPaymentSourceDto PaymentSource,
    IReadOnlyList<DuVoCategoryBreakdownDto> Categories,
    DuVoUnspentDto Unspent,
    IReadOnlyList<DuVoOtherSourcePartDto> OtherSourceParts,
    decimal DuVoCosts,
    decimal Shortfall,
    decimal Surplus,
    IReadOnlyList<DuVoCofinancingDto> Cofinancing,
    IReadOnlyList<FindingDto> Findings)
{
    /// <summary>What each structural co-financing rule of the plan asks of each regiogemeente, in plan order.</summary>
    public IReadOnlyList<DuVoCofinancingRuleResultDto> CofinancingRules { get; init; } = [];

    /// <summary>Each regiogemeente's total under the agreed rules, by CBS code.</summary>
    public IReadOnlyList<DuVoContributionDto> AgreedContributions { get; init; } = [];

    /// <summary>Each regiogemeente's total under the proposed rules, by CBS code: under consultation, not a commitment.</summary>
    public IReadOnlyList<DuVoContributionDto> ProposedContributions { get; init; } = [];

    /// <summary>What the year does to the plan's regional reserve: opening balance, surplus added, shortfall drawn, closing balance; null when the plan names none.</summary>
    public DuVoReserveDto? Reserve { get; init; }

    /// <summary>The figures of <paramref name="breakdown"/> under the request's <paramref name="centrumgemeente"/> and <paramref name="year"/>.</summary>
    public static DuVoPlanBreakdownDto Of(DuVoBreakdownDto breakdown, string? centrumgemeente, int? year) => new(
        centrumgemeente, breakdown.Name, year, breakdown.Payment, breakdown.PaymentSource, breakdown.Categories, breakdown.Unspent,
        breakdown.OtherSourceParts, breakdown.DuVoCosts, breakdown.Shortfall, breakdown.Surplus, breakdown.Cofinancing, breakdown.Findings)
    {
        CofinancingRules = breakdown.CofinancingRules,
        AgreedContributions = breakdown.AgreedContributions,
        ProposedContributions = breakdown.ProposedContributions,
        Reserve = breakdown.Reserve,
    };
}
