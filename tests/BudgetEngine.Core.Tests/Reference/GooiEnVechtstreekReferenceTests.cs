using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using static BudgetEngine.Core.Tests.Reference.GooiEnVechtstreek;

namespace BudgetEngine.Core.Tests.Reference;

/// <summary>Every statement of docs/reference/ghnt-gooi-en-vechtstreek-2018-2021.md, as a test.</summary>
public class GooiEnVechtstreekReferenceTests
{
    private static BudgetReconciliation AsBudgeted => Reconciler.Reconcile(Scenario());

    [Theory]
    [InlineData(2018, 0, 25_000, 25_000, 0)]
    [InlineData(2019, 0, 175_000, 78_000, 97_000)]
    [InlineData(2020, 97_000, 175_000, 238_500, 33_500)]
    [InlineData(2021, 33_500, 175_000, 208_500, 0)]
    public void Budget_as_a_whole_with_awards_counted_in_the_year_awarded(int year, int opening, int income, int costs, int closing)
    {
        var y = AsBudgeted.Years.Single(r => r.Year == year);
        y.OpeningBalance.Should().Be(Eur(opening));
        y.Income.Should().Be(Eur(income));
        y.Costs.Should().Be(Eur(costs));
        y.ClosingBalance.Should().Be(Eur(closing));
    }

    [Fact]
    public void Declared_totals_and_results_agree_with_the_lines()
    {
        AsBudgeted.Findings.Where(f => f.Code == FindingCode.DeclaredTotalMismatch && f.Line is null).Should().BeEmpty();
    }

    [Fact]
    public void Lines_covered_by_projectenpool_money_in_2020_and_2021_rest_on_conditional_funding()
    {
        var conditional = AsBudgeted.Findings.Where(f => f.Code == FindingCode.ConditionalFunding).ToArray();
        conditional.Should().OnlyContain(f => f.Source == "Projectenpool" && (f.Year == 2020 || f.Year == 2021) && f.Severity == Severity.Warning);
        conditional.Select(f => (f.Line, f.Year)).Should().Contain(new (string?, int?)[]
        {
            (Trauma, 2020), (Trauma, 2021), (HandleWithCare, 2020), (HandleWithCare, 2021), (Plegeraanpak, 2020), (Plegeraanpak, 2021),
        });
        AsBudgeted.Findings.Where(f => f.Code == FindingCode.ConditionalFunding && f.Year == 2019).Should().BeEmpty();
    }

    [Fact]
    public void Awarded_projectenpool_money_pays_its_own_project_before_conditional_money()
    {
        var trauma2020 = AsBudgeted.Allocations.Single(a => a.Line == Trauma && a.Year == 2020);
        trauma2020.Sources.Single().Conditional.Should().Be(Eur(30_000), "the 2019 award has 20,000 left for the project; the rest is conditional");
    }

    [Fact]
    public void If_the_conditional_projectenpool_money_is_not_awarded_2020_and_2021_are_over_allocated()
    {
        var notAwarded = Reconciler.Reconcile(Scenario(), new ReconciliationOptions { IncludeConditional = false });

        notAwarded.Years.Single(y => y.Year == 2020).ClosingBalance.Should().Be(Eur(-66_500));
        notAwarded.Years.Single(y => y.Year == 2021).ClosingBalance.Should().Be(Eur(-200_000));
        var overAllocated = notAwarded.Findings.Where(f => f.Code == FindingCode.OverAllocated && f.Source is null).ToArray();
        overAllocated.Select(f => (f.Year, f.Amount)).Should().BeEquivalentTo(new[] { ((int?)2020, (Money?)Eur(66_500)), (2021, Eur(200_000)) });
        notAwarded.Findings.Should().NotContain(f => f.Code == FindingCode.ConditionalFunding);
    }

    [Fact]
    public void The_GNHT_coverage_matches_no_source_and_the_nearest_source_is_GHNT()
    {
        var asWritten = Reconciler.Reconcile(Scenario(asWrittenInSeed: true));

        var unknown = asWritten.Findings.Single(f => f.Code == FindingCode.UnknownSource);
        unknown.Source.Should().Be("GNHT");
        unknown.Line.Should().Be(LokaleSamenwerking);
        unknown.Suggestion.Should().Be("GHNT");
        unknown.Amount.Should().Be(Eur(67_000));
        unknown.Message.Should().Contain("GHNT");
    }

    [Fact]
    public void A_line_whose_only_source_is_unknown_is_an_uncovered_cost_but_the_budget_as_a_whole_is_unchanged()
    {
        var asWritten = Reconciler.Reconcile(Scenario(asWrittenInSeed: true));

        asWritten.Findings.Where(f => f.Code == FindingCode.UncoveredCost).Select(f => (f.Line, f.Year, f.Amount))
            .Should().BeEquivalentTo(new (string?, int?, Money?)[] { (LokaleSamenwerking, 2019, Eur(3_000)), (LokaleSamenwerking, 2020, Eur(32_000)), (LokaleSamenwerking, 2021, Eur(32_000)) });
        asWritten.Years.Select(y => y.ClosingBalance).Should().Equal(AsBudgeted.Years.Select(y => y.ClosingBalance));
    }

    [Fact]
    public void As_written_the_GNHT_line_is_unfunded_so_the_sources_plus_unfunded_add_up_to_the_budget_that_closes_at_zero_in_2021()
    {
        var asWritten = Reconciler.Reconcile(Scenario(asWrittenInSeed: true));
        var y2021 = asWritten.Years.Single(y => y.Year == 2021);

        // 27,000 (GHNT) + 40,000 (Projectenpool) - 67,000 (3,000 + 32,000 + 32,000 of 'Lokale samenwerking', unfunded) = 0.
        y2021.BySource.Select(s => (s.Source, s.ClosingBalance)).Should().Equal(("GHNT", Eur(27_000)), ("Projectenpool", Eur(40_000)));
        asWritten.Years.Select(y => y.Unfunded.Costs).Should().Equal(Eur(0), Eur(3_000), Eur(32_000), Eur(32_000));
        y2021.Unfunded.ClosingBalance.Should().Be(Eur(-67_000));
        y2021.ClosingBalance.Should().Be(Eur(0));
    }

    [Fact]
    public void Section_3_declares_2019_ten_thousand_euros_more_than_its_lines_give()
    {
        var mismatches = AsBudgeted.Findings.Where(f => f.Code == FindingCode.DeclaredTotalMismatch && f.Line is not null).ToArray();

        mismatches.Should().ContainSingle();
        var section3 = mismatches[0];
        section3.Line.Should().Be("Verbinding zorg en onderwijs");
        section3.Year.Should().Be(2019);
        section3.Amount.Should().Be(Eur(10_000), "declared 50,500 against 40,500 from the lines");
        section3.Message.Should().Contain("EUR 50,500.00").And.Contain("EUR 40,500.00");
    }

    [Fact]
    public void The_other_project_sections_agree_with_the_table()
    {
        AsBudgeted.Findings.Should().NotContain(f => f.Code == FindingCode.DeclaredTotalMismatch
            && (f.Line == "Traumasensitief werken" || f.Line == "Lokale samenwerking" || f.Line == "Ouderenmishandeling"));
    }

    [Fact]
    public void The_shared_line_Borgen_MDA_is_split_so_that_both_sources_close_at_zero_in_2021_with_no_shortfall()
    {
        AsBudgeted.Years.SelectMany(y => y.BySource).Should().OnlyContain(s => s.Shortfall.IsZero && !s.ClosingBalance.IsNegative);
        var y2021 = AsBudgeted.Years.Single(y => y.Year == 2021);
        y2021.BySource.Single(s => s.Source == "GHNT").ClosingBalance.Should().Be(Eur(0));
        y2021.BySource.Single(s => s.Source == "Projectenpool").ClosingBalance.Should().Be(Eur(0));
        AsBudgeted.Findings.Should().NotContain(f => f.Code == FindingCode.OverAllocated);
    }

    [Fact]
    public void The_chosen_split_of_Borgen_MDA_takes_15000_to_20000_from_projectenpool_in_2020_and_30000_from_GHNT_over_both_years()
    {
        var mda = AsBudgeted.Allocations.Where(a => a.Line == BorgenMda).ToDictionary(a => a.Year);
        var projectenpool2020 = Money.Sum(mda[2020].Sources.Where(s => s.Source == "Projectenpool").Select(s => s.Amount));
        projectenpool2020.Should().BeGreaterThanOrEqualTo(Eur(15_000)).And.BeLessThanOrEqualTo(Eur(20_000));
        var ghnt = mda.Values.SelectMany(a => a.Sources).Where(s => s.Source == "GHNT").Select(s => s.Amount);
        Money.Sum(ghnt).Should().Be(Eur(30_000));
        mda.Values.Should().OnlyContain(a => a.Shortfall.IsZero);
    }
}
