using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// A distribution made of components (<see cref="DistributionInput.Components"/>): each keyed component is distributed on its own
/// exactly as a distribution without components (its macro budget split through <see cref="Allocator"/> by its own key, with its
/// own phase-in, loss cap and transition budget); a fixed component pays its amounts as given. A centrumgemeente's payment is the
/// sum of its shares of the components.
/// </summary>
/// <remarks>
/// The distribution's figures per centrumgemeente add the components' figures up; a fixed amount counts alike as historical,
/// objective and phased payment (no key moves it), and the key weight is zero (each keyed component has its own key). The macro
/// budget is the components' macro budgets plus their fixed amounts, the transition budget theirs together, so the payments still
/// add up to exactly the macro budget plus the transition budget less what is left unpaid.
/// </remarks>
public static class ComponentDistribution
{
    /// <summary>Adds the rules a distribution with components breaks to <paramref name="errors"/>.</summary>
    internal static void Validate(DistributionInput input, ValidationErrors errors)
    {
        if (!input.MacroBudget.IsZero)
        {
            PerComponent(errors, FieldPath.Of("macroBudget"));
        }
        if (input.PhaseIn is < 0m or > 1m)
        {
            errors.Add(FieldPath.Of("phaseIn"), "DuVo.Distribution.PhaseInRange", MessageArgument.Decimal(input.PhaseIn));
        }
        if (input.TransitionBudget is not null)
        {
            PerComponent(errors, FieldPath.Of("transitionBudget"));
        }
        if (input.LossCap is not null)
        {
            PerComponent(errors, FieldPath.Of("lossCap"));
        }
        var names = ValidateCentrumgemeenten(input.Centrumgemeenten, errors);
        var componentNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < input.Components.Count; i++)
        {
            var path = FieldPath.Of("components", i);
            var component = input.Components[i];
            if (component is null)
            {
                errors.Add(path, "DuVo.Component.Missing");
                continue;
            }
            if (string.IsNullOrWhiteSpace(component.Name))
            {
                errors.Add(path.Then("name"), "DuVo.NameMissing");
            }
            else if (!componentNames.Add(component.Name))
            {
                errors.Add(path.Then("name"), "DuVo.Component.NameTwice", MessageArgument.Text(component.Name));
            }
            if (string.IsNullOrWhiteSpace(component.Circular))
            {
                errors.Add(path.Then("circular"), "DuVo.Component.CircularMissing");
            }
            if (component is KeyedComponent keyed)
            {
                ValidateKeyed(input, keyed, names, path, errors);
            }
            else if (component is FixedComponent fixedAmounts)
            {
                ValidateFixed(fixedAmounts, names, path, errors);
            }
        }
    }

    private static void PerComponent(ValidationErrors errors, FieldPath field) =>
        errors.Add(field, "DuVo.Component.PerComponent", MessageArgument.Text(field.Segments[^1].ToString()));

    /// <summary>Checks the list that names the centrumgemeenten; answers the name of each valid code.</summary>
    private static Dictionary<string, string> ValidateCentrumgemeenten(IReadOnlyList<DistributionEntry> entries, ValidationErrors errors)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = FieldPath.Of("centrumgemeenten");
        if (entries is null || entries.Count == 0)
        {
            errors.Add(all, "DuVo.Distribution.CentrumgemeentenMissing");
            return names;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var path = all.Then(i);
            var entry = entries[i];
            if (entry is null)
            {
                errors.Add(path, "DuVo.Distribution.EntryMissing");
                continue;
            }
            if (!CbsCode.IsValid(entry.Code))
            {
                errors.Add(path.Then("code"), "DuVo.CbsCodeInvalid", MessageArgument.Text(entry.Code));
            }
            else if (!names.TryAdd(entry.Code, entry.Name))
            {
                errors.Add(path.Then("code"), "DuVo.CodeTwice", MessageArgument.Text(entry.Code));
            }
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                errors.Add(path.Then("name"), "DuVo.NameMissing");
            }
            if (!entry.Historical.IsZero)
            {
                PerComponent(errors, path.Then("historical"));
            }
            if (entry.KeyWeight != 0m)
            {
                PerComponent(errors, path.Then("keyWeight"));
            }
        }
        return names;
    }

    private static void ValidateKeyed(DistributionInput input, KeyedComponent component, Dictionary<string, string> names, FieldPath path, ValidationErrors errors)
    {
        var own = DuVoDistribution.Validate(AsDistribution(input, component, names));
        foreach (var error in own)
        {
            // The year is the distribution's, and so is an inherited phase-in: an error in either is reported there. So is a
            // centrumgemeente's name: a component entry has none of its own (the distribution's centrumgemeenten name it).
            var inherited = error.Field.IsSameOrInside(FieldPath.Of("year"))
                || (component.PhaseIn is null && error.Field.IsSameOrInside(FieldPath.Of("phaseIn")))
                || error.Field.Segments is [{ Name: "centrumgemeenten" }, { Index: not null }, { Name: "name" }];
            if (!inherited)
            {
                errors.Add(error with { Field = path.Then([.. error.Field.Segments.Cast<object>()]) });
            }
        }
        for (var j = 0; j < (component.Centrumgemeenten?.Count ?? 0); j++)
        {
            NotListed(component.Centrumgemeenten![j]?.Code, names, path.Then("centrumgemeenten", j, "code"), errors);
        }
    }

    private static void ValidateFixed(FixedComponent component, Dictionary<string, string> names, FieldPath path, ValidationErrors errors)
    {
        var all = path.Then("fixedAmounts");
        if (component.Amounts is null || component.Amounts.Count == 0)
        {
            errors.Add(all, "DuVo.Component.FixedAmountsMissing");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < component.Amounts.Count; j++)
        {
            var amount = component.Amounts[j];
            if (amount is null)
            {
                errors.Add(all.Then(j), "DuVo.Distribution.EntryMissing");
                continue;
            }
            var code = all.Then(j, "code");
            if (!CbsCode.IsValid(amount.Code))
            {
                errors.Add(code, "DuVo.CbsCodeInvalid", MessageArgument.Text(amount.Code));
            }
            else if (!seen.Add(amount.Code))
            {
                errors.Add(code, "DuVo.CodeTwice", MessageArgument.Text(amount.Code));
            }
            else
            {
                NotListed(amount.Code, names, code, errors);
            }
            if (amount.Amount.IsNegative)
            {
                errors.Add(all.Then(j, "amount"), "DuVo.AmountNegative");
            }
        }
    }

    /// <summary>A valid code that the distribution's centrumgemeenten do not name.</summary>
    private static void NotListed(string? code, Dictionary<string, string> names, FieldPath field, ValidationErrors errors)
    {
        if (CbsCode.IsValid(code) && !names.ContainsKey(code!))
        {
            errors.Add(field, "DuVo.Component.NotInCentrumgemeenten", MessageArgument.Text(code!));
        }
    }

    /// <summary>A keyed component as a distribution of its own, its centrumgemeenten named as the distribution names them.</summary>
    private static DistributionInput AsDistribution(DistributionInput input, KeyedComponent component, Dictionary<string, string> names) =>
        new(
            input.Year,
            component.MacroBudget,
            component.PhaseIn ?? input.PhaseIn,
            component.Centrumgemeenten?
                .Select(e => e is null ? null! : new DistributionEntry(e.Code, names.GetValueOrDefault(e.Code ?? "", e.Code ?? ""), e.Historical, e.KeyWeight))
                .ToArray()!)
        {
            TransitionBudget = component.TransitionBudget,
            LossCap = component.LossCap,
        };

    /// <summary>Calculates a valid distribution with components.</summary>
    internal static DistributionResult Calculate(DistributionInput input)
    {
        var names = input.Centrumgemeenten.ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);
        var components = input.Components.Select(c => Calculate(input, c, names)).ToArray();

        var shares = input.Centrumgemeenten
            .OrderBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => Combine(CbsCode.Parse(e.Code), e.Name, components))
            .ToArray();
        var keyed = components.Where(c => c.Result.Distribution is not null).Select(c => c.Result.Distribution!).ToArray();
        var fixedTotal = Money.Sum(components.Where(c => c.Result.Distribution is null).Select(c => c.Result.TotalPayments));

        return new DistributionResult(
            input.Year,
            Money.Sum(keyed.Select(k => k.MacroBudget)) + fixedTotal,
            null,
            Money.Sum(keyed.Select(k => k.TransitionBudget)),
            input.PhaseIn,
            shares,
            keyed.SelectMany(k => k.Findings).ToArray())
        {
            TransitionUnpaid = Money.Sum(keyed.Select(k => k.TransitionUnpaid)),
            Components = components.Select(c => c.Result).ToArray(),
        };
    }

    /// <summary>A component's result, and its figures per centrumgemeente as a distribution gives them.</summary>
    private sealed record Calculated(ComponentResult Result, IReadOnlyDictionary<CbsCode, DistributionShare> Shares);

    private static Calculated Calculate(DistributionInput input, DistributionComponent component, Dictionary<string, string> names)
    {
        if (component is KeyedComponent keyed)
        {
            var result = DuVoDistribution.Calculate(AsDistribution(input, keyed, names));
            return new Calculated(
                new ComponentResult(keyed.Name, keyed.Circular, result.Centrumgemeenten.Select(s => new ComponentPayment(s.Code, s.Name, s.Payment)).ToArray(), result),
                result.Centrumgemeenten.ToDictionary(s => s.Code));
        }
        var amounts = ((FixedComponent)component).Amounts.OrderBy(a => a.Code, StringComparer.Ordinal).ToArray();
        // A fixed amount is the same under the historical and the objective distribution: it counts as both, and is paid as it is.
        var shares = amounts
            .Select(a => new DistributionShare(CbsCode.Parse(a.Code), names[a.Code], a.Amount, 0m, a.Amount, a.Amount, Money.Zero, Money.Zero, Money.Zero, a.Amount))
            .ToArray();
        return new Calculated(
            new ComponentResult(component.Name, component.Circular, shares.Select(s => new ComponentPayment(s.Code, s.Name, s.Payment)).ToArray(), null),
            shares.ToDictionary(s => s.Code));
    }

    /// <summary>A centrumgemeente's figures: its figures in each component it is in, added up.</summary>
    private static DistributionShare Combine(CbsCode code, string name, IReadOnlyList<Calculated> components)
    {
        var parts = components
            .Where(c => c.Shares.ContainsKey(code))
            .Select(c => (c.Result, Share: c.Shares[code]))
            .ToArray();
        Money Sum(Func<DistributionShare, Money> figure) => Money.Sum(parts.Select(p => figure(p.Share)));
        return new DistributionShare(
            code,
            name,
            Sum(s => s.Historical),
            0m,
            Sum(s => s.Objective),
            Sum(s => s.PhasedPayment),
            Sum(s => s.TopUpNeeded),
            Sum(s => s.TopUp),
            Sum(s => s.TransitionShare),
            Sum(s => s.Payment))
        {
            Components = parts.Select(p => new ComponentShare(p.Result.Name, p.Result.Circular, p.Share.Payment)).ToArray(),
        };
    }
}
