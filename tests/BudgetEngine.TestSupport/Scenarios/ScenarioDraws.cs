using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Seeding;

namespace BudgetEngine.TestSupport.Scenarios;

/// <summary>
/// The draws the seeded scenario generators share (the core's property tests and the API's escaping tests): grants and
/// cost lines over given sources, drawn in one fixed order, so a seed gives the same scenario as it always has.
/// </summary>
public static class ScenarioDraws
{
    /// <summary>An amount of whole cents in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public static Money Cents(SeededRandom random, long min, long max) => Money.FromCents(random.Next(min, max));

    /// <summary>
    /// <paramref name="count"/> grants of up to <paramref name="maxCents"/>: half for a project year, half for a calendar
    /// year up to <paramref name="calendarYearsAfterLast"/> beyond the last; half awarded, a quarter conditional, a quarter
    /// rejected; a quarter earmarked for one of <paramref name="lineNames"/>.
    /// </summary>
    public static Grant[] Grants(SeededRandom random, int count, Func<string> sourceName, long maxCents, int first, int last,
        int calendarYearsAfterLast, Func<int, string> id, string[] lineNames) =>
        Enumerable.Range(0, count).Select(i => new Grant(
            sourceName(),
            Cents(random, 0, maxCents),
            random.Chance(1, 2) ? GrantPeriod.ProjectYear(first - 1 + random.Next(last - first + 2)) : GrantPeriod.CalendarYear(first + random.Next(last - first + 1 + calendarYearsAfterLast)),
            random.Pick(new[] { GrantStatus.Awarded, GrantStatus.Awarded, GrantStatus.Conditional, GrantStatus.Rejected }))
        {
            Id = id(i),
            Project = random.Chance(1, 4) ? random.Pick(lineNames) : null,
        }).ToArray();

    /// <summary>
    /// A cost line per name: a cost of up to <paramref name="maxCents"/> in three years out of four; one to three of the
    /// sources (a tenth of the time the last replaced by <paramref name="unknownSource"/>) as a single, split or flexible
    /// coverage; a fifth tagged minors or dumo-crisis.
    /// </summary>
    public static CostLine[] Lines(SeededRandom random, string[] lineNames, FundingSource[] sources, int first, int last, long maxCents, string unknownSource) =>
        lineNames.Select(name =>
        {
            var amounts = new Dictionary<int, Money>();
            for (var year = first; year <= last; year++)
            {
                if (random.Chance(3, 4)) amounts[year] = Cents(random, 0, maxCents);
            }
            var chosen = random.Shuffle(sources.Select(s => s.Code)).Take(1 + random.Next(Math.Min(3, sources.Length))).ToArray();
            if (random.Chance(1, 10)) chosen = [.. chosen.Take(chosen.Length - 1), unknownSource];
            var coverage = random.Next(3) switch
            {
                0 => Coverage.Single(chosen[0]),
                1 => Coverage.Split(chosen.Select(c => (c, (decimal)(1 + random.Next(5)))).ToArray()),
                _ => Coverage.Flexible(chosen),
            };
            return new CostLine(name, amounts, coverage)
            {
                Tags = random.Chance(1, 5) ? [random.Pick(new[] { EligibilityRules.Minors, EligibilityRules.DumoCrisis })] : [],
            };
        }).ToArray();
}
