using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.TestSupport.Random;

namespace BudgetEngine.Core.Tests.Reconciliation.Properties;

/// <summary>Invariants that hold for every scenario, checked on a few hundred generated ones (seeds fixed, so failures replay).</summary>
public class ReconciliationProperties
{
    private const int Cases = 300;

    public static TheoryData<ReconciliationOptions> AllOptions => new()
    {
        ReconciliationOptions.Default,
        new ReconciliationOptions { Recognition = IncomeRecognition.ProRata },
        new ReconciliationOptions { IncludeConditional = false },
    };

    private static IEnumerable<(ulong Seed, Scenario Scenario)> Scenarios() =>
        Enumerable.Range(1, Cases).Select(i => ((ulong)i, ScenarioGenerator.Generate((ulong)i)));

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void Per_source_and_year_opening_plus_income_equals_costs_plus_lapsed_plus_closing_and_closing_carries_to_the_next_opening(ReconciliationOptions options)
    {
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            foreach (var year in r.Years)
            {
                (year.OpeningBalance + year.Income).Should().Be(year.Costs + year.Lapsed + year.ClosingBalance, $"budget {year.Year}, seed {seed}");
                foreach (var s in year.BySource)
                {
                    (s.OpeningBalance + s.Income).Should().Be(s.Costs + s.Lapsed + s.ClosingBalance, $"{s.Source} {year.Year}, seed {seed}");
                }
            }
            foreach (var (before, after) in r.Years.Zip(r.Years.Skip(1)))
            {
                after.OpeningBalance.Should().Be(before.ClosingBalance, $"seed {seed}");
                after.BySource.Select(s => s.OpeningBalance).Should().Equal(before.BySource.Select(s => s.ClosingBalance), $"seed {seed}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void Every_line_is_allocated_exactly_its_amount_to_sources_and_shortfall_with_no_negative_share(ReconciliationOptions options)
    {
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            foreach (var line in scenario.Lines)
            {
                foreach (var year in scenario.Years.Where(y => !line.AmountIn(y).IsZero))
                {
                    var a = r.Allocations.Single(x => x.Line == line.Name && x.Year == year);
                    a.Amount.Should().Be(line.AmountIn(year));
                    (Money.Sum(a.Sources.Select(s => s.Amount)) + a.Shortfall).Should().Be(a.Amount, $"{line.Name} {year}, seed {seed}");
                    a.Sources.Should().NotContain(s => !s.Amount.IsPositive || s.Conditional.IsNegative || s.Conditional > s.Amount, $"seed {seed}");
                    a.Shortfall.IsNegative.Should().BeFalse();
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void The_result_does_not_depend_on_the_order_of_lines_grants_or_sources(ReconciliationOptions options)
    {
        foreach (var (seed, scenario) in Scenarios().Take(120))
        {
            var random = new SeededRandom(seed * 7919);
            var shuffled = scenario with
            {
                Sources = random.Shuffle(scenario.Sources),
                Grants = random.Shuffle(scenario.Grants),
                Lines = random.Shuffle(scenario.Lines),
            };
            Reconciler.Reconcile(shuffled, options).Should().BeEquivalentTo(Reconciler.Reconcile(scenario, options),
                o => o.WithStrictOrdering(), $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void No_source_is_over_allocated_unless_a_finding_says_so(ReconciliationOptions options)
    {
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            var flagged = r.Findings.Where(f => f.Code == FindingCode.OverAllocated).Select(f => (f.Year, f.Source)).ToHashSet();
            var deficit = new Dictionary<string, Money>();
            foreach (var year in r.Years)
            {
                if (year.ClosingBalance.IsNegative) flagged.Should().Contain((year.Year, null), $"budget {year.Year}, seed {seed}");
                foreach (var s in year.BySource)
                {
                    deficit[s.Source] = deficit.GetValueOrDefault(s.Source) + s.Shortfall;
                    if (s.ClosingBalance.IsNegative || deficit[s.Source].IsPositive)
                    {
                        flagged.Should().Contain((year.Year, s.Source), $"{s.Source} {year.Year}, seed {seed}");
                    }
                    (s.ClosingBalance + deficit[s.Source]).IsNegative.Should().BeFalse($"a source spends only money it has: {s.Source} {year.Year}, seed {seed}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void The_total_shortfall_is_the_least_possible(ReconciliationOptions options)
    {
        if (options.Recognition != IncomeRecognition.AwardYear) return; // the oracle models award-year recognition
        var withShortfallAndChoice = 0;
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            var paid = r.Allocations.Sum(a => (a.Amount - a.Shortfall).Cents);
            paid.Should().Be(LeastShortfallOracle.MostPayableCents(scenario, options), $"seed {seed}");
            if (r.Allocations.Any(a => a.Shortfall.IsPositive) && scenario.Lines.Any(l => l.Coverage.Kind == CoverageKind.Flexible && l.Coverage.Sources.Count > 1))
            {
                withShortfallAndChoice++;
            }
        }
        withShortfallAndChoice.Should().BeGreaterThan(Cases / 10, "the generated cases must include scarce money and real choices");
    }

    [Fact]
    public void Conditional_funding_is_flagged_for_every_use_of_conditional_money()
    {
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario);
            var flagged = r.Findings.Where(f => f.Code == FindingCode.ConditionalFunding).Sum(f => f.Amount!.Value.Cents);
            flagged.Should().Be(r.Allocations.SelectMany(a => a.Sources).Sum(s => s.Conditional.Cents), $"seed {seed}");
        }
    }
}
