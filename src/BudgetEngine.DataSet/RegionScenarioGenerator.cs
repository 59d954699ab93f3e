using BudgetEngine.Seeding;
using BudgetEngine.Contracts;

namespace BudgetEngine.DataSet;

/// <summary>
/// A synthetic regional action programme on the wire (<see cref="ScenarioDto"/>): six sources (the projectenpool
/// lapses at the end of each project year, the others carry over; the reserve has an opening balance), grants sized to roughly the costs
/// charged to each source (some conditional, one rejected, projectenpool money partly earmarked), cost lines with
/// single, split and flexible coverage, a few tags that exclude the DU VO, one misspelt source, declared totals
/// (one of them off) and a subtotal. Deterministic by its generator.
/// </summary>
public static class RegionScenarioGenerator
{
    /// <summary>The six source codes.</summary>
    public static IReadOnlyList<string> SourceCodes() => ["DUVO", "DUMO", "Gemeente", "GHNT", "Projectenpool", "Reserve"];

    private const int FirstYear = 2025;

    public static ScenarioDto Generate(SeededRandom random, string organisation, ScenarioShape shape)
    {
        var lastYear = FirstYear + shape.Years - 1;
        var codes = SourceCodes();
        var activities = Names.Activities();

        // Flexible coverage comes from a few patterns per programme, as real "dekking" columns do ("GHNT/ Projectenpool").
        var patterns = Enumerable.Range(0, 12)
            .Select(_ => random.Shuffle(codes).Take(2 + random.Next(3)).ToArray())
            .ToArray();

        var lines = new List<LineDto>(shape.Lines);
        var costBySource = codes.ToDictionary(c => c, _ => new decimal[shape.Years]);
        var projectLines = new List<string>();
        var totals = new decimal[shape.Years];
        for (var i = 0; i < shape.Lines; i++)
        {
            var name = $"{activities[i % activities.Count]} {i / activities.Count + 1:D2}";
            var amounts = new Dictionary<string, decimal>();
            var level = random.Next(5_000_00, 250_000_00);
            for (var y = 0; y < shape.Years; y++)
            {
                if (!random.Chance(9, 10)) continue;
                var cents = level + level * random.Next(-10, 11) / 100;
                amounts[(FirstYear + y).ToString("D4")] = cents / 100m;
                totals[y] += cents / 100m;
            }

            CoverageDto coverage;
            var flexible = random.Next(100) < shape.FlexiblePercent;
            if (flexible)
            {
                var pattern = random.Pick(patterns);
                coverage = new CoverageDto { Kind = CoverageKindDto.Flexible, Sources = pattern.Select(s => new CoverageSourceDto { Source = s }).ToArray() };
                Charge(costBySource[pattern[0]], amounts, 1m);
            }
            else if (random.Chance(15, 100))
            {
                var weight = 1 + random.Next(4);
                coverage = new CoverageDto
                {
                    Kind = CoverageKindDto.Split,
                    Sources = [new CoverageSourceDto { Source = "DUVO", Weight = weight }, new CoverageSourceDto { Source = "Gemeente", Weight = 1 }],
                };
                Charge(costBySource["DUVO"], amounts, weight / (weight + 1m));
                Charge(costBySource["Gemeente"], amounts, 1m / (weight + 1m));
            }
            else
            {
                var roll = random.Next(100);
                var source = i == 7 ? "GHNT" : roll < 40 ? "DUVO" : roll < 65 ? "Gemeente" : roll < 75 ? "DUMO" : roll < 85 ? "GHNT" : roll < 95 ? "Projectenpool" : "Reserve";
                // Every programme writes "GNHT" once, as seed 001 does.
                var written = source == "GHNT" && i == 7 ? "GNHT" : source;
                coverage = new CoverageDto { Kind = CoverageKindDto.Single, Sources = [new CoverageSourceDto { Source = written }] };
                Charge(costBySource[source], amounts, 1m);
            }
            if (coverage.Sources!.Any(s => s.Source == "Projectenpool")) projectLines.Add(name);

            // Work for minors and crisis places is mostly charged to other sources; now and then a line is charged to the DU VO anyway.
            var onDuvo = coverage.Sources!.Any(s => s.Source == "DUVO");
            var tags = random.Chance(onDuvo ? 1 : 8, 100) ? new[] { random.Chance(2, 3) ? "minors" : "dumo-crisis" } : [];
            lines.Add(new LineDto { Name = name, Actielijn = 1 + random.Next(3), Amounts = amounts, Coverage = coverage, Tags = tags });
        }

        var grants = Grants(random, shape, costBySource, projectLines);
        var subtotalLines = lines.Take(5).Select(l => l.Name!).ToArray();
        var subtotal = new Dictionary<string, decimal>();
        for (var y = 0; y < shape.Years; y++)
        {
            var year = (FirstYear + y).ToString("D4");
            subtotal[year] = lines.Take(5).Sum(l => l.Amounts!.TryGetValue(year, out var a) ? a : 0m);
        }
        var declaredTotals = new Dictionary<string, decimal>();
        for (var y = 0; y < shape.Years; y++) declaredTotals[(FirstYear + y).ToString("D4")] = totals[y] + (y == 3 ? 1_000m : 0m);

        return new ScenarioDto
        {
            Organisation = $"Regio {organisation}",
            Name = $"Synthetisch actieprogramma {FirstYear}-{lastYear}",
            FirstYear = FirstYear,
            LastYear = lastYear,
            Sources =
            [
                Source("DUVO", FundingKindDto.Duvo, "Decentralisatie-uitkering vrouwenopvang", carriesOver: true, 0m),
                Source("DUMO", FundingKindDto.Dumo, "Decentralisatie-uitkering maatschappelijke opvang", carriesOver: true, 0m),
                Source("Gemeente", FundingKindDto.Gemeente, "Eigen middelen gemeenten (Wmo, jeugd)", carriesOver: true, 0m),
                Source("GHNT", FundingKindDto.Ghnt, "Geweld hoort nergens thuis", carriesOver: true, 0m),
                Source("Projectenpool", FundingKindDto.Projectenpool, "Projectenpool \"van denken naar doen\"", carriesOver: false, 0m),
                Source("Reserve", FundingKindDto.Reserve, "Incidentele reserve bescherming en opvang", carriesOver: true,
                    Math.Round(costBySource["Reserve"].Sum() * 0.9m, 2)),
            ],
            Grants = grants,
            Lines = lines,
            Declared = new DeclaredDto
            {
                Totals = declaredTotals,
                Results = new Dictionary<string, decimal>(),
                Subtotals = [new SubtotalDto { Name = "Veilig Thuis", Lines = subtotalLines, Amounts = subtotal }],
            },
        };
    }

    private static void Charge(decimal[] costs, Dictionary<string, decimal> amounts, decimal share)
    {
        foreach (var (year, amount) in amounts) costs[int.Parse(year) - FirstYear] += amount * share;
    }

    private static SourceDto Source(string code, FundingKindDto kind, string name, bool carriesOver, decimal opening) =>
        new() { Code = code, Kind = kind, Name = name, CarriesOver = carriesOver, OpeningBalance = opening };

    /// <summary>
    /// Grants over five sources (a quarter each to DUVO and Gemeente, an eighth each to DUMO and GHNT, the rest to the
    /// projectenpool as project-year grants, some earmarked, some conditional, some rejected), spread evenly over the
    /// years; each is sized to 85-110% of the costs its source carries until that source's next grant.
    /// </summary>
    private static List<GrantDto> Grants(SeededRandom random, ScenarioShape shape, Dictionary<string, decimal[]> costBySource, List<string> projectLines)
    {
        var grants = new List<GrantDto>(shape.Grants);
        var plan = new List<(string Source, int Year, bool ProjectYear, int Until)>();
        var perSource = new Dictionary<string, int>
        {
            ["DUVO"] = shape.Grants / 4,
            ["Gemeente"] = shape.Grants / 4,
            ["DUMO"] = shape.Grants / 8,
            ["GHNT"] = shape.Grants / 8,
        };
        perSource["Projectenpool"] = shape.Grants - perSource.Values.Sum();
        foreach (var (source, count) in perSource)
        {
            for (var k = 0; k < count; k++)
            {
                var year = (int)((long)k * shape.Years / count);
                var until = (int)((long)(k + 1) * shape.Years / count);
                plan.Add((source, year, source == "Projectenpool", until));
            }
        }

        var n = 0;
        foreach (var (source, year, projectYear, until) in plan)
        {
            // The grant pays its source's costs from its year up to the next grant's year (or its share of one year).
            var cost = 0m;
            for (var y = year; y < until; y++) cost += costBySource[source][y];
            if (until <= year) cost = costBySource[source][year] * shape.Years / perSource[source];
            var amount = Math.Round(cost * random.Next(85, 111) / 100m, 2);
            if (amount <= 0m) amount = 10_000m;
            var earmarked = projectYear && projectLines.Count > 0 && random.Chance(2, 5);
            var status = projectYear && random.Chance(1, 4) ? GrantStatusDto.Conditional
                : projectYear && n % 17 == 5 ? GrantStatusDto.Rejected
                : GrantStatusDto.Awarded;
            grants.Add(new GrantDto
            {
                Id = $"{source.ToLowerInvariant()}-{FirstYear + year}-{n}",
                Source = source,
                Amount = earmarked ? Math.Round(amount / 4m, 2) : amount,
                Period = new PeriodDto { Kind = projectYear ? PeriodKindDto.ProjectYear : PeriodKindDto.CalendarYear, Year = FirstYear + year },
                Status = status,
                Project = earmarked ? random.Pick(projectLines) : null,
                Description = $"{source} {FirstYear + year} (synthetisch)",
            });
            n++;
        }
        return grants;
    }
}
