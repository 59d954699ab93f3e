using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>Maps structural co-financing rules between the wire (key and status as text) and the core, and their results to the wire.</summary>
public static class DuVoCofinancingRuleMapper
{
    private static readonly (string Wire, CofinancingKey Key)[] Keys =
    [
        ("inhabitants", CofinancingKey.Inhabitants),
        ("inhabitants0to17", CofinancingKey.Inhabitants0To17),
        ("fixedShare", CofinancingKey.FixedShare),
        ("agreedAmounts", CofinancingKey.AgreedAmounts),
    ];

    private static readonly (string Wire, CofinancingStatus Status)[] Statuses =
    [
        ("proposed", CofinancingStatus.Proposed),
        ("agreed", CofinancingStatus.Agreed),
    ];

    internal static CofinancingRule Read(DuVoFieldReader reader, DuVoCofinancingRuleDto dto, object[] at)
    {
        var key = Keys.FirstOrDefault(k => k.Wire == dto.Key);
        if (key.Wire is null) reader.Error(ValidationTexts.Of("DuVo.Cofinancing.KeyUnknown", MessageArgument.Text(dto.Key ?? "")), [.. at, "key"]);
        var status = Statuses.FirstOrDefault(s => s.Wire == dto.Status);
        if (status.Wire is null) reader.Error(ValidationTexts.Of("DuVo.Cofinancing.StatusUnknown", MessageArgument.Text(dto.Status ?? "")), [.. at, "status"]);
        return new CofinancingRule(key.Key, status.Status)
        {
            Name = dto.Name,
            Category = dto.Category,
            Part = dto.Part,
            Amount = dto.Amount is null ? null : reader.Amount(dto.Amount, null, [.. at, "amount"]),
            AgreedAmounts = reader.List(dto.Amounts, (a, amountAt) =>
                new AgreedAmount(a.Code ?? "", reader.Amount(a.Amount, WireTexts.Of("DuVo.Cofinancing.AgreedAmountMissing"), [.. amountAt, "amount"])), [.. at, "amounts"]),
        };
    }

    /// <summary>The rule on the wire.</summary>
    public static DuVoCofinancingRuleDto ToDto(CofinancingRule rule) => new()
    {
        Name = rule.Name,
        Category = rule.Category,
        Part = rule.Part,
        Amount = rule.Amount?.Euros,
        Key = Wire(rule.Key),
        Status = Wire(rule.Status),
        Amounts = rule.Key == CofinancingKey.AgreedAmounts ? rule.AgreedAmounts.Select(a => new DuVoAgreedAmountDto { Code = a.Code, Amount = a.Amount.Euros }).ToArray() : null,
    };

    /// <summary>A rule's result on the wire.</summary>
    public static DuVoCofinancingRuleResultDto ToDto(CofinancingRuleResult result) => new(
        result.Rule, result.Source.Name, result.Source.Category, result.Source.Part, Wire(result.Source.Key), Wire(result.Source.Status), result.Amount.Euros,
        result.Contributions.Select(c => new DuVoContributionDto(c.Code.Value, c.Name, c.Weight, c.Amount.Euros)).ToArray());

    /// <summary>A regiogemeente's total on the wire (no weight).</summary>
    public static DuVoContributionDto Total(Contribution total) => new(total.Code.Value, total.Name, null, total.Amount.Euros);

    private static string Wire(CofinancingKey key) => Keys.First(k => k.Key == key).Wire;

    private static string Wire(CofinancingStatus status) => Statuses.First(s => s.Status == status).Wire;
}
