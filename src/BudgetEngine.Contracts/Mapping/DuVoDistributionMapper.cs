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
        // With components, the centrumgemeenten only name who is in the distribution, and the macro budget is per component.
        var withComponents = dto.Components is { Count: > 0 };
        if (dto.PhaseIn is null) reader.Error(WireTexts.Of("DuVo.Distribution.PhaseInMissing"), "phaseIn");
        if (dto.Centrumgemeenten is null) reader.Error(WireTexts.Of("DuVo.Distribution.CentrumgemeentenMissing"), "centrumgemeenten");
        var entries = reader.List(dto.Centrumgemeenten, (e, at) => new DistributionEntry(
            e.Code ?? "",
            e.Name ?? "",
            e.Historical is null ? Money.Zero : reader.Amount(e.Historical, null, [.. at, "historical"]),
            withComponents ? e.KeyWeight ?? 0m : KeyWeight(reader, e.KeyWeight, at)), "centrumgemeenten");
        var input = new DistributionInput(
            year,
            reader.Amount(dto.MacroBudget, withComponents ? null : WireTexts.Of("DuVo.Distribution.MacroBudgetMissing"), "macroBudget"),
            dto.PhaseIn ?? 0m,
            entries)
        {
            TransitionBudget = Transition(reader, dto.TransitionBudget, "transitionBudget"),
            LossCap = Cap(reader, dto.LossCap, "lossCap"),
            Components = reader.List(dto.Components, (c, at) => Component(reader, c, at), "components"),
        };
        var errors = reader.With(DuVoDistribution.Validate(input));
        return errors.Count == 0 ? (input, errors) : (null, errors);
    }

    /// <summary>A component: keyed when it gives a macro budget or centrumgemeenten, fixed when it gives fixed amounts (exactly one of the two).</summary>
    private static DistributionComponent Component(DuVoFieldReader reader, DuVoComponentDto dto, object[] at)
    {
        var name = dto.Name ?? "";
        var circular = dto.Circular ?? "";
        var keyed = dto.MacroBudget is not null || dto.Centrumgemeenten is not null;
        if (keyed == dto.FixedAmounts is not null)
        {
            reader.Error(WireTexts.Of("DuVo.Component.KeyOrFixed"), at);
            return new FixedComponent(name, circular, []);
        }
        if (!keyed)
        {
            if (dto.PhaseIn is not null) reader.Error(WireTexts.Of("DuVo.Component.NotForFixed", MessageArgument.Text("phaseIn")), [.. at, "phaseIn"]);
            if (dto.TransitionBudget is not null) reader.Error(WireTexts.Of("DuVo.Component.NotForFixed", MessageArgument.Text("transitionBudget")), [.. at, "transitionBudget"]);
            if (dto.LossCap is not null) reader.Error(WireTexts.Of("DuVo.Component.NotForFixed", MessageArgument.Text("lossCap")), [.. at, "lossCap"]);
            return new FixedComponent(name, circular, reader.List(dto.FixedAmounts, (a, j) => new FixedAmount(
                a.Code ?? "",
                reader.Amount(a.Amount, WireTexts.Of("DuVo.Component.AmountMissing"), [.. j, "amount"])), [.. at, "fixedAmounts"]));
        }
        if (dto.Centrumgemeenten is null) reader.Error(WireTexts.Of("DuVo.Distribution.CentrumgemeentenMissing"), [.. at, "centrumgemeenten"]);
        return new KeyedComponent(
            name,
            circular,
            reader.Amount(dto.MacroBudget, WireTexts.Of("DuVo.Distribution.MacroBudgetMissing"), [.. at, "macroBudget"]),
            reader.List(dto.Centrumgemeenten, (e, j) => new ComponentEntry(
                e.Code ?? "",
                e.Historical is null ? Money.Zero : reader.Amount(e.Historical, null, [.. j, "historical"]),
                KeyWeight(reader, e.KeyWeight, j)), [.. at, "centrumgemeenten"]))
        {
            PhaseIn = dto.PhaseIn,
            TransitionBudget = Transition(reader, dto.TransitionBudget, [.. at, "transitionBudget"]),
            LossCap = Cap(reader, dto.LossCap, [.. at, "lossCap"]),
        };
    }

    private static TransitionBudget? Transition(DuVoFieldReader reader, DuVoTransitionBudgetDto? transition, params object[] at) =>
        transition is null
            ? null
            : new TransitionBudget(transition.Name ?? "", reader.Amount(transition.Amount, WireTexts.Of("DuVo.Distribution.TransitionAmountMissing"), [.. at, "amount"]))
            {
                Remainder = Remainder(reader, transition.Remainder, at),
            };

    private static LossCap? Cap(DuVoFieldReader reader, DuVoLossCapDto? cap, params object[] at) =>
        cap is null
            ? null
            : new LossCap
            {
                MaxFraction = cap.MaxFraction,
                MaxFractionOfCut = cap.MaxFractionOfCut,
                MaxAmount = cap.MaxAmount is null ? null : reader.Amount(cap.MaxAmount, null, [.. at, "maxAmount"]),
            };

    /// <summary>The wire names of <see cref="TransitionRemainder"/>.</summary>
    private const string ByKey = "by-key", Unpaid = "unpaid";

    private static TransitionRemainder Remainder(DuVoFieldReader reader, string? remainder, object[] at)
    {
        switch (remainder)
        {
            case null or ByKey: return TransitionRemainder.ByKey;
            case Unpaid: return TransitionRemainder.Unpaid;
            default:
                reader.Error(WireTexts.Of("DuVo.Distribution.RemainderUnknown", MessageArgument.Text(remainder), MessageArgument.Text(ByKey), MessageArgument.Text(Unpaid)), [.. at, "remainder"]);
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
        MacroBudget = input.Components.Count > 0 ? null : input.MacroBudget.Euros,
        PhaseIn = input.PhaseIn,
        TransitionBudget = ToDto(input.TransitionBudget),
        LossCap = ToDto(input.LossCap),
        Centrumgemeenten = input.Centrumgemeenten.Select(e => input.Components.Count > 0
            ? new DuVoDistributionEntryDto { Code = e.Code, Name = e.Name }
            : new DuVoDistributionEntryDto { Code = e.Code, Name = e.Name, Historical = e.Historical.Euros, KeyWeight = e.KeyWeight }).ToArray(),
        Components = input.Components.Count > 0 ? input.Components.Select(ToDto).ToArray() : null,
    };

    private static DuVoTransitionBudgetDto? ToDto(TransitionBudget? transition) => transition is { } t
        ? new DuVoTransitionBudgetDto { Name = t.Name, Amount = t.Amount.Euros, Remainder = t.Remainder == TransitionRemainder.Unpaid ? Unpaid : ByKey }
        : null;

    private static DuVoLossCapDto? ToDto(LossCap? cap) => cap is { } c
        ? new DuVoLossCapDto { MaxFraction = c.MaxFraction, MaxFractionOfCut = c.MaxFractionOfCut, MaxAmount = c.MaxAmount?.Euros }
        : null;

    private static DuVoComponentDto ToDto(DistributionComponent component) => component switch
    {
        KeyedComponent keyed => new DuVoComponentDto
        {
            Name = keyed.Name,
            Circular = keyed.Circular,
            MacroBudget = keyed.MacroBudget.Euros,
            PhaseIn = keyed.PhaseIn,
            TransitionBudget = ToDto(keyed.TransitionBudget),
            LossCap = ToDto(keyed.LossCap),
            Centrumgemeenten = keyed.Centrumgemeenten.Select(e => new DuVoComponentEntryDto { Code = e.Code, Historical = e.Historical.Euros, KeyWeight = e.KeyWeight }).ToArray(),
        },
        FixedComponent fixedAmounts => new DuVoComponentDto
        {
            Name = fixedAmounts.Name,
            Circular = fixedAmounts.Circular,
            FixedAmounts = fixedAmounts.Amounts.Select(a => new DuVoFixedAmountDto { Code = a.Code, Amount = a.Amount.Euros }).ToArray(),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(component), component.GetType().Name, "A component is keyed or of fixed amounts."),
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
        result.Centrumgemeenten.Select(ToDto).ToArray(),
        result.Findings.Select(f => ReconciliationMapper.ToDto(f, language)).ToArray(),
        result.TransitionUnpaid.Euros)
    {
        Components = result.Components.Select(c => new DuVoComponentResultDto(
            c.Name,
            c.Circular,
            c.TotalPayments.Euros,
            c.Centrumgemeenten.Select(p => new DuVoComponentPaymentDto(p.Code.Value, p.Name, p.Payment.Euros)).ToArray(),
            c.Distribution is null ? null : ToDto(c.Distribution, language))).ToArray(),
        ByCircular = ToDto(result.ByCircular),
    };

    private static DuVoDistributionShareDto ToDto(DistributionShare c) => new(
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
        c.RedistributionEffect.Euros)
    {
        Components = c.Components.Select(ToDto).ToArray(),
        ByCircular = ToDto(c.ByCircular),
    };

    /// <summary>A payment's part from one component on the wire.</summary>
    public static DuVoComponentShareDto ToDto(ComponentShare share) => new(share.Component, share.Circular, share.Payment.Euros);

    /// <summary>Payments per circular on the wire.</summary>
    public static IReadOnlyList<DuVoCircularPaymentDto> ToDto(IReadOnlyList<CircularPayment> payments) =>
        payments.Select(p => new DuVoCircularPaymentDto(p.Circular, p.Payment.Euros)).ToArray();
}
