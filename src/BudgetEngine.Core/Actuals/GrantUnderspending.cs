using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Actuals;

/// <summary>
/// <c>GRANT_UNDERSPENT</c>: a grant accounted for whose money was not all spent in its period. It compares what the grant
/// received (its <see cref="Grant.Received"/>, else the amount awarded) with the costs charged to its source in the
/// realisatie in the calendar years of its period within the scenario: for an earmarked grant what the source pays of its
/// project's lines, otherwise every cost charged to the source (<c>bySource[].costs</c>). Grants of one source, earmark and
/// period are compared together, as they pay the same costs. What is unspent of a grant that carries over stays with its
/// source, so that finding is information; of a grant that lapses or is to be repaid it is lost to the source, a warning.
/// </summary>
/// <remarks>
/// A grant is accounted for when it states what it received, or when it is awarded and every year of its period within
/// the scenario has an actual cost for some line; a rejected grant, one of an unknown source and a conditional grant that
/// received nothing are not.
/// </remarks>
internal static class GrantUnderspending
{
    public static IEnumerable<Finding> Check(Scenario scenario, IReadOnlyList<YearReconciliation> actualYears, IReadOnlyList<LineAllocation> actualAllocations)
    {
        var catalog = new SourceCatalog(scenario.Sources);
        var accountedYears = scenario.Lines.SelectMany(l => l.Actuals.Keys).ToHashSet();
        var projects = scenario.Lines.ToDictionary(l => l.Name, l => l.ProjectKey.Trim(), StringComparer.Ordinal);

        var groups = scenario.Grants
            .Where(g => g.Status != GrantStatus.Rejected && catalog.Find(g.Source) is not null)
            .Select(g => (Grant: g, Years: YearsInScenario(scenario, g.Period)))
            .Where(g => g.Years.Length > 0
                && (g.Grant.Received is not null || (g.Grant.Status == GrantStatus.Awarded && g.Years.All(accountedYears.Contains))))
            .GroupBy(g => (Source: catalog.Find(g.Grant.Source)!.Code, Project: g.Grant.Project?.Trim().ToUpperInvariant(), g.Grant.Period))
            // The reconciliation orders findings by year, severity, code, source, line and amount; what is left to order
            // here, whatever the order of the grants, is a tie between periods that end alike.
            .OrderBy(g => g.Key.Period.Year).ThenBy(g => g.Key.Period.Kind);

        // Each allocation is worked out when it is read: read once, for every earmarked grant that needs them.
        LineAllocation[]? allocations = null;
        foreach (var group in groups)
        {
            var grants = group.Select(g => g.Grant).ToArray();
            // Stryker disable once Linq : a group has at least one member, so First and FirstOrDefault give the same
            var years = group.First().Years;
            var source = group.Key.Source;
            var project = grants[0].Project?.Trim();
            var received = Money.Sum(grants.Select(g => g.Received ?? g.Amount));
            // Stryker disable once Assignment,NullCoalescing : reading the allocations again gives the same ones, only slower
            var spent = project is null
                ? Money.Sum(actualYears.Where(y => years.Contains(y.Year)).SelectMany(y => y.BySource).Where(s => s.Source == source).Select(s => s.Costs))
                : Money.Sum((allocations ??= [.. actualAllocations])
                    .Where(a => years.Contains(a.Year) && string.Equals(projects[a.Line], project, StringComparison.OrdinalIgnoreCase))
                    .SelectMany(a => a.Sources).Where(s => s.Source == source).Select(s => s.Amount));
            if (spent >= received) continue;

            var what = FindingMessage.Of(grants.All(g => g.Received is not null) ? "GrantUnderspent.Received" : "GrantUnderspent.Awarded", MessageArgument.Amount(received));
            var period = MessageArgument.Text(years.Length == 1 ? $"{years[0]}" : $"{years[0]}-{years[^1]}");
            var message = project is null
                ? FindingMessage.Of("GrantUnderspent", MessageArgument.Part(Describe(grants)), MessageArgument.Part(what), MessageArgument.Text(source),
                    period, MessageArgument.Amount(spent), MessageArgument.Amount(received - spent))
                : FindingMessage.Of("GrantUnderspent.Project", MessageArgument.Part(Describe(grants)), MessageArgument.Part(what), MessageArgument.Text(project),
                    MessageArgument.Text(source), period, MessageArgument.Amount(spent), MessageArgument.Amount(received - spent));
            var rules = grants.Select(g => g.UnspentUnder(catalog.Find(g.Source)!)).ToArray();
            var (consequence, severity) = rules.Contains(UnspentRule.Repay) ? ("GrantUnderspent.Repays", Severity.Warning)
                : rules.Contains(UnspentRule.Lapse) ? ("GrantUnderspent.Lapses", Severity.Warning)
                : ("GrantUnderspent.Carries", Severity.Info);
            message = FindingMessage.Of(consequence, MessageArgument.Part(message), MessageArgument.Text(source));
            yield return Finding.Of(ReconciliationFindingCodes.GrantUnderspent, severity, years[^1], source, project, received - spent, message);
        }
    }

    /// <summary>The calendar years of <paramref name="period"/> that lie within the scenario's years.</summary>
    private static int[] YearsInScenario(Scenario scenario, GrantPeriod period) =>
        Enumerable.Range(period.StartYear, period.EndYear - period.StartYear + 1).Where(y => y >= scenario.FirstYear && y <= scenario.LastYear).ToArray();

    private static FindingMessage Describe(IReadOnlyList<Grant> grants)
    {
        if (grants.Count == 1) return IncomeSchedule.Describe(grants[0], inList: false);
        var items = grants.Select((grant, i) => MessageArgument.Part(IncomeSchedule.Describe(grant, inList: i > 0))).ToArray();
        return FindingMessage.Of("List.Together", MessageArgument.Part(FindingMessage.ListOf(items)));
    }
}
