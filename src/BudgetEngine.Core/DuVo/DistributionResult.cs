using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.DuVo;

/// <summary>The national DU VO distribution of one year, per centrumgemeente (sorted by CBS code).</summary>
/// <param name="Year">The payment year.</param>
/// <param name="MacroBudget">The macro budget.</param>
/// <param name="TransitionBudgetName">The transition budget's name, when one was given.</param>
/// <param name="TransitionBudget">The transition budget (zero when none).</param>
/// <param name="PhaseIn">The phase-in fraction applied.</param>
/// <param name="Centrumgemeenten">The result per centrumgemeente, sorted by CBS code.</param>
/// <param name="Findings">What a finance officer must see (e.g. a transition budget too small for the loss cap).</param>
public sealed record DistributionResult(
    int Year,
    Money MacroBudget,
    string? TransitionBudgetName,
    Money TransitionBudget,
    decimal PhaseIn,
    IReadOnlyList<DistributionShare> Centrumgemeenten,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>The part of the transition budget not paid out (only with <see cref="TransitionRemainder.Unpaid"/>); zero otherwise.</summary>
    public Money TransitionUnpaid { get; init; } = Money.Zero;

    /// <summary>All payments: always exactly <see cref="MacroBudget"/> plus <see cref="TransitionBudget"/> less <see cref="TransitionUnpaid"/>.</summary>
    public Money TotalPayments => Money.Sum(Centrumgemeenten.Select(c => c.Payment));

    /// <summary>All top-ups under the loss cap, paid from the transition budget.</summary>
    public Money TotalTopUps => Money.Sum(Centrumgemeenten.Select(c => c.TopUp));

    /// <summary>The part of the transition budget not needed for top-ups and distributed by the objective key.</summary>
    public Money TransitionRemainder => Money.Sum(Centrumgemeenten.Select(c => c.TransitionShare));

    /// <summary>The components, in input order; empty for a distribution without components (one macro budget).</summary>
    public IReadOnlyList<ComponentResult> Components { get; init; } = [];

    /// <summary>What the components of each circular pay together, in the order the circulars first appear; empty without components.</summary>
    public IReadOnlyList<CircularPayment> ByCircular =>
        CircularPayment.Of(Components.Select(c => new ComponentShare(c.Name, c.Circular, c.TotalPayments)));

    /// <summary>The share of the centrumgemeente with <paramref name="code"/>, or null when it is not in the distribution.</summary>
    public DistributionShare? Find(CbsCode code) => Centrumgemeenten.FirstOrDefault(c => c.Code == code);
}

/// <summary>One centrumgemeente's part of the national distribution.</summary>
/// <param name="Code">CBS code.</param>
/// <param name="Name">Name.</param>
/// <param name="Historical">Its historical amount (input).</param>
/// <param name="KeyWeight">Its objective key weight (input).</param>
/// <param name="Objective">Its amount if the macro budget were distributed wholly by the objective key.</param>
/// <param name="PhasedPayment">Its share of the macro budget on the phase-in path, before any top-up.</param>
/// <param name="TopUpNeeded">What the loss cap requires on top of <paramref name="PhasedPayment"/> (zero when no cap or no excess loss).</param>
/// <param name="TopUp">The top-up actually paid from the transition budget (less than needed only when the budget runs short).</param>
/// <param name="TransitionShare">Its share of the transition budget left after the top-ups, by the objective key.</param>
/// <param name="Payment">What it is paid: phased payment + top-up + transition share.</param>
public sealed record DistributionShare(
    CbsCode Code,
    string Name,
    Money Historical,
    decimal KeyWeight,
    Money Objective,
    Money PhasedPayment,
    Money TopUpNeeded,
    Money TopUp,
    Money TransitionShare,
    Money Payment)
{
    /// <summary>The redistribution effect: the payment less the historical amount (a gain when positive, a loss when negative).</summary>
    public Money RedistributionEffect => Payment - Historical;

    /// <summary>Its share of each component it is in, in the distribution's component order; empty without components. They add up to <see cref="Payment"/>.</summary>
    public IReadOnlyList<ComponentShare> Components { get; init; } = [];

    /// <summary>Its shares of the components grouped by circular, in the order the circulars first appear; empty without components.</summary>
    public IReadOnlyList<CircularPayment> ByCircular => CircularPayment.Of(Components);
}
