using BudgetEngine.Core.Validation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// The national distribution of the DU VO for one year, as users supply it: nothing national is built in.
/// See <see cref="DuVoDistribution"/> for the calculation.
/// </summary>
/// <param name="Year">The payment year.</param>
/// <param name="MacroBudget">The macro budget distributed over the centrumgemeenten (above zero).</param>
/// <param name="PhaseIn">
/// The fraction (0..1) of the move from the historical to the objective distribution that applies in
/// <paramref name="Year"/>: 0 pays by the historical amounts, 1 by the objective key. For a multi-year
/// path, take the year's fraction from a <see cref="PhaseInPath"/>.
/// </param>
/// <param name="Centrumgemeenten">One entry per centrumgemeente (unique CBS codes, at least one).</param>
public sealed record DistributionInput(
    int Year,
    Money MacroBudget,
    decimal PhaseIn,
    IReadOnlyList<DistributionEntry> Centrumgemeenten)
{
    /// <summary>The transition budget that funds top-ups under the <see cref="LossCap"/>; none when null.</summary>
    public TransitionBudget? TransitionBudget { get; init; }

    /// <summary>The cap on each centrumgemeente's yearly loss against its historical amount; no cap when null.</summary>
    public LossCap? LossCap { get; init; }

    /// <summary>
    /// The parts of the year's DU VO, each announced in its own circular, with its own macro budget and key or fixed amounts (see
    /// <see cref="ComponentDistribution"/>). Empty (the default): the distribution is the one macro budget above. With components,
    /// <see cref="Centrumgemeenten"/> only names the centrumgemeenten (historical amounts and key weights zero), the macro budget is
    /// zero and the transition budget and loss cap are given per component; <see cref="PhaseIn"/> applies to every keyed component
    /// that gives none of its own.
    /// </summary>
    public IReadOnlyList<DistributionComponent> Components { get; init; } = [];
}

/// <summary>One centrumgemeente in the national distribution.</summary>
/// <param name="Code">CBS code, "GM" + four digits (e.g. "GM0344"); text so that input can be validated with a path.</param>
/// <param name="Name">The centrumgemeente's name.</param>
/// <param name="Historical">Its amount under the historical distribution (zero or more).</param>
/// <param name="KeyWeight">Its weight under the objective key (zero or more; relative, need not sum to anything).</param>
public sealed record DistributionEntry(string Code, string Name, Money Historical, decimal KeyWeight);

/// <summary>A named budget added to the macro budget to soften the transition ("beheerste invoering", the "knelpuntenpot").</summary>
/// <param name="Name">Its name, used as the source of findings (e.g. "Transitiebudget VWS").</param>
/// <param name="Amount">Its amount (zero or more).</param>
public sealed record TransitionBudget(string Name, Money Amount)
{
    /// <summary>What happens to the part not needed for top-ups: split by the objective key (the default) or left unpaid.</summary>
    public TransitionRemainder Remainder { get; init; } = TransitionRemainder.ByKey;
}

/// <summary>What happens to the part of a transition budget that the top-ups under the loss cap do not need.</summary>
public enum TransitionRemainder
{
    /// <summary>It is split over every centrumgemeente by the objective key (the budget made structural for all).</summary>
    ByKey,

    /// <summary>It is not paid out: it stays with the Rijk (reported as the distribution's unpaid transition budget).</summary>
    Unpaid,
}

/// <summary>
/// The largest yearly loss a centrumgemeente may suffer against its historical amount. Give exactly one of
/// <see cref="MaxFraction"/>, <see cref="MaxFractionOfCut"/> and <see cref="MaxAmount"/>.
/// </summary>
public sealed record LossCap
{
    /// <summary>The loss as a fraction (0..1) of the historical amount; the allowed loss is rounded down to the cent.</summary>
    public decimal? MaxFraction { get; init; }

    /// <summary>
    /// The loss as a fraction (0..1) of the cut, the historical amount less the objective amount, as the 2015-2017
    /// phase-in had it (nothing lost in 2015, a third of the cut in 2016, all of it in 2017); the allowed loss is
    /// rounded to the nearest cent (half away from zero).
    /// </summary>
    public decimal? MaxFractionOfCut { get; init; }

    /// <summary>The loss as a fixed amount (zero or more), the same for every centrumgemeente.</summary>
    public Money? MaxAmount { get; init; }

    /// <summary>A cap of a fraction of the historical amount.</summary>
    public static LossCap Fraction(decimal maxFraction) => new() { MaxFraction = maxFraction };

    /// <summary>A cap of a fraction of the cut (historical less objective).</summary>
    public static LossCap FractionOfCut(decimal maxFractionOfCut) => new() { MaxFractionOfCut = maxFractionOfCut };

    /// <summary>A cap of a fixed amount.</summary>
    public static LossCap Amount(Money maxAmount) => new() { MaxAmount = maxAmount };

    /// <summary>How many of the three ways to state the cap are given (exactly one is valid).</summary>
    internal int Given => (MaxFraction is null ? 0 : 1) + (MaxFractionOfCut is null ? 0 : 1) + (MaxAmount is null ? 0 : 1);

    /// <summary>
    /// The lowest payment allowed for a centrumgemeente with <paramref name="historical"/> and <paramref name="objective"/>
    /// amounts: historical less the allowed loss, never below zero.
    /// </summary>
    public Money FloorFor(Money historical, Money objective)
    {
        var allowedLoss = MaxFraction is { } fraction ? historical.Multiply(fraction, MoneyRounding.TowardZero)
            : MaxFractionOfCut is { } ofCut ? Money.Max(Money.Zero, historical - objective).Multiply(ofCut, MoneyRounding.HalfAwayFromZero)
            : MaxAmount ?? Money.Zero;
        return Money.Max(Money.Zero, historical - allowedLoss);
    }
}

/// <summary>A phase-in path: the fraction of the move to the objective key that applies per year.</summary>
/// <param name="Steps">The fraction per year (unique years, any order).</param>
public sealed record PhaseInPath(IReadOnlyList<PhaseInStep> Steps)
{
    /// <summary>Checks the path (paths relative to the path itself, e.g. "/steps/1/fraction"); empty when valid.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        var steps = FieldPath.Of("steps");
        if (Steps is null)
        {
            errors.Add(steps, "DuVo.PhaseIn.StepsMissing");
            return errors.ToList();
        }
        var years = new HashSet<int>();
        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            if (step is null)
            {
                errors.Add(steps.Then(i), "DuVo.PhaseIn.StepMissing");
                continue;
            }
            if (!years.Add(step.Year))
            {
                errors.Add(steps.Then(i, "year"), "DuVo.PhaseIn.YearTwice", MessageArgument.Number(step.Year));
            }
            if (step.Fraction is < 0m or > 1m)
            {
                errors.Add(steps.Then(i, "fraction"), "DuVo.PhaseIn.FractionRange");
            }
        }
        return errors.ToList();
    }

    /// <summary>
    /// The fraction for <paramref name="year"/>: the step of that year, else the last step before it
    /// (a path stays where it ended), else 0 (before the path starts, the historical distribution applies).
    /// </summary>
    /// <exception cref="DuVoValidationException">The path does not pass <see cref="Validate"/>.</exception>
    public decimal FractionFor(int year)
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new DuVoValidationException(problems);
        }
        var step = Steps.Where(s => s.Year <= year).OrderBy(s => s.Year).LastOrDefault();
        return step?.Fraction ?? 0m;
    }
}

/// <summary>One step of a <see cref="PhaseInPath"/>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Fraction">The fraction (0..1) of the move to the objective key in that year.</param>
public sealed record PhaseInStep(int Year, decimal Fraction);
