using System.Security.Cryptography;
using System.Text;
using BudgetEngine.Api.Infrastructure.Versioning;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>The plans a scenario's grants name as their origin, with their transfers, and a tag of the plan versions read.</summary>
/// <param name="Plans">Per centrumgemeente and year a grant names: the latest plan's transfers, or none when no plan is stored.</param>
/// <param name="VersionTag">A short digest of the plan versions read (empty when no grant names an origin): part of a reconciliation's ETag, so that a new plan version changes it.</param>
public sealed record TransferOrigins(IReadOnlyList<PlanTransfers> Plans, string VersionTag)
{
    /// <summary>No grant names an origin.</summary>
    public bool IsEmpty => Plans.Count == 0;
}

/// <summary>
/// Looks up the stored plans (latest versions) that a scenario's grants name in transferFrom, for the core's pass-through comparison
/// (<see cref="Reconciler.WithTransfers"/>). Read-only: the region sees the comparison in its reconciliation, never the plan.
/// </summary>
public sealed class DuVoTransfers(DuVoPlanStore plans)
{
    /// <summary>The plans the grants of <paramref name="scenario"/> name as their origin.</summary>
    public async Task<TransferOrigins> OriginsAsync(Scenario scenario, CancellationToken ct)
    {
        var named = scenario.Grants
            .Select(g => g.TransferFrom)
            .OfType<TransferOrigin>()
            .Select(o => (Code: o.Centrumgemeente.Trim().ToUpperInvariant(), o.Year))
            .Distinct()
            .Order()
            .ToArray();
        if (named.Length == 0) return new TransferOrigins([], "");
        var found = new List<PlanTransfers>();
        var versions = new StringBuilder();
        foreach (var (code, year) in named)
        {
            var stored = await plans.FindAsync(code, year, version: null, ct);
            if (stored.Status != ReadStatus.Found)
            {
                found.Add(new PlanTransfers(code, year, null));
                versions.Append(code).Append(year).Append("-none|");
                continue;
            }
            found.Add(new PlanTransfers(code, year, DuVoBodies.Plan(stored.Document!.Body, code, year).Transfers));
            versions.Append(stored.Document.ETag).Append('|');
        }
        return new TransferOrigins(found, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(versions.ToString())))[..8]);
    }
}
