using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.LineTotals;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Reconciliation.Properties;

/// <summary>
/// The totals per action line and per taakveld add up, for generated scenarios whose lines get a random action line and
/// taakveld (or none): to the year's costs, to each source's costs, and to the unfunded costs, to the cent.
/// </summary>
public class LineTotalsProperties
{
    private const int Cases = 300;

    private static readonly string[] Taakvelden = ["6.1", "6.81", "6.82", "7.1", "0.10"];

    private static IEnumerable<(ulong Seed, BudgetReconciliation Reconciliation)> Reconciliations(ReconciliationOptions options) =>
        Scenarios().Select(x => (x.Seed, Reconciler.Reconcile(x.Scenario, options)));

    private static IEnumerable<(ulong Seed, Scenario Scenario)> Scenarios() =>
        Enumerable.Range(1, Cases).Select(i =>
        {
            var seed = (ulong)i;
            var scenario = ScenarioGenerator.Generate(seed);
            var random = new SeededRandom(seed * 7919);
            var lines = scenario.Lines.Select(l => l with
            {
                Actielijn = random.Chance(1, 4) ? null : 1 + random.Next(3),
                Taakveld = random.Chance(1, 4) ? null : random.Pick(Taakvelden),
            }).ToArray();
            return (seed, scenario with { Lines = lines });
        });

    private static IEnumerable<(string Grouping, IReadOnlyList<LineGroupCosts> Groups)> Groupings(YearReconciliation year) =>
        [("actielijn", year.ByActielijn), ("taakveld", year.ByTaakveld)];

    [Theory]
    [MemberData(nameof(ReconciliationProperties.AllOptions), MemberType = typeof(ReconciliationProperties))]
    public void The_groups_of_a_year_add_up_to_its_costs_and_each_groups_sources_and_unfunded_to_the_groups_costs(ReconciliationOptions options)
    {
        foreach (var (seed, r) in Reconciliations(options))
        {
            foreach (var year in r.Years)
            {
                foreach (var (grouping, groups) in Groupings(year))
                {
                    Money.Sum(groups.Select(g => g.Costs)).Should().Be(year.Costs, $"{grouping} {year.Year}, seed {seed}");
                    foreach (var g in groups)
                    {
                        (Money.Sum(g.Sources.Select(c => c.Amount)) + g.Unfunded).Should().Be(g.Costs, $"{grouping} {g.Key} {year.Year}, seed {seed}");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(ReconciliationProperties.AllOptions), MemberType = typeof(ReconciliationProperties))]
    public void Over_the_groups_each_source_is_charged_its_costs_and_unfunded_its_costs(ReconciliationOptions options)
    {
        foreach (var (seed, r) in Reconciliations(options))
        {
            foreach (var year in r.Years)
            {
                foreach (var (grouping, groups) in Groupings(year))
                {
                    foreach (var source in year.BySource)
                    {
                        Money.Sum(groups.SelectMany(g => g.Sources).Where(c => c.Source == source.Source).Select(c => c.Amount))
                            .Should().Be(source.Costs, $"{grouping} {source.Source} {year.Year}, seed {seed}");
                    }
                    Money.Sum(groups.Select(g => g.Unfunded)).Should().Be(year.Unfunded.Costs, $"{grouping} unfunded {year.Year}, seed {seed}");
                }
            }
        }
    }

    [Fact]
    public void Each_group_costs_what_its_lines_cost()
    {
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario);
            foreach (var year in r.Years)
            {
                foreach (var g in year.ByActielijn)
                {
                    Money.Sum(scenario.Lines.Where(l => LineGroups.Actielijn(l) == g.Key).Select(l => l.AmountIn(year.Year))).Should().Be(g.Costs, $"actielijn {g.Key} {year.Year}, seed {seed}");
                }
                foreach (var g in year.ByTaakveld)
                {
                    Money.Sum(scenario.Lines.Where(l => LineGroups.Taakveld(l) == g.Key).Select(l => l.AmountIn(year.Year))).Should().Be(g.Costs, $"taakveld {g.Key} {year.Year}, seed {seed}");
                }
            }
        }
    }
}
