using System.Diagnostics;
using System.Globalization;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Seeding;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// What a reconciliation costs per line-year as the scenario grows: 200, 2,000 and 20,000 lines; 4, 10 and 30 years;
/// 2, 6 and 20 sources; every line flexible over two to four sources, so that the funding network carries all of it.
/// Each size is varied on its own around 2,000 lines x 10 years x 6 sources, plus the smallest and the largest corner.
/// Prints the median time per call and per line-year, and each size's cost per line-year over the smallest's.
/// <c>--scaling [ROUNDS]</c>.
/// </summary>
internal static class ScalingTable
{
    public static void Print(int rounds)
    {
        (int Lines, int Years, int Sources)[] shapes =
        [
            (200, 4, 2),
            (200, 10, 6), (2_000, 10, 6), (20_000, 10, 6),
            (2_000, 4, 6), (2_000, 30, 6),
            (2_000, 10, 2), (2_000, 10, 20),
            (20_000, 30, 20),
        ];
        var scenarios = shapes.Select(s => ScenarioMapper.Read(Generate(s.Lines, s.Years, s.Sources)).Scenario!).ToArray();
        var repeats = shapes.Select(s => Math.Max(2, 200_000 / (s.Lines * s.Years))).ToArray();
        // Every shape is warmed up before any is timed (so the JIT has compiled the same code for all of them), and the
        // rounds go over every shape in turn (so a busy moment of the machine falls on all of them alike). Each timing is
        // of the steady state of a process that reconciles such scenarios one after another: a few calls (at least two)
        // after an untimed one that grows the heap to the shape. (A full garbage collection before each timing instead
        // hands memory back to the system that the largest shape must then fault in again; docs/performance.md.)
        for (var i = 0; i < shapes.Length; i++) Time(scenarios[i], repeats[i]);
        var timings = shapes.Select(_ => new List<double>()).ToArray();
        var allocated = new long[shapes.Length];
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < shapes.Length; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                timings[i].Add(Time(scenarios[i], repeats[i]));
                allocated[i] = (GC.GetTotalAllocatedBytes(precise: true) - before) / (repeats[i] + 1);
            }
        }
        Console.WriteLine($"{"lines",7} {"years",5} {"sources",7} {"line-years",10} {"ms/call",9} {"ns/line-year",12} {"B/line-year",11} {"x smallest",10}");
        double? smallest = null;
        for (var i = 0; i < shapes.Length; i++)
        {
            var (lines, years, sources) = shapes[i];
            var lineYears = (double)lines * years;
            var median = timings[i].Order().ElementAt(timings[i].Count / 2);
            var perLineYear = median * 1e6 / lineYears;
            smallest ??= perLineYear;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{lines,7} {years,5} {sources,7} {lineYears,10:N0} {median,9:F2} {perLineYear,12:F0} {allocated[i] / lineYears,11:F0} {perLineYear / smallest.Value,10:F2}"));
        }
    }

    /// <summary>Milliseconds per call, over <paramref name="repeat"/> calls after an untimed one.</summary>
    private static double Time(ValidatedScenario scenario, int repeat)
    {
        _ = WholeReconciliation.Read(Reconciler.Reconcile(scenario, ReconciliationOptions.Default));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repeat; i++) _ = WholeReconciliation.Read(Reconciler.Reconcile(scenario, ReconciliationOptions.Default));
        return watch.Elapsed.TotalMilliseconds / repeat;
    }

    /// <summary>A scenario of the given size: every line flexible over 2-4 of the sources, grants per source and year sized near the costs.</summary>
    internal static ScenarioDto Generate(int lines, int years, int sources)
    {
        var random = new SeededRandom(0x5CA1E ^ (ulong)(lines * 1_000_003 + years * 1_009 + sources));
        const int firstYear = 2025;
        var codes = Enumerable.Range(1, sources).Select(s => $"B{s:D2}").ToArray();
        var patterns = Enumerable.Range(0, 12).Select(_ => random.Shuffle(codes).Take(Math.Min(sources, 2 + random.Next(3))).ToArray()).ToArray();
        var costs = new decimal[sources, years];
        var lineDtos = new List<LineDto>(lines);
        for (var i = 0; i < lines; i++)
        {
            var pattern = random.Pick(patterns);
            var amounts = new Dictionary<string, decimal>();
            var level = random.Next(5_000_00, 150_000_00);
            for (var y = 0; y < years; y++)
            {
                var cents = level + level * random.Next(-10, 11) / 100;
                amounts[(firstYear + y).ToString("D4", CultureInfo.InvariantCulture)] = cents / 100m;
                costs[Array.IndexOf(codes, pattern[0]), y] += cents / 100m;
            }
            lineDtos.Add(new LineDto
            {
                Name = $"Regel {i + 1:D5}",
                Amounts = amounts,
                Coverage = new CoverageDto { Kind = CoverageKindDto.Flexible, Sources = pattern.Select(s => new CoverageSourceDto { Source = s }).ToArray() },
            });
        }
        var grants = new List<GrantDto>();
        for (var s = 0; s < sources; s++)
        {
            for (var y = 0; y < years; y++)
            {
                grants.Add(new GrantDto
                {
                    Id = $"{codes[s]}-{firstYear + y}",
                    Source = codes[s],
                    Amount = Math.Max(1_000m, Math.Round(costs[s, y] * random.Next(80, 111) / 100m, 2)),
                    Period = new PeriodDto { Kind = PeriodKindDto.CalendarYear, Year = firstYear + y },
                    Status = GrantStatusDto.Awarded,
                });
            }
        }
        return new ScenarioDto
        {
            Organisation = "Regio Schaal",
            Name = $"Schaal {lines} x {years} x {sources}",
            FirstYear = firstYear,
            LastYear = firstYear + years - 1,
            Sources = codes.Select((c, s) => new SourceDto { Code = c, Kind = FundingKindDto.Other, Name = c, CarriesOver = s % 3 != 2, OpeningBalance = 0m }).ToArray(),
            Grants = grants,
            Lines = lineDtos,
        };
    }
}
