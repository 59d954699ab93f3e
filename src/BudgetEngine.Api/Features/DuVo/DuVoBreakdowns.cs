using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Versioning;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
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
/// distribution of the year (latest version). Read-only.
/// </summary>
public sealed class DuVoBreakdowns(DuVoPlanStore plans, DuVoDistributionStore distributions)
{
    /// <summary>The breakdown of one plan: the latest version, or <paramref name="version"/>.</summary>
    public async Task<DuVoBreakdownOutcome> ForYearAsync(string code, int year, int? version, MessageLanguage language, CancellationToken ct)
    {
        var found = await plans.FindAsync(code, year, version, ct);
        return found.Status switch
        {
            ReadStatus.Found => await ComputeAsync(code, year, found.Document!, new Dictionary<int, (DistributionResult, DuVoVersionReferenceDto)?>(), language, ct),
            ReadStatus.NoSuchVersion => new DuVoBreakdownOutcome(DuVoBreakdownStatus.NoSuchVersion),
            _ => new DuVoBreakdownOutcome(DuVoBreakdownStatus.NoPlan),
        };
    }

    /// <summary>The breakdown of every stored plan of a centrumgemeente, by year; null when it has no plan.</summary>
    public async Task<IReadOnlyList<(int Year, DuVoBreakdownOutcome Outcome)>?> ForCentrumgemeenteAsync(string code, MessageLanguage language, CancellationToken ct)
    {
        var stored = await plans.ForCentrumgemeenteAsync(code, ct);
        if (stored.Count == 0) return null;
        var calculated = new Dictionary<int, (DistributionResult, DuVoVersionReferenceDto)?>();
        var result = new List<(int, DuVoBreakdownOutcome)>();
        foreach (var plan in stored)
        {
            result.Add((plan.Year, await ComputeAsync(code, plan.Year, plan.Document, calculated, language, ct)));
        }
        return result;
    }

    private async Task<DuVoBreakdownOutcome> ComputeAsync(
        string code, int year, StoredDocument stored,
        Dictionary<int, (DistributionResult Result, DuVoVersionReferenceDto Reference)?> calculated, MessageLanguage language, CancellationToken ct)
    {
        var plan = DuVoBodies.Plan(stored.Body, code, year);
        var planReference = new DuVoVersionReferenceDto(stored.Version, stored.ETag);
        if (plan.Payment is not null)
        {
            return new DuVoBreakdownOutcome(DuVoBreakdownStatus.Computed, DuVoBreakdownMapper.ToDto(SpendPlanCalculator.Calculate(plan), planReference, null, language));
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
            return new DuVoBreakdownOutcome(DuVoBreakdownStatus.PaymentUnknown, Missing:
                ProblemTexts.Of("Conflict.DuVoPaymentUnknown.NoDistribution", Text(code), Number(year)));
        }
        if (found.Result.Find(CbsCode.Parse(code)) is null)
        {
            return new DuVoBreakdownOutcome(DuVoBreakdownStatus.PaymentUnknown, Missing:
                ProblemTexts.Of("Conflict.DuVoPaymentUnknown.NotInDistribution", Text(code), Number(year), Number(found.Reference.Version)));
        }
        return new DuVoBreakdownOutcome(DuVoBreakdownStatus.Computed,
            DuVoBreakdownMapper.ToDto(SpendPlanCalculator.Calculate(plan, found.Result), planReference, found.Reference, language));
    }
}
