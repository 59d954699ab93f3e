using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Seeding;
using BudgetEngine.TestSupport.Scenarios;

namespace BudgetEngine.TestSupport.Scenarios;

/// <summary>
/// Random valid core scenarios, deterministic by seed, whose names and source codes are drawn from text that JSON must
/// escape or encode: quotes, backslashes, HTML-sensitive &lt;&gt;&amp;', non-ASCII (ö, €, emoji), control characters, line
/// separators and a lone surrogate. Every kind of finding can occur: unknown and near-miss sources (with a suggestion),
/// conditional and rejected grants, earmarked grants that lapse, ineligible tags, declared totals that differ.
/// </summary>
public static class TrickyScenarioGenerator
{
    /// <summary>Text that exercises every escaping rule of the default encoder.</summary>
    public static readonly string[] TrickyTexts =
    [
        "Regel \"tussen aanhalingstekens\"",
        "Zorg & veiligheid <MDA++>",
        "O'Brien's project",
        "Coördinatie ketenaanpak",
        "Kosten in € (euro)",
        "tab\there",
        "nieuwe\nregel\r\n",
        "control \u0001\u001f\u007f",
        "backslash \\ and /slash/",
        "plus+sign `backtick`",
        "line separator \u2028 and \u2029",
        "emoji 😀 and 𝄞",
        "lone surrogate \ud800 here",
        "Ï ñ ß æ ø å 中文",
        "  spaced out  ",
        "null",
    ];

    private static readonly (string Code, FundingKind Kind)[] SourcePool =
    [
        ("GHNT", FundingKind.Ghnt),
        ("Projectenpool", FundingKind.Projectenpool),
        ("DUVO", FundingKind.Duvo),
        ("Gemeente \"eigen\" middelen €", FundingKind.Gemeente),
        ("Reserve <R&D>", FundingKind.Reserve),
        ("Dumo'ö", FundingKind.Dumo),
        ("Other\tcontrol\u0002", FundingKind.Other),
    ];

    /// <summary>
    /// A tricky scenario. <paramref name="acceptedByTheApi"/> leaves out the texts with control characters, which the API
    /// refuses in names (the writer itself still escapes them, for documents stored before that rule).
    /// </summary>
    public static Scenario Generate(ulong seed, bool acceptedByTheApi = false)
    {
        var texts = acceptedByTheApi ? TrickyTexts.Where(t => !t.Any(char.IsControl)).ToArray() : TrickyTexts;
        var pool = acceptedByTheApi ? SourcePool.Where(s => !s.Code.Any(char.IsControl)).ToArray() : SourcePool;
        var random = new SeededRandom(seed);
        var first = 2018 + random.Next(4);
        var last = first + random.Next(5);
        var sources = random.Shuffle(pool).Take(1 + random.Next(pool.Length)).Select(s => new FundingSource(s.Code, s.Kind)
        {
            CarriesOver = random.Chance(2, 3),
            OpeningBalance = random.Chance(1, 4) ? ScenarioDraws.Cents(random, 0, 50_000_00) : Money.Zero,
            Name = random.Chance(1, 2) ? random.Pick(texts) : null,
        }).ToArray();

        var lineNames = random.Shuffle(texts.Select((text, i) => $"{text} #{i}")).Take(1 + random.Next(10)).ToArray();
        string SourceName() => random.Next(14) switch
        {
            0 => "GNHT", // a near miss: UNKNOWN_SOURCE with a suggestion
            1 => "Onbekend \"bron\" <x>",
            _ => random.Pick(sources).Code,
        };

        var grants = ScenarioDraws.Grants(random, random.Next(12), SourceName, 90_000_00, first, last, calendarYearsAfterLast: 1, i => $"G{i} {random.Pick(texts)}", lineNames);
        var lines = ScenarioDraws.Lines(random, lineNames, sources, first, last, 45_000_00, "GNHT");
        // Action lines and taakvelden from a stream of their own, so the other draws stay as they were.
        var groups = SeededRandom.For(seed, "line-groups", 0);
        lines = lines.Select(l => l with
        {
            Actielijn = groups.Chance(1, 3) ? null : 1 + groups.Next(3),
            Taakveld = groups.Chance(1, 3) ? null : groups.Pick(new[] { "6.81", "6.82", "0.10", "7.1" }),
        }).ToArray();

        var declared = new DeclaredFigures
        {
            Totals = random.Chance(1, 2) ? Enumerable.Range(first, last - first + 1).Where(_ => random.Chance(1, 2)).ToDictionary(y => y, _ => ScenarioDraws.Cents(random, 0, 200_000_00)) : new Dictionary<int, Money>(),
            Results = random.Chance(1, 3) ? new Dictionary<int, Money> { [first] = ScenarioDraws.Cents(random, -50_000_00, 50_000_00) } : new Dictionary<int, Money>(),
        };

        return new Scenario(random.Pick(texts), $"seed {seed} {random.Pick(texts)}", first, last, sources, grants, lines) { Declared = declared };
    }
}
