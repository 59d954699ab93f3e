using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Checks each <see cref="GrantCap"/>: the grants of its source and round that count in the reconciliation (awarded, and
/// conditional unless left out) may add up to at most the cap; above it, <c>GRANT_CAP_EXCEEDED</c> with the excess. The
/// grants stay as written: the finding says how much of what the plan counts on the source's rules do not allow.
/// </summary>
internal static class GrantCapCheck
{
    public static IEnumerable<Finding> Check(Scenario scenario, ReconciliationOptions options)
    {
        // Stryker disable once Statement : with no caps the loop below finds nothing either; leaving early only spares building the catalog
        if (scenario.GrantCaps.Count == 0) yield break;
        var catalog = new SourceCatalog(scenario.Sources);
        foreach (var cap in scenario.GrantCaps)
        {
            var asked = Money.Sum(scenario.Grants
                .Where(g => Counts(g, options) && g.EffectiveRound == cap.Round && SameSource(g.Source, cap.Source))
                .Select(g => g.Amount));
            if (asked <= cap.MaxAmount) continue;
            var source = catalog.Find(cap.Source)?.Code ?? cap.Source.Trim();
            var excess = asked - cap.MaxAmount;
            yield return Finding.Of(ReconciliationFindingCodes.GrantCapExceeded, Severity.Error, cap.Round.Year, source, null, excess,
                FindingMessage.Of("GrantCapExceeded", MessageArgument.Text(source), MessageArgument.Part(IncomeSchedule.Describe(cap.Round)),
                    MessageArgument.Amount(asked), MessageArgument.Amount(excess), MessageArgument.Amount(cap.MaxAmount)));
        }
    }

    private static bool Counts(Grant grant, ReconciliationOptions options) =>
        grant.Status == GrantStatus.Awarded || (grant.Status == GrantStatus.Conditional && options.IncludeConditional);

    /// <summary>Names of one source as the catalog matches them: ignoring case and surrounding spaces.</summary>
    private static bool SameSource(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
