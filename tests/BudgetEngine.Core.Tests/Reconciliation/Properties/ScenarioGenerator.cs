using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Seeding;
using BudgetEngine.TestSupport.Scenarios;

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
            OpeningBalance = random.Chance(1, 4) ? ScenarioDraws.Cents(random, 0, 50_000_00) : Money.Zero,
        }).ToArray();

        var lineNames = Enumerable.Range(1, 1 + random.Next(8)).Select(i => $"Line {i:D2}").ToArray();
        string SourceName() => random.Chance(1, 12) ? "UNKNOWN" : random.Pick(sources).Code;

        var grants = ScenarioDraws.Grants(random, random.Next(9), SourceName, 80_000_00, first, last, calendarYearsAfterLast: 0, i => $"G{i}", lineNames);
        var lines = ScenarioDraws.Lines(random, lineNames, sources, first, last, 40_000_00, "UNKNOWN");

        return new Scenario("Generated", $"seed {seed}", first, last, sources, grants, lines);
    }

    private static FundingKind Kind(string code) => code switch
    {
        "GHNT" => FundingKind.Ghnt,
        "PP" => FundingKind.Projectenpool,
        "DUVO" => FundingKind.Duvo,
        "GEM" => FundingKind.Gemeente,
        _ => FundingKind.Reserve,
    };
}
