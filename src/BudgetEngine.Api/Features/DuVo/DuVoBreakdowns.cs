using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Versioning;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Municipalities;
using BudgetEngine.Api.Features.Municipalities;
using BudgetEngine.Core.Texts;
using static BudgetEngine.Api.Infrastructure.Errors.ProblemTexts;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>What asking for a breakdown found.</summary>
public enum DuVoBreakdownStatus
{
    /// <summary>The breakdown was computed.</summary>
    Computed,
    /// <summary>No plan is stored for the centrumgemeente and year.</summary>
    NoPlan,
    /// <summary>The plan exists but not the version asked for.</summary>
    NoSuchVersion,
    /// <summary>The plan enters no payment and no stored distribution gives one.</summary>
    PaymentUnknown,
}

/// <summary>The outcome: the breakdown, or what is missing.</summary>
/// <param name="Status">What was found.</param>
/// <param name="Breakdown">The breakdown when computed.</param>
/// <param name="Missing">When the payment is unknown: what is missing and how to supply it.</param>
public sealed record DuVoBreakdownOutcome(DuVoBreakdownStatus Status, DuVoBreakdownDto? Breakdown = null, ErrorText? Missing = null);

/// <summary>
/// Computes breakdowns over the stored versions: a plan's entered payment, else its centrumgemeente's payment in the stored national
/// distribution of the year (latest version). A plan's reserve that states no opening balance opens with the closing balance of the
/// centrumgemeente's earlier plans (latest versions), computed year by year, oldest first (<see cref="ReserveCarry"/>). A plan's transfers
/// are checked against the grants of the recipients' stored scenarios that name it (<see cref="ITransferGrants"/>). The municipalities
/// a plan names are checked against the list in use (<see cref="MunicipalityListStore"/>). Read-only.
/// </summary>
public sealed class DuVoBreakdowns(DuVoPlanStore plans, DuVoDistributionStore distributions, ITransferGrants transferGrants,
    MunicipalityListStore municipalities)
{
    /// <summary>The breakdown of one plan: the latest version, or <paramref name="version"/>.</summary>
    public async Task<DuVoBreakdownOutcome> ForYearAsync(string code, int year, int? version, MessageLanguage language, CancellationToken ct)
    {
        var found = await plans.FindAsync(code, year, version, ct);
        if (found.Status != ReadStatus.Found)
        {
            return new DuVoBreakdownOutcome(found.Status == ReadStatus.NoSuchVersion ? DuVoBreakdownStatus.NoSuchVersion : DuVoBreakdownStatus.NoPlan);
        }
        var calculated = new Dictionary<int, (DistributionResult, DuVoVersionReferenceDto)?>();
        var registry = await municipalities.RegistryAsync(ct);
        var plan = DuVoBodies.Plan(found.Document!.Body, code, year);
        var carry = ReserveCarry.Start;
        if (plan.Reserve is { OpeningBalance: null })
        {
            foreach (var earlier in (await plans.ForCentrumgemeenteAsync(code, ct)).Where(p => p.Year < year))
            {
                carry = (await ComputeAsync(code, earlier.Year, earlier.Document, carry, calculated, registry, language, ct)).Carry;
            }
        }
        return (await ComputeAsync(code, year, found.Document, carry, calculated, registry, language, ct)).Outcome;
    }

    /// <summary>The breakdown of every stored plan of a centrumgemeente, by year, the reserve carried from year to year; null when it has no plan.</summary>
    public async Task<IReadOnlyList<(int Year, DuVoBreakdownOutcome Outcome)>?> ForCentrumgemeenteAsync(string code, MessageLanguage language, CancellationToken ct)
    {
        var stored = await plans.ForCentrumgemeenteAsync(code, ct);
        if (stored.Count == 0) return null;
        var calculated = new Dictionary<int, (DistributionResult, DuVoVersionReferenceDto)?>();
        var result = new List<(int, DuVoBreakdownOutcome)>();
        var registry = await municipalities.RegistryAsync(ct);
        var carry = ReserveCarry.Start;
        foreach (var plan in stored)
        {
            var (outcome, next) = await ComputeAsync(code, plan.Year, plan.Document, carry, calculated, registry, language, ct);
            result.Add((plan.Year, outcome));
            carry = next;
        }
        return result;
    }

    private async Task<(DuVoBreakdownOutcome Outcome, ReserveCarry Carry)> ComputeAsync(
        string code, int year, StoredDocument stored, ReserveCarry carry,
        Dictionary<int, (DistributionResult Result, DuVoVersionReferenceDto Reference)?> calculated, MunicipalityRegistry registry,
        MessageLanguage language, CancellationToken ct)
    {
        var plan = DuVoBodies.Plan(stored.Body, code, year);
        var planReference = new DuVoVersionReferenceDto(stored.Version, stored.ETag);
        var grants = plan.Transfers.Count == 0 ? [] : await transferGrants.NamingAsync(code, year, plan.Transfers.Select(t => t.Recipient).ToArray(), ct);
        if (plan.Reserve is { OpeningBalance: null } && carry.UnknownSince is { } unknown)
        {
            return (new DuVoBreakdownOutcome(DuVoBreakdownStatus.PaymentUnknown, Missing:
                ProblemTexts.Of("Conflict.DuVoReserveUnknown", Text(code), Number(year), Number(unknown))), carry);
        }
        if (plan.Payment is not null)
        {
            var breakdown = SpendPlanCalculator.Calculate(plan, null, carry.Balance, grants, registry);
            return (new DuVoBreakdownOutcome(DuVoBreakdownStatus.Computed, DuVoBreakdownMapper.ToDto(breakdown, planReference, null, language)), carry.After(breakdown));
        }

        if (!calculated.TryGetValue(year, out var distribution))
        {
            var document = (await distributions.FindAsync(year, version: null, ct)).Document;
            distribution = document is null
                ? null
                : (DuVoDistribution.Calculate(DuVoBodies.Distribution(document.Body, year)), new DuVoVersionReferenceDto(document.Version, document.ETag));
            calculated[year] = distribution;
        }
        if (distribution is not { } found)
        {
            return (new DuVoBreakdownOutcome(DuVoBreakdownStatus.PaymentUnknown, Missing:
                ProblemTexts.Of("Conflict.DuVoPaymentUnknown.NoDistribution", Text(code), Number(year))), carry.Unknown(plan, year));
        }
        if (found.Result.Find(CbsCode.Parse(code)) is null)
        {
            return (new DuVoBreakdownOutcome(DuVoBreakdownStatus.PaymentUnknown, Missing:
                ProblemTexts.Of("Conflict.DuVoPaymentUnknown.NotInDistribution", Text(code), Number(year), Number(found.Reference.Version))), carry.Unknown(plan, year));
        }
        var computed = SpendPlanCalculator.Calculate(plan, found.Result, carry.Balance, grants, registry);
        return (new DuVoBreakdownOutcome(DuVoBreakdownStatus.Computed,
            DuVoBreakdownMapper.ToDto(computed, planReference, found.Reference, language)), carry.After(computed));
    }
}
