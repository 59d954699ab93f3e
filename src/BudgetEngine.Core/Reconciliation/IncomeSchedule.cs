using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>Turns sources' opening balances and grants into funding pots, recognising income by the chosen method.</summary>
internal sealed class IncomeSchedule
{
    private IncomeSchedule(FundingPot[] pots, long unassignedOpening, long[] unassignedIncome)
    {
        Pots = pots;
        UnassignedOpening = unassignedOpening;
        UnassignedIncome = unassignedIncome;
    }

    /// <summary>The pots, alike grants merged, in a canonical order (by source code, earmark, status, end).</summary>
    public FundingPot[] Pots { get; }

    /// <summary>Income before the horizon from grants of an unknown source: in the budget's opening balance, in no source.</summary>
    public long UnassignedOpening { get; }

    /// <summary>Income per year index from grants of an unknown source: in the budget's income, in no source.</summary>
    public long[] UnassignedIncome { get; }

    public static IncomeSchedule Build(Scenario scenario, SourceCatalog catalog, ReconciliationOptions options, ICollection<Finding> findings)
    {
        var years = scenario.LastYear - scenario.FirstYear + 1;
        var pots = new List<FundingPot>();
        var unassignedOpening = 0L;
        var unassignedIncome = new long[years];

        // In any order: the pots are put in canonical order below, and no two sources have one code.
        foreach (var source in scenario.Sources)
        {
            if (source.OpeningBalance.IsPositive)
            {
                pots.Add(new FundingPot
                {
                    Source = source,
                    HoldsOpeningBalance = true,
                    Opening = source.OpeningBalance.Cents,
                    Income = new long[years],
                    StartYear = 0,
                    EndYear = source.CarriesOver ? years - 1 : 0,
                    Expires = !source.CarriesOver,
                });
            }
        }

        foreach (var grant in scenario.Grants.OrderBy(g => g, GrantOrder.Instance))
        {
            if (grant.Status == GrantStatus.Rejected || (grant.Status == GrantStatus.Conditional && !options.IncludeConditional))
            {
                continue;
            }

            var parts = Recognise(grant, options.Recognition);
            var opening = 0L;
            var income = new long[years];
            var after = 0L;
            var lastRecognised = int.MinValue;
            foreach (var (year, cents) in parts)
            {
                lastRecognised = Math.Max(lastRecognised, year);
                if (year < scenario.FirstYear) opening += cents;
                else if (year > scenario.LastYear) after += cents;
                else income[year - scenario.FirstYear] += cents;
            }

            if (after > 0)
            {
                findings.Add(Finding.Of(ReconciliationFindingCodes.IncomeAfterHorizon, Severity.Info, scenario.LastYear, grant.Source, null,
                    Money.FromCents(after),
                    FindingMessage.Of("IncomeAfterHorizon", MessageArgument.Part(Describe(grant)), MessageArgument.Amount(after), MessageArgument.Number(scenario.LastYear))));
            }

            var source = catalog.Find(grant.Source);
            if (source is null)
            {
                var suggestion = catalog.Suggest(grant.Source);
                findings.Add(Finding.Of(FindingCode.UnknownSource, Severity.Error, null, grant.Source, null, grant.Amount,
                    suggestion is null
                        ? FindingMessage.Of("UnknownSource.Grant", MessageArgument.Part(Describe(grant)), MessageArgument.Text(grant.Source))
                        : FindingMessage.Of("UnknownSource.Grant.Suggestion", MessageArgument.Part(Describe(grant)), MessageArgument.Text(grant.Source), MessageArgument.Text(suggestion))) with
                { Suggestion = suggestion });
                unassignedOpening += opening;
                for (var y = 0; y < years; y++) unassignedIncome[y] += income[y];
                continue;
            }

            var firstInHorizon = Array.FindIndex(income, c => c != 0);
            if (opening == 0 && firstInHorizon < 0)
            {
                continue; // all of it falls after the horizon
            }
            var start = opening != 0 ? 0 : firstInHorizon;
            var periodEnd = Math.Max(grant.Period.EndYear, lastRecognised);
            var unspent = grant.UnspentUnder(source);
            if (unspent != UnspentRule.Carry && periodEnd < scenario.FirstYear)
            {
                continue; // spent, lapsed or repaid before the horizon begins
            }
            var expires = unspent != UnspentRule.Carry && periodEnd <= scenario.LastYear;
            pots.Add(new FundingPot
            {
                Source = source,
                Grants = [grant],
                Project = string.IsNullOrWhiteSpace(grant.Project) ? null : grant.Project,
                Conditional = grant.Status == GrantStatus.Conditional,
                Opening = opening,
                Income = income,
                StartYear = start,
                EndYear = expires ? periodEnd - scenario.FirstYear : years - 1,
                Expires = expires,
                Repays = expires && unspent == UnspentRule.Repay,
            });
        }

        var merged = pots
            .GroupBy(p => p.MergeKey)
            .Select(g => g.Aggregate((a, b) => a.Merge(b)))
            .OrderBy(p => p.Source.Code, StringComparer.Ordinal)
            .ThenBy(p => p.Project, StringComparer.Ordinal)
            .ThenBy(p => p.Conditional)
            .ThenBy(p => p.EndYear)
            .ThenBy(p => p.Expires)
            .ThenBy(p => p.Repays)
            .ToArray();
        return new IncomeSchedule(merged, unassignedOpening, unassignedIncome);
    }

    /// <summary>The grant's amount per calendar year under the recognition method, in cents.</summary>
    internal static IReadOnlyList<(int Year, long Cents)> Recognise(Grant grant, IncomeRecognition recognition)
    {
        if (recognition == IncomeRecognition.AwardYear)
        {
            return [(grant.EffectiveAwardYear, grant.Amount.Cents)];
        }
        var months = grant.Period.MonthsPerYear;
        // Stryker disable once String : the keys only break ties between equal remainders, which a period's months (4 and 8, or 12) never leave; and a year from 1990 on reads the same with or without D4
        var shares = Allocator.Split(grant.Amount, months.Select(m => new AllocationShare(m.Year.ToString("D4"), m.Months)).ToArray());
        return months.Select((m, i) => (m.Year, shares[i].Cents)).ToArray();
    }

    /// <summary>The grant in words ("The awarded GHNT grant 'g1' for 'Trauma' (2019)"), starting with a capital or, in a list, not.</summary>
    internal static FindingMessage Describe(Grant grant, bool inList = false) => FindingMessage.Of(
        inList ? "Grant.Description.Lower" : "Grant.Description",
        MessageArgument.Part(FindingMessage.Of($"GrantStatus.{grant.Status}")),
        MessageArgument.Text(grant.Source),
        grant.Id is null ? MessageArgument.Empty : MessageArgument.Part(FindingMessage.Of("Grant.Id", MessageArgument.Text(grant.Id))),
        grant.Project is null ? MessageArgument.Empty : MessageArgument.Part(FindingMessage.Of("Grant.Project", MessageArgument.Text(grant.Project))),
        MessageArgument.Part(Describe(grant.Period)));

    /// <summary>A period in words: "2019", or "project year Sept 2019 - Aug 2020".</summary>
    internal static FindingMessage Describe(GrantPeriod period) => period.Kind == PeriodKind.ProjectYear
        ? FindingMessage.Of("Period.ProjectYear", MessageArgument.Number(period.Year), MessageArgument.Number(period.Year + 1))
        : FindingMessage.Of("Period.CalendarYear", MessageArgument.Number(period.Year));
}
