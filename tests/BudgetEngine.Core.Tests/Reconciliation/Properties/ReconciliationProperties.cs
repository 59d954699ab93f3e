using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Seeding;

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
        Enumerable.Range(1, Cases).Select(i => ((ulong)i, WithUnspentRules((ulong)i, ScenarioGenerator.Generate((ulong)i))));

    /// <summary>
    /// Gives a quarter of the grants each the rule carry, lapse or repay, the rest their source's default, drawn from a
    /// random of their own so that every other part of the generated scenario stays as it was.
    /// </summary>
    private static Scenario WithUnspentRules(ulong seed, Scenario scenario)
    {
        var random = new SeededRandom(seed * 104_729 + 17);
        UnspentRule?[] rules = [UnspentRule.Carry, UnspentRule.Lapse, UnspentRule.Repay, null];
        return scenario with { Grants = scenario.Grants.Select(g => g with { Unspent = random.Pick(rules) }).ToArray() };
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void Per_source_and_year_opening_plus_income_plus_deficit_to_unfunded_equals_costs_plus_lapsed_plus_repaid_plus_closing(ReconciliationOptions options)
    {
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            foreach (var year in r.Years)
            {
                (year.OpeningBalance + year.Income).Should().Be(year.Costs + year.Lapsed + year.Repaid + year.ClosingBalance, $"budget {year.Year}, seed {seed}");
                foreach (var s in year.BySource)
                {
                    (s.OpeningBalance + s.Income + s.DeficitToUnfunded).Should().Be(s.Costs + s.Lapsed + s.Repaid + s.ClosingBalance, $"{s.Source} {year.Year}, seed {seed}");
                }
                var u = year.Unfunded;
                (u.OpeningBalance + u.Income).Should().Be(u.Costs + u.DeficitsFromSources + u.ClosingBalance, $"unfunded {year.Year}, seed {seed}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void Every_closing_balance_carries_to_the_next_years_opening_for_the_budget_each_source_and_unfunded(ReconciliationOptions options)
    {
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            foreach (var (before, after) in r.Years.Zip(r.Years.Skip(1)))
            {
                after.OpeningBalance.Should().Be(before.ClosingBalance, $"seed {seed}");
                after.BySource.Select(s => s.OpeningBalance).Should().Equal(before.BySource.Select(s => s.ClosingBalance), $"seed {seed}");
                after.Unfunded.OpeningBalance.Should().Be(before.Unfunded.ClosingBalance, $"seed {seed}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void For_every_year_and_figure_the_sources_plus_unfunded_equal_the_budget(ReconciliationOptions options)
    {
        var withUnfunded = 0;
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            foreach (var year in r.Years)
            {
                var sources = year.BySource;
                var u = year.Unfunded;
                (Money.Sum(sources.Select(s => s.OpeningBalance)) + u.OpeningBalance).Should().Be(year.OpeningBalance, $"opening {year.Year}, seed {seed}");
                (Money.Sum(sources.Select(s => s.Income)) + u.Income).Should().Be(year.Income, $"income {year.Year}, seed {seed}");
                (Money.Sum(sources.Select(s => s.Costs)) + u.Costs).Should().Be(year.Costs, $"costs {year.Year}, seed {seed}");
                Money.Sum(sources.Select(s => s.Lapsed)).Should().Be(year.Lapsed, $"lapsed {year.Year}, seed {seed}");
                Money.Sum(sources.Select(s => s.Repaid)).Should().Be(year.Repaid, $"repaid {year.Year}, seed {seed}");
                Money.Sum(sources.Select(s => s.DeficitToUnfunded)).Should().Be(u.DeficitsFromSources, $"deficits {year.Year}, seed {seed}");
                (Money.Sum(sources.Select(s => s.ClosingBalance)) + u.ClosingBalance).Should().Be(year.ClosingBalance, $"closing {year.Year}, seed {seed}");
                if (!u.ClosingBalance.IsZero) withUnfunded++;
            }
        }
        withUnfunded.Should().BeGreaterThan(Cases / 10, "the generated cases must include unfunded costs and deficits");
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void What_lapses_and_what_is_repaid_is_told_by_the_balances_and_the_findings_alike(ReconciliationOptions options)
    {
        var repaidCases = 0;
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            foreach (var year in r.Years)
            {
                foreach (var s in year.BySource)
                {
                    Money Told(string code) => Money.Sum(r.Findings.Where(f => f.Code == code && f.Source == s.Source && f.Year == year.Year).Select(f => f.Amount!.Value));
                    s.Lapsed.Should().Be(Told(FindingCode.FundsLapsed), $"lapsed {s.Source} {year.Year}, seed {seed}");
                    s.Repaid.Should().Be(Told(ReconciliationFindingCodes.Repayable), $"repaid {s.Source} {year.Year}, seed {seed}");
                    if (s.Repaid.IsPositive) repaidCases++;
                }
            }
        }
        repaidCases.Should().BeGreaterThan(Cases / 10, "the generated cases must include repayments");
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void A_source_whose_money_does_not_carry_over_never_closes_below_zero_and_hands_only_its_own_unpaid_costs_to_unfunded(ReconciliationOptions options)
    {
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            foreach (var year in r.Years)
            {
                foreach (var s in year.BySource)
                {
                    var carries = scenario.Sources.Single(x => x.Code == s.Source).CarriesOver;
                    if (carries)
                    {
                        s.DeficitToUnfunded.Should().Be(Money.Zero, $"{s.Source} {year.Year}, seed {seed}");
                    }
                    else
                    {
                        s.ClosingBalance.IsNegative.Should().BeFalse($"{s.Source} {year.Year}, seed {seed}");
                        s.DeficitToUnfunded.Should().Be(s.Shortfall, $"{s.Source} {year.Year}, seed {seed}");
                    }
                }
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
    public void A_source_is_over_allocated_exactly_when_it_closes_below_zero_or_hands_a_deficit_to_unfunded_and_by_that_amount(ReconciliationOptions options)
    {
        var flaggedYears = 0;
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            var flagged = r.Findings.Where(f => f.Code == FindingCode.OverAllocated && f.Source is not null).ToDictionary(f => (f.Year, f.Source), f => f.Amount);
            foreach (var year in r.Years)
            {
                foreach (var s in year.BySource)
                {
                    var expected = s.ClosingBalance.IsNegative ? s.ClosingBalance.Abs() : s.DeficitToUnfunded;
                    if (expected.IsZero)
                    {
                        flagged.Should().NotContainKey((year.Year, s.Source), $"{s.Source} closes {year.Year} at {s.ClosingBalance} and hands nothing on, seed {seed}");
                    }
                    else
                    {
                        flagged.Should().Contain((year.Year, s.Source), expected, $"{s.Source} {year.Year}, seed {seed}");
                        flaggedYears++;
                    }
                }
            }
            foreach (var year in r.Years.Where(y => y.ClosingBalance.IsNegative))
            {
                r.Findings.Should().Contain(f => f.Code == FindingCode.OverAllocated && f.Source == null && f.Year == year.Year && f.Amount == year.ClosingBalance.Abs(), $"seed {seed}");
            }
        }
        flaggedYears.Should().BeGreaterThan(Cases / 10, "the generated cases must include over-allocated sources");
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void A_source_settles_earlier_deficits_only_with_the_income_of_the_year_it_settles_them_in(ReconciliationOptions options)
    {
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            foreach (var year in r.Years)
            {
                foreach (var s in year.BySource)
                {
                    s.DeficitSettled.Cents.Should().BeLessThanOrEqualTo(s.Income.Cents,
                        $"later income settles a deficit in the year it arrives, as a ledger's balance does ({s.Source} {year.Year}, seed {seed})");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void What_a_source_settles_later_is_reported_in_the_allocations_the_balances_and_the_findings_alike(ReconciliationOptions options)
    {
        var settledCases = 0;
        foreach (var (seed, scenario) in Scenarios())
        {
            var r = Reconciler.Reconcile(scenario, options);
            foreach (var year in r.Years)
            {
                foreach (var s in year.BySource)
                {
                    var inAllocations = Money.Sum(r.Allocations.SelectMany(a => a.Settled).Where(x => x.Source == s.Source && x.Year == year.Year).Select(x => x.Amount));
                    var inFindings = Money.Sum(r.Findings.Where(f => f.Code == ReconciliationFindingCodes.DeficitSettled && f.Source == s.Source && f.Year == year.Year).Select(f => f.Amount!.Value));
                    s.DeficitSettled.Should().Be(inAllocations, $"{s.Source} {year.Year}, seed {seed}").And.Be(inFindings);
                    if (s.DeficitSettled.IsPositive) settledCases++;
                }
            }
            r.Allocations.SelectMany(a => a.Settled.Select(x => (CostYear: a.Year, SettledIn: x.Year))).Where(p => p.SettledIn <= p.CostYear)
                .Should().BeEmpty($"a deficit is settled only in a later year, seed {seed}");
        }
        settledCases.Should().BeGreaterThan(Cases / 20, "the generated cases must include deficits settled later");
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
