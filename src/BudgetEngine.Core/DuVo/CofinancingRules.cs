using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// Structural co-financing: each <see cref="CofinancingRule"/> of a plan shares an amount (a fixed amount, a category's whole
/// cost or one of its parts) over the plan's regiogemeenten by its key, through <see cref="Allocator"/> keyed by CBS code,
/// so the contributions add up to the amount to the cent. Independent of any shortfall: the rules do not change what the DU VO
/// pays. Proposed and agreed contributions are totalled apart.
/// </summary>
public static class CofinancingRules
{
    internal static void Validate(SpendPlan plan, ValidationErrors errors)
    {
        if (plan.CofinancingRules is null)
        {
            errors.Add(FieldPath.Of("cofinancing", "rules"), "DuVo.Cofinancing.RulesNotList");
            return;
        }
        var regiogemeenten = plan.Regiogemeenten ?? [];
        for (var i = 0; i < plan.CofinancingRules.Count; i++)
        {
            var path = FieldPath.Of("cofinancing", "rules", i);
            var rule = plan.CofinancingRules[i];
            if (rule is null)
            {
                errors.Add(path, "DuVo.Cofinancing.RuleMissing");
                continue;
            }
            var shared = SharedAmount(plan, rule, path, errors);
            if (regiogemeenten.Count == 0)
            {
                errors.Add(FieldPath.Of("regiogemeenten"), "DuVo.Cofinancing.NoRegiogemeenten");
                continue;
            }
            switch (rule.Key)
            {
                case CofinancingKey.Inhabitants:
                    RequireWeights(regiogemeenten, r => r.Inhabitants, "inhabitants", path, errors);
                    break;
                case CofinancingKey.Inhabitants0To17:
                    RequireWeights(regiogemeenten, r => r.Inhabitants0To17, "inhabitants0to17", path, errors);
                    break;
                case CofinancingKey.FixedShare:
                    RequireWeights(regiogemeenten, r => r.FixedShare, "fixedShare", path, errors);
                    break;
                case CofinancingKey.AgreedAmounts:
                    ValidateAgreedAmounts(regiogemeenten, rule, shared, path, errors);
                    break;
            }
        }
    }

    private static Money? SharedAmount(SpendPlan plan, CofinancingRule rule, FieldPath path, ValidationErrors errors)
    {
        if ((rule.Amount is null) == string.IsNullOrWhiteSpace(rule.Category))
        {
            errors.Add(path, "DuVo.Cofinancing.AmountOrCategory");
            return null;
        }
        if (rule.Amount is { } amount)
        {
            if (amount.IsNegative)
            {
                errors.Add(path.Then("amount"), "DuVo.AmountNegative");
                return null;
            }
            if (rule.Part is not null)
            {
                errors.Add(path.Then("part"), "DuVo.Cofinancing.PartWithoutCategory");
            }
            return amount;
        }
        var category = plan.Categories?.FirstOrDefault(c => c is not null && string.Equals(c.Name, rule.Category, StringComparison.OrdinalIgnoreCase));
        if (category is null)
        {
            errors.Add(path.Then("category"), "DuVo.Cofinancing.NoSuchCategory", MessageArgument.Text(rule.Category!));
            return null;
        }
        if (rule.Part is null)
        {
            return category.Amount;
        }
        var part = category.Parts?.FirstOrDefault(p => p is not null && string.Equals(p.Name, rule.Part, StringComparison.OrdinalIgnoreCase));
        if (part is null)
        {
            errors.Add(path.Then("part"), "DuVo.Cofinancing.NoSuchPart", MessageArgument.Text(rule.Part), MessageArgument.Text(category.Name));
            return null;
        }
        return part.Amount;
    }

    private static void RequireWeights<T>(IReadOnlyList<Regiogemeente> regiogemeenten, Func<Regiogemeente, T?> weight, string field, FieldPath path, ValidationErrors errors)
        where T : struct, IComparable<T>
    {
        var any = false;
        for (var i = 0; i < regiogemeenten.Count; i++)
        {
            if (regiogemeenten[i] is not { } regio) continue;
            if (weight(regio) is not { } value)
            {
                errors.Add(FieldPath.Of("regiogemeenten", i, field), "DuVo.Cofinancing.WeightMissing", MessageArgument.Text(field), MessageArgument.Text(path.ToJsonPointer()));
            }
            else if (value.CompareTo(default) > 0)
            {
                any = true;
            }
        }
        if (!any)
        {
            errors.Add(path.Then("key"), "DuVo.Cofinancing.WeightsZero", MessageArgument.Text(field));
        }
    }

    private static void ValidateAgreedAmounts(IReadOnlyList<Regiogemeente> regiogemeenten, CofinancingRule rule, Money? shared, FieldPath path, ValidationErrors errors)
    {
        if (rule.AgreedAmounts is null || rule.AgreedAmounts.Count == 0)
        {
            errors.Add(path.Then("amounts"), "DuVo.Cofinancing.AgreedAmountsMissing");
            return;
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var total = Money.Zero;
        for (var j = 0; j < rule.AgreedAmounts.Count; j++)
        {
            var agreed = rule.AgreedAmounts[j];
            var at = path.Then("amounts", j);
            if (agreed is null)
            {
                errors.Add(at, "DuVo.Cofinancing.RuleMissing");
                continue;
            }
            if (!regiogemeenten.Any(r => r is not null && r.Code == agreed.Code))
            {
                errors.Add(at.Then("code"), "DuVo.Cofinancing.NotARegiogemeente", MessageArgument.Text(agreed.Code));
            }
            else if (!codes.Add(agreed.Code))
            {
                errors.Add(at.Then("code"), "DuVo.CodeTwice", MessageArgument.Text(agreed.Code));
            }
            if (agreed.Amount.IsNegative)
            {
                errors.Add(at.Then("amount"), "DuVo.AmountNegative");
            }
            total += agreed.Amount;
        }
        if (shared is { } amount && total != amount)
        {
            errors.Add(path.Then("amounts"), "DuVo.Cofinancing.AgreedSumDiffers", MessageArgument.Amount(total), MessageArgument.Amount(amount));
        }
    }

    /// <summary>What every rule of a valid plan asks of each regiogemeente, in rule order.</summary>
    internal static IReadOnlyList<CofinancingRuleResult> Calculate(SpendPlan plan)
    {
        var sorted = plan.Regiogemeenten.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        return plan.CofinancingRules.Select((rule, i) =>
        {
            var amount = Shared(plan, rule);
            if (rule.Key == CofinancingKey.AgreedAmounts)
            {
                var agreed = rule.AgreedAmounts.ToDictionary(a => a.Code, a => a.Amount, StringComparer.Ordinal);
                return new CofinancingRuleResult(i, rule, amount, sorted
                    .Where(r => agreed.ContainsKey(r.Code))
                    .Select(r => new Contribution(CbsCode.Parse(r.Code), r.Name, agreed[r.Code].Euros, agreed[r.Code]))
                    .ToArray());
            }
            var weights = sorted.Select(r => Weight(r, rule.Key)).ToArray();
            var parts = Allocator.Split(amount, sorted.Select((r, k) => new AllocationShare(r.Code, weights[k])).ToArray());
            return new CofinancingRuleResult(i, rule, amount, sorted
                .Select((r, k) => new Contribution(CbsCode.Parse(r.Code), r.Name, weights[k], parts[k]))
                .ToArray());
        }).ToArray();
    }

    /// <summary>Each municipality's total over the rules of <paramref name="status"/>, by CBS code (weights zero).</summary>
    public static IReadOnlyList<Contribution> Totals(IReadOnlyList<CofinancingRuleResult> rules, CofinancingStatus status) =>
        rules.Where(r => r.Source.Status == status)
            .SelectMany(r => r.Contributions)
            .GroupBy(c => c.Code)
            .OrderBy(g => g.Key)
            .Select(g => new Contribution(g.Key, g.First().Name, 0m, Money.Sum(g.Select(c => c.Amount))))
            .ToArray();

    private static Money Shared(SpendPlan plan, CofinancingRule rule)
    {
        if (rule.Amount is { } amount) return amount;
        var category = plan.Categories.First(c => string.Equals(c.Name, rule.Category, StringComparison.OrdinalIgnoreCase));
        return rule.Part is null
            ? category.Amount
            : category.Parts.First(p => string.Equals(p.Name, rule.Part, StringComparison.OrdinalIgnoreCase)).Amount;
    }

    private static decimal Weight(Regiogemeente regio, CofinancingKey key) => key switch
    {
        CofinancingKey.Inhabitants => regio.Inhabitants!.Value,
        CofinancingKey.Inhabitants0To17 => regio.Inhabitants0To17!.Value,
        _ => regio.FixedShare!.Value,
    };
}
