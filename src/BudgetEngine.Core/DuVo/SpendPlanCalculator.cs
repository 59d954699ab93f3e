using BudgetEngine.Core.Validation;
using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// Breaks a centrumgemeente's DU VO payment down over its spending categories and splits any shortfall over its
/// regiogemeenten. Pure: values do not depend on the order of categories, parts or regiogemeenten (every split
/// goes through <see cref="Allocator"/>, keyed by category name or CBS code); categories and other-source parts
/// are listed in plan order for display, co-financing by CBS code, findings most severe first.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A category's DU VO amount is its amount less its parts from other sources.</item>
/// <item>DU VO-paid money tagged <see cref="DuVoTags.Minors"/> or <see cref="DuVoTags.DumoCrisis"/> (on the part, or on the
/// category for all its DU VO money) is flagged <see cref="DuVoFindingCode.IneligibleCoverage"/> (error), one finding
/// per part and one for the un-itemised rest; it still counts against the DU VO, as the plan says, until it is moved.</item>
/// <item>DU VO costs above the payment are a shortfall: <see cref="DuVoFindingCode.OverAllocated"/> (error), split over the
/// regiogemeenten by inhabitants or fixed share. Below the payment, the rest is a surplus
/// (<see cref="DuVoFindingCode.Surplus"/>, info).</item>
/// </list>
/// </remarks>
public static class SpendPlanCalculator
{
    private const long BasisPoints = 10_000;

    /// <summary>
    /// Checks a plan; an empty list means <see cref="Calculate"/> will accept it. With a
    /// <paramref name="distribution"/>, also checks that it is of the plan's year, contains the centrumgemeente
    /// and, when the plan enters a payment too, that the two agree.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(SpendPlan plan, DistributionResult? distribution = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new ValidationErrors();
        var codeValid = CbsCode.IsValid(plan.Centrumgemeente);
        if (!codeValid)
        {
            errors.Add("/centrumgemeente", $"'{plan.Centrumgemeente}' is not a CBS code; expected \"GM\" followed by four digits, e.g. GM0344.");
        }
        if (plan.Year < 1)
        {
            errors.Add("/year", "The year must be a positive number.");
        }
        ValidatePayment(plan, distribution, codeValid, errors);
        ValidateCategories(plan, errors);
        ValidateRegiogemeenten(plan, errors);
        CofinancingRules.Validate(plan, errors);
        return errors.ToList();
    }

    private static void ValidatePayment(SpendPlan plan, DistributionResult? distribution, bool codeValid, ValidationErrors errors)
    {
        if (plan.Payment is { IsNegative: true })
        {
            errors.Add("/payment", "The payment must not be negative.");
        }
        if (distribution is null)
        {
            if (plan.Payment is null)
            {
                errors.Add("/payment", "Enter the DU VO payment, or calculate with the national distribution of the year.");
            }
            return;
        }
        if (distribution.Year != plan.Year)
        {
            errors.Add("/year", $"The plan is for {plan.Year} but the national distribution is for {distribution.Year}.");
        }
        if (!codeValid)
        {
            return;
        }
        var share = distribution.Find(CbsCode.Parse(plan.Centrumgemeente));
        if (share is null)
        {
            errors.Add("/centrumgemeente", $"{plan.Centrumgemeente} is not in the national distribution of {distribution.Year}.");
        }
        else if (plan.Payment is { } entered && entered != share.Payment)
        {
            errors.Add("/payment", $"The entered payment EUR {DuVoDistribution.Format(entered)} differs from the national distribution's EUR {DuVoDistribution.Format(share.Payment)}; enter none to use the distribution's.");
        }
    }

    private static void ValidateCategories(SpendPlan plan, ValidationErrors errors)
    {
        if (plan.Categories is null)
        {
            errors.Add("/categories", "Give the spending categories (an empty list is allowed).");
            return;
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < plan.Categories.Count; i++)
        {
            var path = $"/categories/{i}";
            var category = plan.Categories[i];
            if (category is null)
            {
                errors.Add(path, "The category is missing.");
                continue;
            }
            if (string.IsNullOrWhiteSpace(category.Name))
            {
                errors.Add($"{path}/name", "The name must not be empty.");
            }
            else if (!names.Add(category.Name))
            {
                errors.Add($"{path}/name", $"The category '{category.Name}' appears more than once (names are compared ignoring case).");
            }
            if (category.Amount.IsNegative)
            {
                errors.Add($"{path}/amount", "The amount must not be negative.");
            }
            if (category.Tags is null)
            {
                errors.Add($"{path}/tags", "Tags must be a list (it may be empty).");
            }
            if (category.Parts is null)
            {
                errors.Add($"{path}/parts", "Parts must be a list (it may be empty).");
                continue;
            }
            var itemised = Money.Zero;
            for (var j = 0; j < category.Parts.Count; j++)
            {
                var partPath = $"{path}/parts/{j}";
                var part = category.Parts[j];
                if (part is null)
                {
                    errors.Add(partPath, "The part is missing.");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(part.Name))
                {
                    errors.Add($"{partPath}/name", "The name must not be empty.");
                }
                if (string.IsNullOrWhiteSpace(part.Source))
                {
                    errors.Add($"{partPath}/source", $"Name the source that pays the part (\"{DuVoSources.DuVo}\" or another, e.g. \"{DuVoSources.Jeugd}\").");
                }
                if (part.Tags is null)
                {
                    errors.Add($"{partPath}/tags", "Tags must be a list (it may be empty).");
                }
                if (part.Amount.IsNegative)
                {
                    errors.Add($"{partPath}/amount", "The amount must not be negative.");
                }
                else
                {
                    itemised += part.Amount;
                }
            }
            if (!category.Amount.IsNegative && itemised > category.Amount)
            {
                errors.Add($"{path}/parts", $"The parts add up to EUR {DuVoDistribution.Format(itemised)}, more than the category's amount EUR {DuVoDistribution.Format(category.Amount)}.");
            }
        }
    }

    private static void ValidateRegiogemeenten(SpendPlan plan, ValidationErrors errors)
    {
        if (plan.Regiogemeenten is null)
        {
            errors.Add("/regiogemeenten", "Regiogemeenten must be a list (it may be empty).");
            return;
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var inhabitants = 0L;
        var shares = 0m;
        int byInhabitants = 0, byShare = 0;
        for (var i = 0; i < plan.Regiogemeenten.Count; i++)
        {
            var path = $"/regiogemeenten/{i}";
            var regio = plan.Regiogemeenten[i];
            if (regio is null)
            {
                errors.Add(path, "The regiogemeente is missing.");
                continue;
            }
            if (!CbsCode.IsValid(regio.Code))
            {
                errors.Add($"{path}/code", $"'{regio.Code}' is not a CBS code; expected \"GM\" followed by four digits, e.g. GM0202.");
            }
            else if (!codes.Add(regio.Code))
            {
                errors.Add($"{path}/code", $"{regio.Code} appears more than once.");
            }
            if (string.IsNullOrWhiteSpace(regio.Name))
            {
                errors.Add($"{path}/name", "The name must not be empty.");
            }
            if ((regio.Inhabitants is null) == (regio.FixedShare is null))
            {
                errors.Add(path, "Give exactly one of inhabitants and fixedShare.");
                continue;
            }
            if (regio.Inhabitants0To17 is < 0)
            {
                errors.Add($"{path}/inhabitants0to17", ValidationTexts.Of("DuVo.Regiogemeente.YouthNegative"));
            }
            if (regio.Inhabitants is { } count)
            {
                byInhabitants++;
                if (count < 0)
                {
                    errors.Add($"{path}/inhabitants", "The number of inhabitants must not be negative.");
                }
                else
                {
                    inhabitants = checked(inhabitants + count);
                }
            }
            if (regio.FixedShare is { } share)
            {
                byShare++;
                if (share < 0m)
                {
                    errors.Add($"{path}/fixedShare", "The fixed share must not be negative.");
                }
                else
                {
                    shares += share;
                }
            }
        }
        if (byInhabitants > 0 && byShare > 0)
        {
            errors.Add("/regiogemeenten", "Key every regiogemeente the same way: all by inhabitants or all by fixed share.");
        }
        else if (byInhabitants > 0 && inhabitants == 0)
        {
            errors.Add("/regiogemeenten", "The regiogemeenten have no inhabitants in total; at least one must have some.");
        }
        else if (byShare > 0 && shares != 100m)
        {
            errors.Add("/regiogemeenten", $"The fixed shares add up to {shares:0.##########} percent; they must add up to exactly 100.");
        }
    }

    /// <summary>Calculates the breakdown, taking the payment from the plan or else from <paramref name="distribution"/>.</summary>
    /// <exception cref="DuVoValidationException">The plan does not pass <see cref="Validate"/>.</exception>
    public static SpendBreakdown Calculate(SpendPlan plan, DistributionResult? distribution = null)
    {
        var problems = Validate(plan, distribution);
        if (problems.Count > 0)
        {
            throw new DuVoValidationException(problems);
        }

        var code = CbsCode.Parse(plan.Centrumgemeente);
        var payment = plan.Payment ?? distribution!.Find(code)!.Payment;
        var findings = new List<Finding>();
        var otherParts = new List<OtherSourcePart>();
        var categories = new List<(SpendCategory Category, Money DuVo, Money Other)>();

        foreach (var category in plan.Categories)
        {
            var other = Money.Zero;
            foreach (var part in category.Parts.Where(p => !DuVoSources.IsDuVo(p.Source)))
            {
                otherParts.Add(new OtherSourcePart(category.Name, part.Name, part.Source, part.Amount));
                other += part.Amount;
            }
            var duVo = category.Amount - other;
            categories.Add((category, duVo, other));
            FlagIneligible(plan.Year, category, findings);
        }

        var shares = Shares(categories.Select(c => (c.Category.Name, c.DuVo)).ToArray());
        var breakdown = categories
            .Select((c, i) => new CategoryBreakdown(c.Category.Name, c.Category.Amount, c.DuVo, c.Other, shares[i]))
            .ToArray();

        var duVoCosts = Money.Sum(categories.Select(c => c.DuVo));
        var shortfall = Money.Max(Money.Zero, duVoCosts - payment);
        var surplus = Money.Max(Money.Zero, payment - duVoCosts);
        var cofinancing = shortfall.IsPositive ? SplitShortfall(shortfall, plan.Regiogemeenten) : [];

        if (shortfall.IsPositive)
        {
            var split = cofinancing.Length == 0
                ? FindingMessage.Of("DuVo.Cofinancing.None")
                : FindingMessage.Of(cofinancing[0].Basis == CofinancingBasis.Inhabitants ? "DuVo.Cofinancing.Inhabitants" : "DuVo.Cofinancing.FixedShare",
                    MessageArgument.Number(cofinancing.Length));
            findings.Add(Finding.Of(
                DuVoFindingCode.OverAllocated,
                Severity.Error,
                plan.Year,
                DuVoSources.DuVo,
                null,
                shortfall,
                FindingMessage.Of("DuVo.OverAllocated", MessageArgument.Number(plan.Year), MessageArgument.Amount(duVoCosts), MessageArgument.Amount(payment),
                    MessageArgument.Amount(shortfall), MessageArgument.Part(split))));
        }
        else if (surplus.IsPositive)
        {
            findings.Add(Finding.Of(
                DuVoFindingCode.Surplus,
                Severity.Info,
                plan.Year,
                DuVoSources.DuVo,
                null,
                surplus,
                FindingMessage.Of("DuVo.Surplus", MessageArgument.Number(plan.Year), MessageArgument.Amount(surplus), MessageArgument.Amount(payment))));
        }

        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Line, StringComparer.Ordinal)
            .ThenBy(f => f.Amount)
            .ToArray();

        return new SpendBreakdown(code, plan.Name, plan.Year, payment, breakdown, otherParts, duVoCosts, shortfall, surplus, cofinancing, ordered)
        {
            CofinancingRules = CofinancingRules.Calculate(plan),
        };
    }

    private static void FlagIneligible(int year, SpendCategory category, List<Finding> findings)
    {
        var categorySource = FirstIneligible(category.Tags);
        var itemised = Money.Zero;
        foreach (var part in category.Parts)
        {
            itemised += part.Amount;
            if (!DuVoSources.IsDuVo(part.Source))
            {
                continue;
            }
            var tagged = FirstIneligible(part.Tags) ?? categorySource;
            if (tagged is not null && part.Amount.IsPositive)
            {
                findings.Add(Ineligible(year, $"{category.Name} / {part.Name}", part.Amount, tagged.Value));
            }
        }
        var rest = category.Amount - itemised;
        if (categorySource is not null && rest.IsPositive)
        {
            findings.Add(Ineligible(year, category.Name, rest, categorySource.Value));
        }
    }

    private static (string Tag, string Source)? FirstIneligible(IReadOnlyList<string> tags) =>
        tags
            .Select(t => (Tag: t, Source: DuVoTags.IneligibleFor(t)))
            .Where(t => t.Source is not null)
            .OrderBy(t => t.Tag, StringComparer.OrdinalIgnoreCase)
            .Select(t => ((string Tag, string Source)?)(t.Tag, t.Source!))
            .FirstOrDefault();

    private static Finding Ineligible(int year, string line, Money amount, (string Tag, string Source) reason)
    {
        var minors = string.Equals(reason.Source, DuVoSources.Jeugd, StringComparison.Ordinal);
        return Finding.Of(
            DuVoFindingCode.IneligibleCoverage,
            Severity.Error,
            year,
            DuVoSources.DuVo,
            line,
            amount,
            FindingMessage.Of(minors ? "DuVo.Ineligible.Minors" : "DuVo.Ineligible.DumoCrisis", MessageArgument.Text(line), MessageArgument.Amount(amount))) with
        {
            Suggestion = reason.Source,
        };
    }

    /// <summary>Percent shares with two decimals adding up to exactly 100.00: 10,000 basis points split by the DU VO amounts.</summary>
    private static decimal[] Shares(IReadOnlyList<(string Name, Money DuVo)> categories)
    {
        if (categories.All(c => !c.DuVo.IsPositive))
        {
            return new decimal[categories.Count];
        }
        var points = Allocator.Split(
            Money.FromCents(BasisPoints),
            categories.Select(c => new AllocationShare(c.Name, c.DuVo.Euros)).ToArray());
        // 10,000 "cents" of basis points are 100.00 "euros" of percent.
        return points.Select(p => p.Euros).ToArray();
    }

    private static Cofinancing[] SplitShortfall(Money shortfall, IReadOnlyList<Regiogemeente> regiogemeenten)
    {
        if (regiogemeenten.Count == 0)
        {
            return [];
        }
        var sorted = regiogemeenten.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        var basis = sorted[0].Inhabitants is null ? CofinancingBasis.FixedShare : CofinancingBasis.Inhabitants;
        var weights = sorted.Select(r => r.Inhabitants is { } n ? n : r.FixedShare!.Value).ToArray();
        var amounts = Allocator.Split(
            shortfall,
            sorted.Select((r, i) => new AllocationShare(r.Code, weights[i])).ToArray());
        return sorted
            .Select((r, i) => new Cofinancing(CbsCode.Parse(r.Code), r.Name, basis, weights[i], amounts[i]))
            .ToArray();
    }
}
