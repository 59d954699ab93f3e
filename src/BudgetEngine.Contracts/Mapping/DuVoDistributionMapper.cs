using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>
/// Maps the wire distribution to the core's <see cref="DistributionInput"/> (the year comes from the route) and the core's
/// <see cref="DistributionResult"/> to the wire. Reading never throws: every broken rule is a <see cref="ValidationError"/>.
/// </summary>
public static class DuVoDistributionMapper
{
    /// <summary>The core input <paramref name="dto"/> describes for <paramref name="year"/>, and every rule it breaks (null input when any).</summary>
    public static (DistributionInput? Input, IReadOnlyList<ValidationError> Errors) Read(DuVoDistributionDto? dto, int year)
    {
        if (dto is null) return (null, [new ValidationError(FieldPath.Root, WireTexts.Of("DuVo.Distribution.NotAnObject"))]);
        var reader = new DuVoFieldReader();
        if (dto.PhaseIn is null) reader.Error(WireTexts.Of("DuVo.Distribution.PhaseInMissing"), "phaseIn");
        if (dto.Centrumgemeenten is null) reader.Error(WireTexts.Of("DuVo.Distribution.CentrumgemeentenMissing"), "centrumgemeenten");
        var entries = reader.List(dto.Centrumgemeenten, (e, at) => new DistributionEntry(
            e.Code ?? "",
            e.Name ?? "",
            e.Historical is null ? Money.Zero : reader.Amount(e.Historical, null, [.. at, "historical"]),
            KeyWeight(reader, e.KeyWeight, at)), "centrumgemeenten");
        var input = new DistributionInput(
            year,
            reader.Amount(dto.MacroBudget, WireTexts.Of("DuVo.Distribution.MacroBudgetMissing"), "macroBudget"),
            dto.PhaseIn ?? 0m,
            entries)
        {
            TransitionBudget = dto.TransitionBudget is { } transition
                ? new TransitionBudget(transition.Name ?? "", reader.Amount(transition.Amount, WireTexts.Of("DuVo.Distribution.TransitionAmountMissing"), "transitionBudget", "amount"))
                {
                    Remainder = Remainder(reader, transition.Remainder),
                }
                : null,
            LossCap = dto.LossCap is { } cap
                ? new LossCap
                {
                    MaxFraction = cap.MaxFraction,
                    MaxFractionOfCut = cap.MaxFractionOfCut,
                    MaxAmount = cap.MaxAmount is null ? null : reader.Amount(cap.MaxAmount, null, "lossCap", "maxAmount"),
                }
                : null,
        };
        var errors = reader.With(DuVoDistribution.Validate(input));
        return errors.Count == 0 ? (input, errors) : (null, errors);
    }

    /// <summary>The wire names of <see cref="TransitionRemainder"/>.</summary>
    private const string ByKey = "by-key", Unpaid = "unpaid";

    private static TransitionRemainder Remainder(DuVoFieldReader reader, string? remainder)
    {
        switch (remainder)
        {
            case null or ByKey: return TransitionRemainder.ByKey;
            case Unpaid: return TransitionRemainder.Unpaid;
            default:
                reader.Error(WireTexts.Of("DuVo.Distribution.RemainderUnknown", Core.Findings.MessageArgument.Text(remainder), Core.Findings.MessageArgument.Text(ByKey), Core.Findings.MessageArgument.Text(Unpaid)), "transitionBudget", "remainder");
                return TransitionRemainder.ByKey;
        }
    }

    private static decimal KeyWeight(DuVoFieldReader reader, decimal? weight, object[] at)
    {
        if (weight is null) reader.Error(WireTexts.Of("DuVo.Distribution.KeyWeightMissing"), [.. at, "keyWeight"]);
        return weight ?? 0m;
    }

    /// <summary>The canonical wire form of an input: amounts with two decimals.</summary>
    public static DuVoDistributionDto ToDto(DistributionInput input, string? description) => new()
    {
        Description = description,
        MacroBudget = input.MacroBudget.Euros,
        PhaseIn = input.PhaseIn,
        TransitionBudget = input.TransitionBudget is { } t
            ? new DuVoTransitionBudgetDto { Name = t.Name, Amount = t.Amount.Euros, Remainder = t.Remainder == TransitionRemainder.Unpaid ? Unpaid : ByKey }
            : null,
        LossCap = input.LossCap is { } cap
            ? new DuVoLossCapDto { MaxFraction = cap.MaxFraction, MaxFractionOfCut = cap.MaxFractionOfCut, MaxAmount = cap.MaxAmount?.Euros }
            : null,
        Centrumgemeenten = input.Centrumgemeenten.Select(e => new DuVoDistributionEntryDto
        {
            Code = e.Code,
            Name = e.Name,
            Historical = e.Historical.Euros,
            KeyWeight = e.KeyWeight,
        }).ToArray(),
    };

    /// <summary>The calculated distribution on the wire, its findings' messages in <paramref name="language"/>.</summary>
    public static DuVoDistributionResultDto ToDto(DistributionResult result, MessageLanguage language) => new(
        result.MacroBudget.Euros,
        result.TransitionBudgetName,
        result.TransitionBudget.Euros,
        result.PhaseIn,
        result.TotalPayments.Euros,
        result.TotalTopUps.Euros,
        result.TransitionRemainder.Euros,
        result.Centrumgemeenten.Select(c => new DuVoDistributionShareDto(
            c.Code.Value,
            c.Name,
            c.Historical.Euros,
            c.KeyWeight,
            c.Objective.Euros,
            c.PhasedPayment.Euros,
            c.TopUpNeeded.Euros,
            c.TopUp.Euros,
            c.TransitionShare.Euros,
            c.Payment.Euros,
            c.RedistributionEffect.Euros)).ToArray(),
        result.Findings.Select(f => ReconciliationMapper.ToDto(f, language)).ToArray(),
        result.TransitionUnpaid.Euros);
}
