using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts;

/// <summary>
/// The national DU VO distribution of one year as you supply it (the year is in the route): the macro budget, the
/// phase-in fraction, an optional transition budget and loss cap, and per centrumgemeente its historical amount and key
/// weight. Nothing national is built in. Amounts in euros, at most two decimals.
/// </summary>
public sealed record DuVoDistributionDto
{
    /// <summary>Where the figures come from, e.g. "meicirculaire 2014" (free text, optional).</summary>
    public string? Description { get; init; }

    /// <summary>The macro budget distributed over the centrumgemeenten (above zero).</summary>
    public decimal? MacroBudget { get; init; }

    /// <summary>The fraction (0..1) of the move from the historical to the objective distribution that applies this year: 0 pays by the historical amounts, 1 by the key.</summary>
    public decimal? PhaseIn { get; init; }

    /// <summary>A budget added to soften the transition ("beheerste invoering"); it tops up capped losses, the rest goes by the key. Optional.</summary>
    public DuVoTransitionBudgetDto? TransitionBudget { get; init; }

    /// <summary>The largest yearly loss against the historical amount: exactly one of maxFraction, maxFractionOfCut and maxAmount. Optional.</summary>
    public DuVoLossCapDto? LossCap { get; init; }

    /// <summary>
    /// One entry per centrumgemeente (unique CBS codes, at least one). With components, only code and name: the historical amounts
    /// and key weights are given per component.
    /// </summary>
    public IReadOnlyList<DuVoDistributionEntryDto?>? Centrumgemeenten { get; init; }

    /// <summary>
    /// The parts of the year's DU VO, each with its circular and its own macro budget and key or fixed amounts; a centrumgemeente's
    /// payment is the sum of its shares. With components, leave macroBudget, transitionBudget and lossCap out (they are per
    /// component); phaseIn applies to every keyed component that gives none. Optional: without, the distribution is one macro budget.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DuVoComponentDto?>? Components { get; init; }
}

/// <summary>A transition budget.</summary>
public sealed record DuVoTransitionBudgetDto
{
    /// <summary>Its name, e.g. "Transitiebudget VWS".</summary>
    public string? Name { get; init; }

    /// <summary>Its amount in euros (zero or more).</summary>
    public decimal? Amount { get; init; }

    /// <summary>
    /// What happens to the part the top-ups do not need: "by-key" (the default) splits it over every centrumgemeente by the
    /// key; "unpaid" leaves it with the Rijk (answered as transitionUnpaid), so no one receives more than the larger of its
    /// historical and objective amounts.
    /// </summary>
    public string? Remainder { get; init; }
}

/// <summary>The cap on each centrumgemeente's yearly loss: give exactly one of the three.</summary>
public sealed record DuVoLossCapDto
{
    /// <summary>The loss as a fraction (0..1) of the historical amount; the allowed loss is rounded down to the cent.</summary>
    public decimal? MaxFraction { get; init; }

    /// <summary>The loss as a fraction (0..1) of the cut (historical less objective amount), rounded to the nearest cent: the 2015-2017 rule (0, then a third, then all of the cut).</summary>
    public decimal? MaxFractionOfCut { get; init; }

    /// <summary>The loss as a fixed amount in euros, the same for every centrumgemeente.</summary>
    public decimal? MaxAmount { get; init; }
}

/// <summary>One centrumgemeente in the national distribution.</summary>
public sealed record DuVoDistributionEntryDto
{
    /// <summary>CBS code, "GM" followed by four digits, e.g. "GM0344".</summary>
    public string? Code { get; init; }

    /// <summary>The centrumgemeente's name.</summary>
    public string? Name { get; init; }

    /// <summary>Its amount under the historical distribution, in euros (default 0).</summary>
    public decimal? Historical { get; init; }

    /// <summary>Its weight under the objective key (zero or more; relative, need not add up to anything).</summary>
    public decimal? KeyWeight { get; init; }
}

/// <summary>A stored distribution at one version, with what it pays each centrumgemeente.</summary>
/// <param name="Year">The payment year.</param>
/// <param name="Version">The version number (1 at creation, +1 for every PUT).</param>
/// <param name="ETag">The strong ETag of this version; send it as If-Match to replace the distribution.</param>
/// <param name="CreatedAt">When the year's distribution was first stored.</param>
/// <param name="UpdatedAt">When this version was stored.</param>
/// <param name="Distribution">The input, in canonical form (amounts with two decimals).</param>
/// <param name="Result">The calculated distribution.</param>
public sealed record DuVoDistributionResourceDto(
    int Year,
    int Version,
    [property: JsonPropertyName("etag")] string ETag,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DuVoDistributionDto Distribution,
    DuVoDistributionResultDto Result);

/// <summary>The calculated national distribution: the payments add up to exactly the macro budget plus the transition budget, less what is left unpaid.</summary>
/// <param name="MacroBudget">The macro budget.</param>
/// <param name="TransitionBudgetName">The transition budget's name, when one was given.</param>
/// <param name="TransitionBudget">The transition budget (0 when none).</param>
/// <param name="PhaseIn">The phase-in fraction applied.</param>
/// <param name="TotalPayments">All payments together: macro budget + transition budget - transitionUnpaid.</param>
/// <param name="TotalTopUps">All top-ups under the loss cap.</param>
/// <param name="TransitionRemainder">The part of the transition budget left after the top-ups, distributed by the key.</param>
/// <param name="Centrumgemeenten">Per centrumgemeente, by CBS code.</param>
/// <param name="Findings">What a finance officer must see, e.g. TRANSITION_BUDGET_INSUFFICIENT.</param>
/// <param name="TransitionUnpaid">The part of the transition budget not paid out (with remainder "unpaid"); 0 otherwise.</param>
public sealed record DuVoDistributionResultDto(
    decimal MacroBudget,
    string? TransitionBudgetName,
    decimal TransitionBudget,
    decimal PhaseIn,
    decimal TotalPayments,
    decimal TotalTopUps,
    decimal TransitionRemainder,
    IReadOnlyList<DuVoDistributionShareDto> Centrumgemeenten,
    IReadOnlyList<FindingDto> Findings,
    decimal TransitionUnpaid)
{
    /// <summary>Per component, in input order (empty without components). With components, macroBudget is theirs together, fixed amounts included.</summary>
    public IReadOnlyList<DuVoComponentResultDto> Components { get; init; } = [];

    /// <summary>What the components of each circular pay together, in the order the circulars first appear (empty without components).</summary>
    public IReadOnlyList<DuVoCircularPaymentDto> ByCircular { get; init; } = [];
}

/// <summary>
/// One centrumgemeente's part of the distribution: payment = phasedPayment + topUp + transitionShare. With components, each figure
/// is its components' together (a fixed amount counts as historical, objective and phased payment alike) and keyWeight is 0 (each
/// keyed component has its own key).
/// </summary>
/// <param name="Code">CBS code.</param>
/// <param name="Name">Name.</param>
/// <param name="Historical">Its historical amount (input).</param>
/// <param name="KeyWeight">Its objective key weight (input).</param>
/// <param name="Objective">What it would receive if the macro budget went wholly by the key.</param>
/// <param name="PhasedPayment">Its share of the macro budget on the phase-in path, before any top-up.</param>
/// <param name="TopUpNeeded">What the loss cap requires on top of the phased payment.</param>
/// <param name="TopUp">The top-up paid from the transition budget.</param>
/// <param name="TransitionShare">Its share of the transition budget left after the top-ups.</param>
/// <param name="Payment">Its DU VO payment for the year.</param>
/// <param name="RedistributionEffect">Payment less historical amount: a gain when positive, a loss when negative.</param>
public sealed record DuVoDistributionShareDto(
    string Code,
    string Name,
    decimal Historical,
    decimal KeyWeight,
    decimal Objective,
    decimal PhasedPayment,
    decimal TopUpNeeded,
    decimal TopUp,
    decimal TransitionShare,
    decimal Payment,
    decimal RedistributionEffect)
{
    /// <summary>Its part of the payment from each component it is in, in the distribution's component order; they add up to payment (empty without components).</summary>
    public IReadOnlyList<DuVoComponentShareDto> Components { get; init; } = [];

    /// <summary>Its payment per circular, in the order the circulars first appear (empty without components).</summary>
    public IReadOnlyList<DuVoCircularPaymentDto> ByCircular { get; init; } = [];
}

/// <summary>One immutable version of a DU VO document, without its body.</summary>
/// <param name="Version">The version number.</param>
/// <param name="ETag">The strong ETag of the version.</param>
/// <param name="CreatedAt">When the version was stored.</param>
public sealed record DuVoVersionSummaryDto(int Version, [property: JsonPropertyName("etag")] string ETag, DateTimeOffset CreatedAt);
