using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>Maps the core's <see cref="SpendBreakdown"/> to the wire: amounts with two decimals, shares of the DU VO budget (see <see cref="DuVoPaymentShares"/>).</summary>
public static class DuVoBreakdownMapper
{
    /// <summary>The breakdown on the wire, naming the stored versions it was computed from; its findings' messages in <paramref name="language"/>.</summary>
    public static DuVoBreakdownDto ToDto(SpendBreakdown breakdown, DuVoVersionReferenceDto plan, DuVoVersionReferenceDto? distribution, MessageLanguage language) =>
        ToDto(breakdown, breakdown.Year ?? throw new ArgumentException("A stored plan's breakdown has a year.", nameof(breakdown)), plan, distribution, language);

    /// <summary>
    /// The breakdown of a plan that is not stored, under the <paramref name="centrumgemeente"/> the request gives (null when none) and
    /// the plan's year (null when none); <paramref name="fromDistribution"/> when its payment was taken from a distribution sent with it.
    /// </summary>
    public static DuVoPlanBreakdownDto ToPlanDto(SpendBreakdown breakdown, string? centrumgemeente, bool fromDistribution, MessageLanguage language) =>
        DuVoPlanBreakdownDto.Of(ToDto(breakdown, breakdown.Year ?? 0, Unstored, fromDistribution ? Unstored : null, language), centrumgemeente, breakdown.Year);

    /// <summary>The version reference of what is not stored (the plan breakdown names none on the wire).</summary>
    private static readonly DuVoVersionReferenceDto Unstored = new(0, "");

    private static DuVoBreakdownDto ToDto(SpendBreakdown breakdown, int year, DuVoVersionReferenceDto plan, DuVoVersionReferenceDto? distribution, MessageLanguage language)
    {
        var (shares, unspent) = DuVoPaymentShares.Of(breakdown);
        return new DuVoBreakdownDto(
            breakdown.Centrumgemeente.Value,
            breakdown.Name,
            year,
            breakdown.Payment.Euros,
            distribution is null ? DuVoPaymentSourceDto.Plan : DuVoPaymentSourceDto.Distribution,
            breakdown.Categories
                .Select((c, i) => new DuVoCategoryBreakdownDto(c.Name, c.Amount.Euros, shares[i], c.DuVoAmount.Euros, c.OtherSourceAmount.Euros))
                .ToArray(),
            new DuVoUnspentDto(breakdown.Surplus.Euros, unspent),
            breakdown.OtherSourceParts.Select(p => new DuVoOtherSourcePartDto(p.Category, p.Name, p.Source, p.Amount.Euros)).ToArray(),
            breakdown.DuVoCosts.Euros,
            breakdown.Shortfall.Euros,
            breakdown.Surplus.Euros,
            breakdown.Cofinancing.Select(ToDto).ToArray(),
            breakdown.Findings.Select(f => ReconciliationMapper.ToDto(f, language)).ToArray(),
            plan,
            distribution)
        {
            CofinancingRules = breakdown.CofinancingRules.Select(DuVoCofinancingRuleMapper.ToDto).ToArray(),
            AgreedContributions = breakdown.AgreedContributions.Select(DuVoCofinancingRuleMapper.Total).ToArray(),
            ProposedContributions = breakdown.ProposedContributions.Select(DuVoCofinancingRuleMapper.Total).ToArray(),
            Reserve = breakdown.Reserve is { } reserve
                ? new DuVoReserveDto(reserve.Name, reserve.OpeningBalance.Euros, Wire(reserve.OpeningFrom), reserve.Added.Euros, reserve.Drawn.Euros, reserve.ClosingBalance.Euros)
                : null,
            PaymentComponents = breakdown.PaymentComponents.Count > 0 ? breakdown.PaymentComponents.Select(DuVoDistributionMapper.ToDto).ToArray() : null,
            PaymentByCircular = breakdown.PaymentComponents.Count > 0 ? DuVoDistributionMapper.ToDto(breakdown.PaymentByCircular) : null,
        };
    }

    private static DuVoReserveOpeningDto Wire(ReserveOpening from) => from switch
    {
        ReserveOpening.Plan => DuVoReserveOpeningDto.Plan,
        ReserveOpening.EarlierPlans => DuVoReserveOpeningDto.EarlierPlans,
        _ => DuVoReserveOpeningDto.None,
    };

    private static DuVoCofinancingDto ToDto(Cofinancing part) => part.Basis == CofinancingBasis.Inhabitants
        ? new DuVoCofinancingDto(part.Code.Value, part.Name, DuVoCofinancingBasisDto.Inhabitants, (long)part.Weight, null, part.Amount.Euros)
        : new DuVoCofinancingDto(part.Code.Value, part.Name, DuVoCofinancingBasisDto.FixedShare, null, part.Weight, part.Amount.Euros);
}
