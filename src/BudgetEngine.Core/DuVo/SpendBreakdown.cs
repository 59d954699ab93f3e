using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// What a centrumgemeente's DU VO payment is spent on, what the regiogemeenten co-finance, and what is wrong.
/// Shaped to serialise directly: payment, categories[], otherSourceParts[], shortfall, surplus, cofinancing[], findings[].
/// </summary>
/// <param name="Centrumgemeente">The centrumgemeente's CBS code.</param>
/// <param name="Name">Its name, when given.</param>
/// <param name="Year">The payment year; null when the plan names none.</param>
/// <param name="Payment">The DU VO payment (entered, or from the national distribution).</param>
/// <param name="Categories">Per category, in the order of the plan.</param>
/// <param name="OtherSourceParts">Parts of categories paid from other sources, in the order of the plan; not counted against the DU VO.</param>
/// <param name="DuVoCosts">The costs paid from the DU VO: the sum of the categories' <see cref="CategoryBreakdown.DuVoAmount"/>.</param>
/// <param name="Shortfall">How much the DU VO costs exceed the payment (zero when they do not).</param>
/// <param name="Surplus">How much of the payment is left unspent (zero when none).</param>
/// <param name="Cofinancing">What the reserve does not pay of the shortfall, split over the regiogemeenten, sorted by CBS code (empty when nothing is left to co-finance).</param>
/// <param name="Findings">What a finance officer must see, most severe first.</param>
public sealed record SpendBreakdown(
    CbsCode Centrumgemeente,
    string? Name,
    int? Year,
    Money Payment,
    IReadOnlyList<CategoryBreakdown> Categories,
    IReadOnlyList<OtherSourcePart> OtherSourceParts,
    Money DuVoCosts,
    Money Shortfall,
    Money Surplus,
    IReadOnlyList<Cofinancing> Cofinancing,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>What each structural co-financing rule asks of each regiogemeente, in plan order (empty when the plan has none).</summary>
    public IReadOnlyList<CofinancingRuleResult> CofinancingRules { get; init; } = [];

    /// <summary>Each regiogemeente's total under the agreed rules, by CBS code.</summary>
    public IReadOnlyList<Contribution> AgreedContributions => DuVo.CofinancingRules.Totals(CofinancingRules, CofinancingStatus.Agreed);

    /// <summary>Each regiogemeente's total under the proposed rules (not yet a commitment), by CBS code.</summary>
    public IReadOnlyList<Contribution> ProposedContributions => DuVo.CofinancingRules.Totals(CofinancingRules, CofinancingStatus.Proposed);

    /// <summary>What the year does to the plan's regional reserve; null when the plan names none.</summary>
    public ReserveMovement? Reserve { get; init; }

    /// <summary>
    /// The payment's part from each component of the distribution it was calculated with, in the distribution's order; they add up to
    /// <see cref="Payment"/>. Empty without a distribution, or when it has no components.
    /// </summary>
    public IReadOnlyList<ComponentShare> PaymentComponents { get; init; } = [];

    /// <summary>The payment's parts per circular, in the order the circulars first appear; empty without <see cref="PaymentComponents"/>.</summary>
    public IReadOnlyList<CircularPayment> PaymentByCircular => CircularPayment.Of(PaymentComponents);

    /// <summary>The part of the shortfall the regiogemeenten co-finance: the shortfall less what the reserve pays.</summary>
    public Money Cofinanced => Shortfall - (Reserve?.Drawn ?? Money.Zero);
}

/// <summary>One category of the breakdown.</summary>
/// <param name="Name">The category's name.</param>
/// <param name="Amount">Its whole cost, all sources together (as entered).</param>
/// <param name="DuVoAmount">The part paid from the DU VO: the amount less the other-source parts.</param>
/// <param name="OtherSourceAmount">The part paid from other sources.</param>
/// <param name="Share">
/// Its share of the DU VO-paid costs in percent with two decimals; the shares of all categories add up to exactly
/// 100.00 (largest remainder over 10,000 basis points, weights the DU VO amounts). When the plan spends exactly the
/// payment, this is the category's share of the payment. All zero when nothing is paid from the DU VO.
/// </param>
public sealed record CategoryBreakdown(string Name, Money Amount, Money DuVoAmount, Money OtherSourceAmount, decimal Share);

/// <summary>A part of a category paid from a source other than the DU VO.</summary>
/// <param name="Category">The category's name.</param>
/// <param name="Name">The part's name.</param>
/// <param name="Source">The source that pays it, as entered.</param>
/// <param name="Amount">Its amount.</param>
public sealed record OtherSourcePart(string Category, string Name, string Source, Money Amount);

/// <summary>How a regiogemeente's co-financing was keyed.</summary>
public enum CofinancingBasis
{
    /// <summary>By inhabitants.</summary>
    Inhabitants,
    /// <summary>By a fixed share in percent.</summary>
    FixedShare,
}

/// <summary>One regiogemeente's part of the shortfall.</summary>
/// <param name="Code">Its CBS code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Basis">Whether <paramref name="Weight"/> is inhabitants or a fixed share.</param>
/// <param name="Weight">Its inhabitants or fixed share (percent).</param>
/// <param name="Amount">What it co-finances: within a cent of its exact quota; all add up to the shortfall.</param>
public sealed record Cofinancing(CbsCode Code, string Name, CofinancingBasis Basis, decimal Weight, Money Amount);
