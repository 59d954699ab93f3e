using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.DuVo;

/// <summary>A grant of an organisation's scenario that names a centrumgemeente's plan as its origin (<see cref="Grant.TransferFrom"/>).</summary>
/// <param name="Organisation">The organisation whose scenario it is.</param>
/// <param name="Grant">The grant.</param>
public sealed record TransferredGrant(string Organisation, Grant Grant);

/// <summary>
/// The plan's side of pass-through: each of a plan's <see cref="PlanTransfer"/>s that no grant of its recipient's scenarios names as
/// its origin (same centrumgemeente and year, and the transfer's purpose when the grant names one) gives
/// <see cref="DuVoFindingCode.TransferUnmatched"/> (warning). Whether the amounts and years agree is the reconciliation's
/// comparison (TRANSFER_MISMATCH), which the region sees.
/// </summary>
public static class TransferGrants
{
    /// <summary>The findings for the transfers of <paramref name="plan"/> that no grant of <paramref name="grants"/> names.</summary>
    public static IEnumerable<Finding> Unmatched(SpendPlan plan, IReadOnlyList<TransferredGrant> grants)
    {
        foreach (var transfer in plan.Transfers)
        {
            var named = grants.Any(g => g.Grant.TransferFrom is { } origin
                && Same(origin.Centrumgemeente, plan.Centrumgemeente) && origin.Year == plan.Year
                && Same(g.Organisation, transfer.Recipient)
                && (origin.Purpose is null || Same(origin.Purpose, transfer.Purpose)));
            if (named) continue;
            yield return Finding.Of(DuVoFindingCode.TransferUnmatched, Severity.Warning, transfer.Year, DuVoSources.DuVo, transfer.Purpose, transfer.Amount,
                FindingMessage.Of("Transfer.NoGrant", MessageArgument.Amount(transfer.Amount), MessageArgument.Text(transfer.Recipient),
                    MessageArgument.Text(transfer.Purpose), MessageArgument.Number(transfer.Year)));
        }
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
