using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Reconciliation.Properties;

/// <summary>Lines fixed to one scarce source share its shortfall pro rata, checked on a few hundred generated budgets.</summary>
public class ShortfallSharingProperties
{
    private const int Cases = 300;

    /// <summary>One source (carrying over or not), a few awarded grants, two to nine lines fixed to it over one to four years.</summary>
    private static Scenario Generate(ulong seed)
    {
        var random = new SeededRandom(seed);
        var first = 2019;
        var last = first + random.Next(4);
        var source = new FundingSource("S", FundingKind.Other) { CarriesOver = random.Chance(1, 2) };
        var grants = Enumerable.Range(0, 1 + random.Next(3)).Select(i => new Grant("S", Money.FromCents(random.Next(1, 60_000_00)),
            GrantPeriod.CalendarYear(first + random.Next(last - first + 1)), GrantStatus.Awarded) { Id = $"G{i}" }).ToArray();
        var lines = Enumerable.Range(0, 2 + random.Next(8)).Select(i => new CostLine($"Line {random.Next(1000):D3}-{i}",
            Enumerable.Range(first, last - first + 1).Where(_ => random.Chance(4, 5)).ToDictionary(y => y, _ => Money.FromCents(random.Next(1, 40_000_00))),
            Coverage.Single("S"))).ToArray();
        return new Scenario("Generated", $"seed {seed}", first, last, [source], grants, lines);
    }

    [Fact]
    public void Lines_fixed_to_one_source_are_short_in_a_year_within_a_cent_of_their_pro_rata_part_of_its_shortfall()
    {
        var yearsShort = 0;
        for (var seed = 1UL; seed <= Cases; seed++)
        {
            var r = Reconciler.Reconcile(Generate(seed));
            foreach (var year in r.Allocations.GroupBy(a => a.Year))
            {
                var costs = year.Sum(a => a.Amount.Cents);
                var shortfall = year.Sum(a => a.Shortfall.Cents);
                if (shortfall == 0) continue;
                yearsShort++;
                foreach (var a in year)
                {
                    // |shortfall_i - shortfall x cost_i / costs| < 1 cent, in whole numbers.
                    var error = (decimal)a.Shortfall.Cents * costs - (decimal)shortfall * a.Amount.Cents;
                    Math.Abs(error).Should().BeLessThan(costs, $"{a.Line} {a.Year}, seed {seed}");
                }
            }
        }
        yearsShort.Should().BeGreaterThan(Cases / 4, "the generated budgets must often be short");
    }

    [Fact]
    public void The_shortfall_a_line_gets_does_not_depend_on_the_names_of_the_lines()
    {
        for (var seed = 1UL; seed <= Cases; seed++)
        {
            var scenario = Generate(seed);
            var renamed = scenario with { Lines = scenario.Lines.Select((l, i) => l with { Name = $"{scenario.Lines.Count - i:D2} renamed" }).ToArray() };

            var before = Reconciler.Reconcile(scenario).Allocations.Select(a => (Line: scenario.Lines.ToList().FindIndex(l => l.Name == a.Line), a.Year, a.Shortfall));
            var after = Reconciler.Reconcile(renamed).Allocations.Select(a => (Line: renamed.Lines.ToList().FindIndex(l => l.Name == a.Line), a.Year, a.Shortfall));
            var tolerance = Money.FromCents(1);
            foreach (var (b, a) in before.OrderBy(x => (x.Line, x.Year)).Zip(after.OrderBy(x => (x.Line, x.Year))))
            {
                (b.Line, b.Year).Should().Be((a.Line, a.Year));
                (b.Shortfall - a.Shortfall).Abs().Should().BeLessThanOrEqualTo(tolerance, $"line {b.Line} {b.Year}, seed {seed}: only a tie of one cent may follow the names");
            }
        }
    }
}
