using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.TestSupport.Random;

namespace BudgetEngine.Core.Tests.Reconciliation.Properties;

/// <summary>Random but valid scenarios, deterministic by seed, exercising every feature the reconciliation has.</summary>
internal static class ScenarioGenerator
{
    private static readonly string[] Codes = ["GHNT", "PP", "DUVO", "GEM", "RES"];

    public static Scenario Generate(ulong seed)
    {
        var random = new SeededRandom(seed);
        var first = 2018 + random.Next(4);
        var last = first + random.Next(4);
        var sources = Codes.Take(1 + random.Next(Codes.Length)).Select(code => new FundingSource(code, Kind(code))
        {
            CarriesOver = random.Chance(2, 3),
            OpeningBalance = random.Chance(1, 4) ? Cents(random, 0, 50_000_00) : Money.Zero,
        }).ToArray();

        var lineNames = Enumerable.Range(1, 1 + random.Next(8)).Select(i => $"Line {i:D2}").ToArray();
        string SourceName() => random.Chance(1, 12) ? "UNKNOWN" : random.Pick(sources).Code;

        var grants = Enumerable.Range(0, random.Next(9)).Select(i => new Grant(
            SourceName(),
            Cents(random, 0, 80_000_00),
            random.Chance(1, 2) ? GrantPeriod.ProjectYear(first - 1 + random.Next(last - first + 2)) : GrantPeriod.CalendarYear(first + random.Next(last - first + 1)),
            random.Pick(new[] { GrantStatus.Awarded, GrantStatus.Awarded, GrantStatus.Conditional, GrantStatus.Rejected }))
        {
            Id = $"G{i}",
            Project = random.Chance(1, 4) ? random.Pick(lineNames) : null,
        }).ToArray();

        var lines = lineNames.Select(name =>
        {
            var amounts = new Dictionary<int, Money>();
            for (var year = first; year <= last; year++)
            {
                if (random.Chance(3, 4)) amounts[year] = Cents(random, 0, 40_000_00);
            }
            var chosen = random.Shuffle(sources.Select(s => s.Code)).Take(1 + random.Next(Math.Min(3, sources.Length))).ToArray();
            if (random.Chance(1, 10)) chosen = [.. chosen.Take(chosen.Length - 1), "UNKNOWN"];
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

        return new Scenario("Generated", $"seed {seed}", first, last, sources, grants, lines);
    }

    private static Money Cents(SeededRandom random, long min, long max) => Money.FromCents(random.Next(min, max));

    private static FundingKind Kind(string code) => code switch
    {
        "GHNT" => FundingKind.Ghnt,
        "PP" => FundingKind.Projectenpool,
        "DUVO" => FundingKind.Duvo,
        "GEM" => FundingKind.Gemeente,
        _ => FundingKind.Reserve,
    };
}
