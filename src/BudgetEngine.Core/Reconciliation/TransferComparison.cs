using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>The transfers of one centrumgemeente's plan of one year, as the caller found them.</summary>
/// <param name="Centrumgemeente">The centrumgemeente's CBS code.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="Transfers">The plan's transfers; null when no plan of that centrumgemeente and year is stored.</param>
public sealed record PlanTransfers(string Centrumgemeente, int Year, IReadOnlyList<PlanTransfer>? Transfers);

/// <summary>
/// Pass-through: compares each grant that names its origin (<see cref="Grant.TransferFrom"/>) with the transfer the centrumgemeente's plan
/// names for the scenario's organisation (and the purpose, when the grant names one). Pure: the caller looks the plans up. A grant whose
/// transfer differs in amount or in the year it is booked (against the grant's award year), or whose plan names no such transfer, gives
/// <see cref="ReconciliationFindingCodes.TransferMismatch"/> (warning) with both figures.
/// </summary>
public static class TransferComparison
{
    /// <summary>The transfers a grant may be matched with: to the scenario's organisation and, when the grant names one, of its purpose (ignoring case).</summary>
    public static IEnumerable<PlanTransfer> Candidates(IEnumerable<PlanTransfer> transfers, string organisation, string? purpose) =>
        transfers.Where(t => Same(t.Recipient, organisation) && (purpose is null || Same(t.Purpose, purpose)));

    /// <summary>The findings for every grant of <paramref name="scenario"/> that names its origin, in grant order.</summary>
    public static IReadOnlyList<Finding> Compare(Scenario scenario, IReadOnlyList<PlanTransfers> plans)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plans);
        var findings = new List<Finding>();
        foreach (var grant in scenario.Grants)
        {
            if (grant.TransferFrom is not { } origin) continue;
            var grantName = MessageArgument.Text(grant.Description ?? grant.Id ?? grant.Source);
            var plan = plans.FirstOrDefault(p => Same(p.Centrumgemeente, origin.Centrumgemeente) && p.Year == origin.Year);
            var candidates = Candidates(plan?.Transfers ?? [], scenario.Organisation, origin.Purpose).ToArray();
            var year = grant.EffectiveAwardYear;
            if (candidates.Length == 0)
            {
                findings.Add(Mismatch(grant, year, grant.Amount, FindingMessage.Of(plan?.Transfers is null ? "Transfer.NoPlan" : "Transfer.None",
                    grantName, MessageArgument.Amount(grant.Amount), MessageArgument.Text(origin.Centrumgemeente), MessageArgument.Number(origin.Year),
                    MessageArgument.Text(scenario.Organisation))));
                continue;
            }
            if (candidates.Any(t => t.Amount == grant.Amount && t.Year == year)) continue;
            var transfer = candidates.FirstOrDefault(t => t.Year == year) ?? candidates.FirstOrDefault(t => t.Amount == grant.Amount) ?? candidates[0];
            var difference = (grant.Amount - transfer.Amount).Abs();
            var origins = new[] { grantName, MessageArgument.Text(origin.Centrumgemeente), MessageArgument.Number(origin.Year), MessageArgument.Text(transfer.Purpose) };
            var message = transfer.Amount == grant.Amount
                ? FindingMessage.Of("Transfer.Year", [.. origins, MessageArgument.Number(year), MessageArgument.Number(transfer.Year)])
                : transfer.Year == year
                    ? FindingMessage.Of("Transfer.Amount", [.. origins, MessageArgument.Amount(grant.Amount), MessageArgument.Amount(transfer.Amount), MessageArgument.Amount(difference)])
                    : FindingMessage.Of("Transfer.AmountAndYear", [.. origins, MessageArgument.Amount(grant.Amount), MessageArgument.Amount(transfer.Amount),
                        MessageArgument.Amount(difference), MessageArgument.Number(year), MessageArgument.Number(transfer.Year)]);
            findings.Add(Mismatch(grant, year, transfer.Amount == grant.Amount ? grant.Amount : difference, message));
        }
        return findings;
    }

    private static Finding Mismatch(Grant grant, int year, Money amount, FindingMessage message) =>
        Finding.Of(ReconciliationFindingCodes.TransferMismatch, Severity.Warning, year, grant.Source, null, amount, message);

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
