using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Comparison;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Tests.Reference;
using static BudgetEngine.Core.Tests.Reference.GooiEnVechtstreek;

namespace BudgetEngine.Core.Tests.Comparison;

public class ScenarioComparerTests
{
    private static BudgetReconciliation Budgeted => Reconciler.Reconcile(GooiEnVechtstreek.Scenario());
    private static BudgetReconciliation NotAwarded =>
        Reconciler.Reconcile(GooiEnVechtstreek.Scenario(), new ReconciliationOptions { IncludeConditional = false });

    [Fact]
    public void Not_awarding_the_conditional_projectenpool_money_lowers_2020_and_2021_closing_balances()
    {
        var comparison = ScenarioComparer.Compare(Budgeted, NotAwarded);

        var closing = comparison.Years.ToDictionary(y => y.Year, y => y.Budget.ClosingBalance);
        closing[2019].Delta.Should().Be(Eur(0));
        closing[2020].Should().Be(new Difference(Eur(33_500), Eur(-66_500)));
        closing[2020].Delta.Should().Be(Eur(-100_000));
        closing[2021].Delta.Should().Be(Eur(-200_000));
        comparison.Years.Single(y => y.Year == 2020).BySource.Single(s => s.Source == "Projectenpool").Balance.Income.Delta.Should().Be(Eur(-100_000));
    }

    [Fact]
    public void Over_allocation_appears_and_conditional_funding_disappears_when_the_money_is_not_awarded()
    {
        var comparison = ScenarioComparer.Compare(Budgeted, NotAwarded);

        comparison.Appeared.Should().Contain(f => f.Code == FindingCode.OverAllocated && f.Year == 2020 && f.Source == null);
        comparison.Appeared.Should().Contain(f => f.Code == FindingCode.OverAllocated && f.Year == 2021 && f.Source == null);
        comparison.Disappeared.Should().NotBeEmpty().And.OnlyContain(f => f.Code == FindingCode.ConditionalFunding);
    }

    [Fact]
    public void Correcting_the_GNHT_spelling_moves_the_67000_from_unfunded_to_the_sources()
    {
        var asWritten = Reconciler.Reconcile(GooiEnVechtstreek.Scenario(asWrittenInSeed: true));

        var y2021 = ScenarioComparer.Compare(asWritten, Budgeted).Years.Single(y => y.Year == 2021);

        y2021.Unfunded!.ClosingBalance.Should().Be(new Difference(Eur(-67_000), Eur(0)));
        // GHNT now pays the line, and the shared 'Borgen MDA++' takes the rest from Projectenpool: 27,000 + 40,000.
        y2021.BySource.Select(s => (s.Source, s.Balance.ClosingBalance.Delta)).Should().Equal(("GHNT", Eur(-27_000)), ("Projectenpool", Eur(-40_000)));
        y2021.Budget.ClosingBalance.Delta.Should().Be(Eur(0));
    }

    [Fact]
    public void A_reconciliation_compared_with_itself_shows_no_difference()
    {
        var comparison = ScenarioComparer.Compare(Budgeted, Budgeted);

        comparison.Appeared.Should().BeEmpty();
        comparison.Disappeared.Should().BeEmpty();
        comparison.Changed.Should().BeEmpty();
        comparison.Years.SelectMany(y => y.BySource.Select(s => s.Balance).Append(y.Budget))
            .SelectMany(b => new[] { b.OpeningBalance, b.Income, b.Costs, b.ClosingBalance })
            .Should().OnlyContain(d => d.Delta.IsZero);
    }

    private static BudgetReconciliation EndingIn2020 =>
        Reconciler.Reconcile(GooiEnVechtstreek.Scenario() with { LastYear = 2020, Lines = [], Declared = Core.Scenarios.DeclaredFigures.None });

    [Fact]
    public void Years_and_sources_in_only_the_alternative_count_as_zero_in_the_baseline()
    {
        var y2021 = ScenarioComparer.Compare(EndingIn2020, Budgeted).Years.Single(y => y.Year == 2021);

        y2021.Budget.Costs.Should().Be(new Difference(Eur(0), Eur(208_500)));
        y2021.BySource.Select(s => s.Source).Should().Equal("GHNT", "Projectenpool");
        y2021.BySource.Should().OnlyContain(s => s.Balance.OpeningBalance.Baseline.IsZero && s.Balance.Costs.Baseline.IsZero);
    }

    [Fact]
    public void Years_and_sources_in_only_the_baseline_count_as_zero_in_the_alternative()
    {
        var y2021 = ScenarioComparer.Compare(Budgeted, EndingIn2020).Years.Single(y => y.Year == 2021);

        y2021.Budget.Costs.Should().Be(new Difference(Eur(208_500), Eur(0)));
        y2021.BySource.Select(s => s.Source).Should().Equal("GHNT", "Projectenpool");
        y2021.BySource.Should().OnlyContain(s => s.Balance.OpeningBalance.Alternative.IsZero && s.Balance.Costs.Alternative.IsZero);
    }

    [Fact]
    public void Years_come_in_calendar_order()
    {
        ScenarioComparer.Compare(Budgeted, NotAwarded).Years.Select(y => y.Year).Should().Equal(2018, 2019, 2020, 2021);
    }

    [Fact]
    public void A_deficit_a_source_hands_to_Ongedekt_counts_among_Ongedekts_costs()
    {
        // 1,000 of costs no source may pay and 500 of a source's deficit: 1,500 lowers Ongedekt's balance.
        var first = Budgeted.Years[0] with { Unfunded = new UnfundedYear(Money.Zero, Money.Zero, Eur(1_000), Eur(500), Eur(-1_500)) };
        var withDeficit = Budgeted with { Years = [first, .. Budgeted.Years.Skip(1)] };

        var unfunded = ScenarioComparer.Compare(Budgeted, withDeficit).Years[0].Unfunded!;

        unfunded.Costs.Should().Be(new Difference(Eur(0), Eur(1_500)));
        unfunded.ClosingBalance.Should().Be(new Difference(Eur(0), Eur(-1_500)));
    }

    [Fact]
    public void Two_findings_with_one_key_are_compared_as_one_with_their_amounts_summed()
    {
        var twice = Budgeted with { Findings = [Shortfall(Eur(100)), Shortfall(Eur(50))] };
        var once = Budgeted with { Findings = [Shortfall(Eur(150))] };
        var lower = Budgeted with { Findings = [Shortfall(Eur(100))] };

        ScenarioComparer.Compare(twice, once).Changed.Should().BeEmpty("100 + 50 is the 150 of the other");
        var changed = ScenarioComparer.Compare(twice, lower).Changed.Should().ContainSingle().Which;
        (changed.Baseline.Amount, changed.Alternative.Amount).Should().Be((Eur(150), Eur(100)));
    }

    [Fact]
    public void Comparing_with_nothing_is_refused_naming_the_missing_reconciliation()
    {
        FluentActions.Invoking(() => ScenarioComparer.Compare(null!, Budgeted)).Should().Throw<ArgumentNullException>().WithParameterName("baseline");
        FluentActions.Invoking(() => ScenarioComparer.Compare(Budgeted, null!)).Should().Throw<ArgumentNullException>().WithParameterName("alternative");
    }

    private static Finding Shortfall(Money amount) =>
        new(FindingCode.OverAllocated, Severity.Error, 2020, null, null, amount, "over-allocated");
}
