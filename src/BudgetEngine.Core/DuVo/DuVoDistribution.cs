using BudgetEngine.Core.Validation;
using System.Globalization;
using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Municipalities;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// Distributes a year's DU VO macro budget over the centrumgemeenten, moving from the historical distribution
/// to the objective key along a phase-in path, with an optional loss cap topped up from a transition budget.
/// Pure: the same input gives the same result whatever the order of the centrumgemeenten; every split goes
/// through <see cref="Allocator"/> keyed by CBS code (equal remainders go to the smaller code).
/// </summary>
/// <remarks>
/// With macro budget M, phase-in fraction p, historical amounts H_i (sum ΣH) and key weights k_i:
/// <list type="number">
/// <item><b>Objective</b> O_i: M split by the key weights k_i.</item>
/// <item><b>Phased payment</b> P_i: M split by the weights (1−p)·H_i·M + p·O_i·ΣH, i.e. the exact quota is
/// (1−p)·M·H_i/ΣH + p·O_i. The historical amounts are scaled to M first, because their sum need not equal
/// this year's macro budget; when it does, the quota is simply H_i + p·(O_i − H_i). When ΣH is zero
/// (only allowed with p = 1), P_i = O_i.</item>
/// <item><b>Loss cap</b>: the floor F_i is H_i less the allowed loss, never below zero. The allowed loss is a fraction
/// of H_i rounded down to the cent (<c>maxFraction</c>), a fraction of the cut max(0, H_i − O_i) rounded to the nearest
/// cent (<c>maxFractionOfCut</c>, the 2015-2017 rule), or a fixed amount. The top-up needed is max(0, F_i − P_i).</item>
/// <item><b>Transition budget</b> T: when it covers every needed top-up, each is paid in full; otherwise T is split
/// over the needing centrumgemeenten with the needed top-ups as weights, and a
/// <see cref="DuVoFindingCode.TransitionBudgetInsufficient"/> finding names each uncovered loss.</item>
/// <item><b>Remainder</b>: what is left of T after the top-ups is split by the objective key (<c>by-key</c>, as the
/// ministry made the transition budget structural for all centrumgemeenten), so the payments add up to exactly M + T;
/// or it is not paid out (<c>unpaid</c>: it stays with the Rijk), so the payments add up to M + T less that remainder
/// and no centrumgemeente receives more than the larger of its historical and objective amounts.</item>
/// </list>
/// The weights are computed in decimal; they are exact for any realistic amounts (they only lose precision
/// beyond 28 significant digits, which could at most move a tie-breaking cent).
/// </remarks>
public static class DuVoDistribution
{
    /// <summary>Checks an input; an empty list means <see cref="Calculate"/> will accept it.</summary>
    public static IReadOnlyList<ValidationError> Validate(DistributionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        if (input.Year < 1)
        {
            errors.Add(FieldPath.Of("year"), "DuVo.YearNotPositive");
        }
        if (input.Components is { Count: > 0 })
        {
            ComponentDistribution.Validate(input, errors);
            return errors.ToList();
        }
        if (!input.MacroBudget.IsPositive)
        {
            errors.Add(FieldPath.Of("macroBudget"), "DuVo.Distribution.MacroBudgetNotPositive");
        }
        if (input.PhaseIn is < 0m or > 1m)
        {
            errors.Add(FieldPath.Of("phaseIn"), "DuVo.Distribution.PhaseInRange", MessageArgument.Decimal(input.PhaseIn));
        }
        if (input.TransitionBudget is { } transition)
        {
            if (string.IsNullOrWhiteSpace(transition.Name))
            {
                errors.Add(FieldPath.Of("transitionBudget", "name"), "DuVo.Distribution.TransitionNameMissing");
            }
            if (transition.Amount.IsNegative)
            {
                errors.Add(FieldPath.Of("transitionBudget", "amount"), "DuVo.Distribution.TransitionNegative");
            }
        }
        if (input.LossCap is { } cap)
        {
            if (cap.Given != 1)
            {
                errors.Add(FieldPath.Of("lossCap"), "DuVo.Distribution.LossCapOne");
            }
            if (cap.MaxFraction is < 0m or > 1m)
            {
                errors.Add(FieldPath.Of("lossCap", "maxFraction"), "DuVo.Distribution.MaxFractionRange");
            }
            if (cap.MaxFractionOfCut is < 0m or > 1m)
            {
                errors.Add(FieldPath.Of("lossCap", "maxFractionOfCut"), "DuVo.Distribution.MaxFractionOfCutRange");
            }
            if (cap.MaxAmount is { IsNegative: true })
            {
                errors.Add(FieldPath.Of("lossCap", "maxAmount"), "DuVo.Distribution.MaxAmountNegative");
            }
        }
        ValidateEntries(input, errors);
        return errors.ToList();
    }

    private static void ValidateEntries(DistributionInput input, ValidationErrors errors)
    {
        var all = FieldPath.Of("centrumgemeenten");
        if (input.Centrumgemeenten is null || input.Centrumgemeenten.Count == 0)
        {
            errors.Add(all, "DuVo.Distribution.CentrumgemeentenMissing");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var totalWeight = 0m;
        var totalHistorical = Money.Zero;
        for (var i = 0; i < input.Centrumgemeenten.Count; i++)
        {
            var path = all.Then(i);
            var entry = input.Centrumgemeenten[i];
            if (entry is null)
            {
                errors.Add(path, "DuVo.Distribution.EntryMissing");
                continue;
            }
            if (!CbsCode.IsValid(entry.Code))
            {
                errors.Add(path.Then("code"), "DuVo.CbsCodeInvalid", MessageArgument.Text(entry.Code));
            }
            else if (!seen.Add(entry.Code))
            {
                errors.Add(path.Then("code"), "DuVo.CodeTwice", MessageArgument.Text(entry.Code));
            }
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                errors.Add(path.Then("name"), "DuVo.NameMissing");
            }
            if (entry.Historical.IsNegative)
            {
                errors.Add(path.Then("historical"), "DuVo.Distribution.HistoricalNegative");
            }
            else
            {
                totalHistorical += entry.Historical;
            }
            if (entry.KeyWeight < 0m)
            {
                errors.Add(path.Then("keyWeight"), "DuVo.Distribution.KeyWeightNegative");
            }
            else
            {
                totalWeight += entry.KeyWeight;
            }
        }
        if (totalWeight <= 0m)
        {
            errors.Add(all, "DuVo.Distribution.KeyWeightsZero");
        }
        if (totalHistorical.IsZero && input.PhaseIn < 1m)
        {
            errors.Add(all, "DuVo.Distribution.HistoricalZero");
        }
    }

    /// <summary>
    /// Calculates the distribution; with <paramref name="municipalities"/>, the centrumgemeenten that did not exist in the year are also
    /// flagged (<see cref="MunicipalityCheck"/>).
    /// </summary>
    /// <exception cref="DuVoValidationException">The input does not pass <see cref="Validate"/>.</exception>
    public static DistributionResult Calculate(DistributionInput input, MunicipalityRegistry? municipalities = null)
    {
        var problems = Validate(input);
        if (problems.Count > 0)
        {
            throw new DuVoValidationException(problems);
        }
        if (input.Components.Count > 0)
        {
            return ComponentDistribution.Calculate(input);
        }

        var entries = input.Centrumgemeenten.OrderBy(e => e.Code, StringComparer.Ordinal).ToArray();
        var codes = entries.Select(e => e.Code).ToArray();
        var macro = input.MacroBudget;
        var phase = input.PhaseIn;

        var objective = Allocator.Split(macro, Shares(codes, entries.Select(e => e.KeyWeight)));

        var totalHistorical = Money.Sum(entries.Select(e => e.Historical));
        var phasedWeights = totalHistorical.IsZero
            ? objective.Select(o => o.Euros)
            : entries.Select((e, i) =>
                ((1m - phase) * e.Historical.Euros * macro.Euros) + (phase * objective[i].Euros * totalHistorical.Euros));
        var phased = Allocator.Split(macro, Shares(codes, phasedWeights));

        var needed = new Money[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            needed[i] = input.LossCap is { } cap
                ? Money.Max(Money.Zero, cap.FloorFor(entries[i].Historical, objective[i]) - phased[i])
                : Money.Zero;
        }

        var transition = input.TransitionBudget?.Amount ?? Money.Zero;
        var transitionName = input.TransitionBudget?.Name;
        var totalNeeded = Money.Sum(needed);
        var topUps = totalNeeded <= transition
            ? needed
            : transition.IsPositive
                ? Allocator.Split(transition, Shares(codes, needed.Select(n => n.Euros)))
                : needed.Select(_ => Money.Zero).ToArray();

        var remainder = transition - Money.Sum(topUps);
        var unpaid = input.TransitionBudget?.Remainder == TransitionRemainder.Unpaid ? remainder : Money.Zero;
        var transitionShares = remainder.IsPositive && unpaid.IsZero
            ? Allocator.Split(remainder, Shares(codes, entries.Select(e => e.KeyWeight)))
            : entries.Select(_ => Money.Zero).ToArray();

        var findings = new List<Finding>();
        var result = new DistributionShare[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            result[i] = new DistributionShare(
                CbsCode.Parse(entry.Code),
                entry.Name,
                entry.Historical,
                entry.KeyWeight,
                objective[i],
                phased[i],
                needed[i],
                topUps[i],
                transitionShares[i],
                phased[i] + topUps[i] + transitionShares[i]);

            var uncovered = needed[i] - topUps[i];
            if (uncovered.IsPositive)
            {
                findings.Add(Finding.Of(
                    DuVoFindingCode.TransitionBudgetInsufficient,
                    Severity.Warning,
                    input.Year,
                    transitionName,
                    entry.Code,
                    uncovered,
                    FindingMessage.Of("DuVo.TransitionBudgetInsufficient", MessageArgument.Text(entry.Name), MessageArgument.Text(entry.Code),
                        MessageArgument.Number(input.Year), MessageArgument.Amount(needed[i]), MessageArgument.Amount(transition),
                        MessageArgument.Amount(totalNeeded), MessageArgument.Amount(topUps[i]), MessageArgument.Amount(uncovered))));
            }
        }

        if (municipalities is not null) findings.AddRange(MunicipalityCheck.Of(input, municipalities));
        return new DistributionResult(input.Year, macro, transitionName, transition, phase, result, findings) { TransitionUnpaid = unpaid };
    }

    private static AllocationShare[] Shares(string[] keys, IEnumerable<decimal> weights) =>
        weights.Select((w, i) => new AllocationShare(keys[i], w)).ToArray();
}
