using BudgetEngine.Contracts;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>
/// Maps the wire plan to the core's <see cref="SpendPlan"/> and back. The centrumgemeente and year come from the route. Reading never
/// throws: every broken rule is a <see cref="ValidationError"/> whose path is a JSON pointer into the body.
/// </summary>
public static class DuVoPlanMapper
{
    /// <summary>
    /// The core plan <paramref name="dto"/> describes for <paramref name="code"/> and <paramref name="year"/>, and every rule it
    /// breaks (null plan when any). A plan without a payment is valid: the payment then comes from the national distribution.
    /// </summary>
    public static (SpendPlan? Plan, IReadOnlyList<ValidationError> Errors) Read(DuVoPlanDto? dto, string code, int? year)
    {
        if (dto is null) return (null, [new ValidationError(FieldPath.Root, WireTexts.Of("DuVo.Plan.NotAnObject"))]);
        var reader = new DuVoFieldReader();
        if (dto.Categories is null) reader.Error(WireTexts.Of("DuVo.Plan.CategoriesMissing"), "categories");
        var plan = new SpendPlan(code, year, reader.List(dto.Categories, (c, at) => Category(reader, c, at), "categories"))
        {
            Name = dto.Name,
            Payment = dto.Payment is null ? null : reader.Amount(dto.Payment, null, "payment"),
            Regiogemeenten = reader.List(dto.Regiogemeenten, Regiogemeente, "regiogemeenten"),
            CofinancingRules = dto.Cofinancing is null ? [] : reader.List(dto.Cofinancing.Rules, (r, at) => DuVoCofinancingRuleMapper.Read(reader, r, at), "cofinancing", "rules"),
            Transfers = reader.List(dto.Transfers, (t, at) => new PlanTransfer(
                reader.Amount(t.Amount, WireTexts.Of("DuVo.Plan.TransferAmountMissing"), [.. at, "amount"]), t.Recipient ?? "", t.Purpose ?? "", t.Year ?? 0), "transfers"),
            Reserve = dto.Reserve is null ? null : new RegionalReserve(dto.Reserve.Name ?? "")
            {
                OpeningBalance = dto.Reserve.OpeningBalance is null ? null : reader.Amount(dto.Reserve.OpeningBalance, null, "reserve", "openingBalance"),
            },
        };
        // Validated as if a payment were entered: a plan may leave it to the distribution, checked when a breakdown is asked.
        var errors = reader.With(SpendPlanCalculator.Validate(plan with { Payment = plan.Payment ?? Money.Zero }));
        return errors.Count == 0 ? (plan, errors) : (null, errors);
    }

    private static SpendCategory Category(DuVoFieldReader reader, DuVoCategoryDto dto, object[] at) =>
        new(dto.Name ?? "", reader.Amount(dto.Amount, WireTexts.Of("DuVo.Plan.CategoryAmountMissing"), [.. at, "amount"]))
        {
            Parts = reader.List(dto.Parts, (p, partAt) => new CategoryPart(
                p.Name ?? "", reader.Amount(p.Amount, WireTexts.Of("DuVo.Plan.PartAmountMissing"), [.. partAt, "amount"]))
            {
                Source = p.Source ?? DuVoSources.DuVo,
                Tags = reader.Strings(p.Tags, [.. partAt, "tags"]),
            }, [.. at, "parts"]),
            Tags = reader.Strings(dto.Tags, [.. at, "tags"]),
        };

    private static Regiogemeente Regiogemeente(DuVoRegiogemeenteDto dto, object[] at) =>
        new(dto.Code ?? "", dto.Name ?? "") { Inhabitants = dto.Inhabitants, FixedShare = dto.FixedShare, Inhabitants0To17 = dto.Inhabitants0To17 };

    /// <summary>The canonical wire form: every list present, amounts with two decimals.</summary>
    public static DuVoPlanDto ToDto(SpendPlan plan, string? description) => new()
    {
        Name = plan.Name,
        Description = description,
        Payment = plan.Payment?.Euros,
        Categories = plan.Categories.Select(c => new DuVoCategoryDto
        {
            Name = c.Name,
            Amount = c.Amount.Euros,
            Parts = c.Parts.Select(p => new DuVoCategoryPartDto { Name = p.Name, Amount = p.Amount.Euros, Source = p.Source, Tags = p.Tags.ToArray() }).ToArray(),
            Tags = c.Tags.ToArray(),
        }).ToArray(),
        Regiogemeenten = plan.Regiogemeenten.Select(ToDto).ToArray(),
        Cofinancing = plan.CofinancingRules.Count == 0 ? null : new DuVoStructuralCofinancingDto { Rules = plan.CofinancingRules.Select(DuVoCofinancingRuleMapper.ToDto).ToArray() },
        Transfers = plan.Transfers.Count == 0 ? null : plan.Transfers.Select(t => new DuVoTransferDto { Amount = t.Amount.Euros, Recipient = t.Recipient, Purpose = t.Purpose, Year = t.Year }).ToArray(),
        Reserve = plan.Reserve is null ? null : new DuVoPlanReserveDto { Name = plan.Reserve.Name, OpeningBalance = plan.Reserve.OpeningBalance?.Euros },
    };

    /// <summary>A regiogemeente on the wire.</summary>
    public static DuVoRegiogemeenteDto ToDto(Regiogemeente regio) =>
        new() { Code = regio.Code, Name = regio.Name, Inhabitants = regio.Inhabitants, FixedShare = regio.FixedShare, Inhabitants0To17 = regio.Inhabitants0To17 };
}
