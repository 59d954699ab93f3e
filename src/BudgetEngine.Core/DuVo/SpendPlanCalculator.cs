using BudgetEngine.Core.Validation;
using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Municipalities;
using static BudgetEngine.Core.Findings.MessageArgument;

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
/// <item>A plan with a <see cref="RegionalReserve"/> adds its surplus to the reserve and draws a shortfall from it first; only what
/// the reserve cannot pay is split over the regiogemeenten (<see cref="ReserveMovement"/>).</item>
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
            errors.Add(FieldPath.Of("centrumgemeente"), "DuVo.CbsCodeInvalid", Text(plan.Centrumgemeente));
        }
        if (plan.Year is < 1)
        {
            errors.Add(FieldPath.Of("year"), "DuVo.YearNotPositive");
        }
        ValidatePayment(plan, distribution, codeValid, errors);
        ValidateCategories(plan, errors);
        ValidateRegiogemeenten(plan, errors);
        CofinancingRules.Validate(plan, errors);
        ValidateReserve(plan.Reserve, errors);
        ValidateTransfers(plan.Transfers, errors);
        return errors.ToList();
    }

    private static void ValidatePayment(SpendPlan plan, DistributionResult? distribution, bool codeValid, ValidationErrors errors)
    {
        var payment = FieldPath.Of("payment");
        if (plan.Payment is { IsNegative: true })
        {
            errors.Add(payment, "DuVo.Plan.PaymentNegative");
        }
        if (distribution is null)
        {
            if (plan.Payment is null)
            {
                errors.Add(payment, "DuVo.Plan.PaymentMissing");
            }
            return;
        }
        if (plan.Year is not { } year)
        {
            errors.Add(FieldPath.Of("year"), "DuVo.Plan.YearMissing");
        }
        else if (distribution.Year != year)
        {
            errors.Add(FieldPath.Of("year"), "DuVo.Plan.YearNotDistributions", Number(year), Number(distribution.Year));
        }
        if (!codeValid)
        {
            return;
        }
        var share = distribution.Find(CbsCode.Parse(plan.Centrumgemeente));
        if (share is null)
        {
            errors.Add(FieldPath.Of("centrumgemeente"), "DuVo.Plan.NotInDistribution", Text(plan.Centrumgemeente), Number(distribution.Year));
        }
        else if (plan.Payment is { } entered && entered != share.Payment)
        {
            errors.Add(payment, "DuVo.Plan.PaymentDiffers", Amount(entered), Amount(share.Payment));
        }
    }

    private static void ValidateCategories(SpendPlan plan, ValidationErrors errors)
    {
        if (plan.Categories is null)
        {
            errors.Add(FieldPath.Of("categories"), "DuVo.Plan.CategoriesMissing");
            return;
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < plan.Categories.Count; i++)
        {
            var path = FieldPath.Of("categories", i);
            var category = plan.Categories[i];
            if (category is null)
            {
                errors.Add(path, "DuVo.Plan.CategoryMissing");
                continue;
            }
            if (string.IsNullOrWhiteSpace(category.Name))
            {
                errors.Add(path.Then("name"), "DuVo.NameMissing");
            }
            else if (!names.Add(category.Name))
            {
                errors.Add(path.Then("name"), "DuVo.Plan.CategoryTwice", Text(category.Name));
            }
            if (category.Amount.IsNegative)
            {
                errors.Add(path.Then("amount"), "DuVo.AmountNegative");
            }
            if (category.Tags is null)
            {
                errors.Add(path.Then("tags"), "DuVo.Plan.TagsNotList");
            }
            if (category.Parts is null)
            {
                errors.Add(path.Then("parts"), "DuVo.Plan.PartsNotList");
                continue;
            }
            var itemised = Money.Zero;
            for (var j = 0; j < category.Parts.Count; j++)
            {
                var partPath = path.Then("parts", j);
                var part = category.Parts[j];
                if (part is null)
                {
                    errors.Add(partPath, "DuVo.Plan.PartMissing");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(part.Name))
                {
                    errors.Add(partPath.Then("name"), "DuVo.NameMissing");
                }
                if (string.IsNullOrWhiteSpace(part.Source))
                {
                    errors.Add(partPath.Then("source"), "DuVo.Plan.PartSourceMissing", Text(DuVoSources.DuVo), Text(DuVoSources.Jeugd));
                }
                if (part.Tags is null)
                {
                    errors.Add(partPath.Then("tags"), "DuVo.Plan.TagsNotList");
                }
                if (part.Amount.IsNegative)
                {
                    errors.Add(partPath.Then("amount"), "DuVo.AmountNegative");
                }
                else
                {
                    itemised += part.Amount;
                }
            }
            if (!category.Amount.IsNegative && itemised > category.Amount)
            {
                errors.Add(path.Then("parts"), "DuVo.Plan.PartsAboveCategory", Amount(itemised), Amount(category.Amount));
            }
        }
    }

    private static void ValidateReserve(RegionalReserve? reserve, ValidationErrors errors)
    {
        if (reserve is null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(reserve.Name))
        {
            errors.Add(FieldPath.Of("reserve", "name"), "DuVo.NameMissing");
        }
        if (reserve.OpeningBalance is { IsNegative: true })
        {
            errors.Add(FieldPath.Of("reserve", "openingBalance"), "DuVo.AmountNegative");
        }
    }

    private static void ValidateTransfers(IReadOnlyList<PlanTransfer>? transfers, ValidationErrors errors)
    {
        if (transfers is null)
        {
            errors.Add(FieldPath.Of("transfers"), "DuVo.Plan.TransfersNotList");
            return;
        }
        for (var i = 0; i < transfers.Count; i++)
        {
            var path = FieldPath.Of("transfers", i);
            if (transfers[i] is not { } transfer)
            {
                errors.Add(path, "DuVo.Plan.TransferMissing");
                continue;
            }
            if (transfer.Amount.IsNegative)
            {
                errors.Add(path.Then("amount"), "DuVo.AmountNegative");
            }
            if (string.IsNullOrWhiteSpace(transfer.Recipient))
            {
                errors.Add(path.Then("recipient"), "DuVo.Plan.TransferRecipientMissing");
            }
            if (string.IsNullOrWhiteSpace(transfer.Purpose))
            {
                errors.Add(path.Then("purpose"), "DuVo.Plan.TransferPurposeMissing");
            }
            if (transfer.Year < 1)
            {
                errors.Add(path.Then("year"), "DuVo.YearNotPositive");
            }
        }
    }

    private static void ValidateRegiogemeenten(SpendPlan plan, ValidationErrors errors)
    {
        var all = FieldPath.Of("regiogemeenten");
        if (plan.Regiogemeenten is null)
        {
            errors.Add(all, "DuVo.Plan.RegiogemeentenNotList");
            return;
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var anyInhabitants = false;
        var shares = 0m;
        int byInhabitants = 0, byShare = 0;
        for (var i = 0; i < plan.Regiogemeenten.Count; i++)
        {
            var path = all.Then(i);
            var regio = plan.Regiogemeenten[i];
            if (regio is null)
            {
                errors.Add(path, "DuVo.Plan.RegiogemeenteMissing");
                continue;
            }
            if (!CbsCode.IsValid(regio.Code))
            {
                errors.Add(path.Then("code"), "DuVo.CbsCodeInvalid", Text(regio.Code));
            }
            else if (!codes.Add(regio.Code))
            {
                errors.Add(path.Then("code"), "DuVo.CodeTwice", Text(regio.Code));
            }
            if (string.IsNullOrWhiteSpace(regio.Name))
            {
                errors.Add(path.Then("name"), "DuVo.NameMissing");
            }
            if ((regio.Inhabitants is null) == (regio.FixedShare is null))
            {
                errors.Add(path, "DuVo.Plan.InhabitantsOrFixedShare");
                continue;
            }
            if (regio.Inhabitants0To17 is < 0)
            {
                errors.Add(path.Then("inhabitants0to17"), "DuVo.Regiogemeente.YouthNegative");
            }
            if (regio.Inhabitants is { } count)
            {
                byInhabitants++;
                if (count < 0)
                {
                    errors.Add(path.Then("inhabitants"), "DuVo.Plan.InhabitantsNegative");
                }
                else if (count > 0)
                {
                    // Whether any inhabitant is counted, not how many: a sum of 64-bit counts could overflow.
                    anyInhabitants = true;
                }
            }
            if (regio.FixedShare is { } share)
            {
                byShare++;
                if (share < 0m)
                {
                    errors.Add(path.Then("fixedShare"), "DuVo.Plan.FixedShareNegative");
                }
                else
                {
                    shares += share;
                }
            }
        }
        if (byInhabitants > 0 && byShare > 0)
        {
            errors.Add(all, "DuVo.Plan.KeysMixed");
        }
        else if (byInhabitants > 0 && !anyInhabitants)
        {
            errors.Add(all, "DuVo.Plan.InhabitantsZero");
        }
        else if (byShare > 0 && shares != 100m)
        {
            errors.Add(all, "DuVo.Plan.FixedSharesNot100", MessageArgument.Decimal(shares));
        }
    }

    /// <summary>
    /// What the distribution's own check of its centrumgemeenten found (<see cref="MunicipalityCheck"/>, when it was
    /// calculated with the list of municipalities), for a code the plan's check did not already flag: the payment rests on
    /// that distribution, so its breakdown tells of it.
    /// </summary>
    private static IEnumerable<Finding> MunicipalityFindingsOf(DistributionResult distribution, List<Finding> findings) =>
        distribution.Findings
            .Where(f => f.Code is DuVoFindingCode.MunicipalityDissolved or DuVoFindingCode.MunicipalityUnknown)
            .Where(f => !findings.Any(g => g.Code == f.Code && g.Line == f.Line))
            .ToArray();

    /// <summary>
    /// Calculates the breakdown, taking the payment from the plan or else from <paramref name="distribution"/>. A plan with a reserve
    /// that states no opening balance opens with <paramref name="carriedReserve"/>: the closing balance of the centrumgemeente's
    /// earlier plans (the caller computes them year by year, oldest first); null when there are none (the reserve starts empty).
    /// With <paramref name="transferGrants"/> (the grants of the recipients' scenarios that name a transfer's origin, as the caller found
    /// them), a transfer no grant names is flagged (<see cref="TransferGrants"/>); null: the transfers are not checked.
    /// </summary>
    /// <remarks>With <paramref name="municipalities"/>, the municipalities the plan names that did not exist in its year are flagged (<see cref="MunicipalityCheck"/>);
    /// so are the distribution's centrumgemeenten, when it was calculated with the list.</remarks>
    /// <exception cref="DuVoValidationException">The plan does not pass <see cref="Validate"/>.</exception>
    public static SpendBreakdown Calculate(SpendPlan plan, DistributionResult? distribution = null, Money? carriedReserve = null,
        IReadOnlyList<TransferredGrant>? transferGrants = null, MunicipalityRegistry? municipalities = null)
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
        var reserve = plan.Reserve is null ? null : ReserveMovement.Of(plan.Reserve, carriedReserve, shortfall, surplus);
        var cofinanced = shortfall - (reserve?.Drawn ?? Money.Zero);
        var cofinancing = cofinanced.IsPositive ? SplitShortfall(cofinanced, plan.Regiogemeenten) : [];

        if (shortfall.IsPositive)
        {
            var split = SplitText(cofinancing, cofinanced, reserve);
            findings.Add(Finding.Of(
                DuVoFindingCode.OverAllocated,
                Severity.Error,
                plan.Year,
                DuVoSources.DuVo,
                null,
                shortfall,
                InYear(plan.Year, "DuVo.OverAllocated", MessageArgument.Amount(duVoCosts), MessageArgument.Amount(payment),
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
                reserve is null
                    ? InYear(plan.Year, "DuVo.Surplus", MessageArgument.Amount(surplus), MessageArgument.Amount(payment))
                    : InYear(plan.Year, "DuVo.Surplus.ToReserve", MessageArgument.Amount(surplus), MessageArgument.Amount(payment),
                        MessageArgument.Text(reserve.Name), MessageArgument.Amount(reserve.ClosingBalance))));
        }

        if (transferGrants is not null)
        {
            findings.AddRange(TransferGrants.Unmatched(plan, transferGrants));
        }
        if (municipalities is not null) findings.AddRange(MunicipalityCheck.Of(plan, municipalities));
        if (distribution is not null) findings.AddRange(MunicipalityFindingsOf(distribution, findings));

        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Line, StringComparer.Ordinal)
            .ThenBy(f => f.Amount)
            .ToArray();

        return new SpendBreakdown(code, plan.Name, plan.Year, payment, breakdown, otherParts, duVoCosts, shortfall, surplus, cofinancing, ordered)
        {
            CofinancingRules = CofinancingRules.Calculate(plan),
            Reserve = reserve,
            PaymentComponents = distribution?.Find(code)?.Components ?? [],
        };
    }

    /// <summary>How the shortfall is paid: from the reserve first (when it holds anything), the rest by the regiogemeenten.</summary>
    private static FindingMessage SplitText(Cofinancing[] cofinancing, Money cofinanced, ReserveMovement? reserve)
    {
        var split = cofinancing.Length == 0
            ? FindingMessage.Of("DuVo.Cofinancing.None")
            : FindingMessage.Of(cofinancing[0].Basis == CofinancingBasis.Inhabitants ? "DuVo.Cofinancing.Inhabitants" : "DuVo.Cofinancing.FixedShare",
                MessageArgument.Number(cofinancing.Length));
        if (reserve is not { Drawn.IsPositive: true })
        {
            return split;
        }
        return cofinanced.IsPositive
            ? FindingMessage.Of("DuVo.Reserve.Drawn", MessageArgument.Amount(reserve.Drawn), MessageArgument.Text(reserve.Name),
                MessageArgument.Amount(cofinanced), MessageArgument.Part(split))
            : FindingMessage.Of("DuVo.Reserve.PaysAll", MessageArgument.Text(reserve.Name), MessageArgument.Amount(reserve.ClosingBalance));
    }

    /// <summary>The message <paramref name="id"/> with the year first; for a plan of no year, its ".AnyYear" text, which names none.</summary>
    private static FindingMessage InYear(int? year, string id, params MessageArgument[] arguments) => year is { } known
        ? FindingMessage.Of(id, [MessageArgument.Number(known), .. arguments])
        : FindingMessage.Of(id + ".AnyYear", arguments);

    private static void FlagIneligible(int? year, SpendCategory category, List<Finding> findings)
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

    private static Finding Ineligible(int? year, string line, Money amount, (string Tag, string Source) reason)
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
