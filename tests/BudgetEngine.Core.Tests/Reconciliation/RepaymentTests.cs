using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// What a grant leaves unspent when its period ends: carried (the default of a source that carries over), lapsed (the
/// default of one that does not) or repaid (a specific payment's rule: REPAYABLE, and the money leaves the source).
/// Money that would leave the source is spent before money that carries over.
/// </summary>
public class RepaymentTests
{
    private static Grant ProjectYear(string source, decimal amount, int year, UnspentRule? unspent) =>
        new(source, Eur(amount), GrantPeriod.ProjectYear(year), GrantStatus.Awarded) { Unspent = unspent };

    private static Grant Calendar(string source, decimal amount, int year, UnspentRule? unspent, string? project = null) =>
        Awarded(source, amount, year) with { Unspent = unspent, Project = project };

    /// <summary>PP carries over; 100,000 for project year 2019/20 (counted in 2019) to be repaid where unspent; a line of 30,000 (2019) and 50,000 (2020).</summary>
    private static BudgetReconciliation RepaidAtPeriodEnd => Reconciler.Reconcile(Scenario(2019, 2021, [Source("PP")],
        [ProjectYear("PP", 100_000, 2019, UnspentRule.Repay)],
        [Line("Project", "PP", (2019, 30_000), (2020, 50_000))]));

    private static SourceYear Of(BudgetReconciliation r, int year, string source) => r.Years.Single(y => y.Year == year).BySource.Single(s => s.Source == source);

    private static Finding[] Found(BudgetReconciliation r, string code) => r.Findings.Where(f => f.Code == code).ToArray();

    [Fact]
    public void A_repayable_grant_left_unspent_when_its_period_ends_gives_REPAYABLE_with_the_amount()
    {
        // 100,000 - 30,000 - 50,000 = 20,000 unspent when the project year ends (August 2020).
        Found(RepaidAtPeriodEnd, ReconciliationFindingCodes.Repayable).Select(f => (f.Year, f.Source, f.Amount, f.Severity))
            .Should().Equal(((int?)2020, (string?)"PP", (Money?)Eur(20_000), Severity.Warning));
        Found(RepaidAtPeriodEnd, FindingCode.FundsLapsed).Should().BeEmpty();
    }

    [Fact]
    public void Repaid_money_leaves_the_source_it_is_neither_carried_nor_lapsed()
    {
        // PP 2020: 70,000 opening - 50,000 costs - 20,000 repaid = 0, and 2021 opens at 0.
        var pp2020 = Of(RepaidAtPeriodEnd, 2020, "PP");
        (pp2020.OpeningBalance, pp2020.Costs, pp2020.Lapsed, pp2020.Repaid, pp2020.ClosingBalance)
            .Should().Be((Eur(70_000), Eur(50_000), Eur(0), Eur(20_000), Eur(0)));
        Of(RepaidAtPeriodEnd, 2021, "PP").OpeningBalance.Should().Be(Eur(0));
    }

    [Fact]
    public void The_budget_closes_after_what_is_repaid()
    {
        // 2020: 70,000 + 0 - 50,000 - 0 lapsed - 20,000 repaid = 0.
        var year = RepaidAtPeriodEnd.Years.Single(y => y.Year == 2020);
        (year.Repaid, year.Lapsed, year.ClosingBalance).Should().Be((Eur(20_000), Eur(0), Eur(0)));
    }

    [Fact]
    public void The_same_grant_without_a_rule_carries_its_unspent_part_as_its_source_does()
    {
        var carried = Reconciler.Reconcile(Scenario(2019, 2021, [Source("PP")],
            [ProjectYear("PP", 100_000, 2019, null)], [Line("Project", "PP", (2019, 30_000), (2020, 50_000))]));

        // 100,000 - 30,000 - 50,000 = 20,000 closes 2020 and 2021.
        carried.Years.Select(y => y.BySource.Single().ClosingBalance).Should().Equal(Eur(70_000), Eur(20_000), Eur(20_000));
        carried.Findings.Should().NotContain(f => f.Code == ReconciliationFindingCodes.Repayable || f.Code == FindingCode.FundsLapsed);
    }

    [Theory]
    [InlineData(150_000, 0, 50_000)]
    [InlineData(50_000, 50_000, 100_000)]
    public void A_repayable_grant_is_spent_before_a_grant_of_the_same_source_that_carries(decimal costs, decimal repaid, decimal closing)
    {
        // 100,000 to repay where unspent and 100,000 that carries, both 2019. Costs of 150,000 take all of the first and
        // 50,000 of the second: nothing repaid, 50,000 carried. Costs of 50,000 take half the first: 50,000 repaid, the
        // second's 100,000 carried.
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("PP")],
            [Calendar("PP", 100_000, 2019, UnspentRule.Repay), Calendar("PP", 100_000, 2019, null)],
            [Line("Project", "PP", (2019, costs))]));

        var pp2019 = Of(r, 2019, "PP");
        (pp2019.Repaid, pp2019.ClosingBalance).Should().Be((Eur(repaid), Eur(closing)));
        Money.Sum(Found(r, ReconciliationFindingCodes.Repayable).Select(f => f.Amount!.Value)).Should().Be(Eur(repaid));
    }

    [Fact]
    public void An_earmarked_repayable_grant_repays_what_its_project_leaves_even_when_another_line_of_its_source_goes_short()
    {
        // 60,000 earmarked for Trauma, which has no costs; Campagne (40,000) may not use it: 60,000 repaid, and PP closes
        // 2019 at 0 + 60,000 - 40,000 - 60,000 = -40,000.
        var r = Reconciler.Reconcile(Scenario(2019, 2019, [Source("PP")],
            [Calendar("PP", 60_000, 2019, UnspentRule.Repay, project: "Trauma")],
            [Line("Campagne", "PP", (2019, 40_000))]));

        var pp = Of(r, 2019, "PP");
        (pp.Repaid, pp.ClosingBalance).Should().Be((Eur(60_000), Eur(-40_000)));
        var repayable = Found(r, ReconciliationFindingCodes.Repayable).Single();
        (repayable.Line, repayable.Amount).Should().Be(("Trauma", (Money?)Eur(60_000)));
    }

    [Fact]
    public void A_grant_that_carries_keeps_its_unspent_part_even_when_its_source_does_not_carry_over()
    {
        // PP does not carry over, but the grant of 100,000 (2019) carries: 40,000 left after 2019's 60,000 pays 2020's 30,000,
        // and 10,000 remains. Without the rule the 40,000 would lapse in 2019 and 2020's 30,000 would go to unfunded.
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("PP", carriesOver: false)],
            [Calendar("PP", 100_000, 2019, UnspentRule.Carry)],
            [Line("Project", "PP", (2019, 60_000), (2020, 30_000))]));

        r.Years.Select(y => y.BySource.Single().ClosingBalance).Should().Equal(Eur(40_000), Eur(10_000));
        r.Findings.Should().NotContain(f => f.Code == FindingCode.FundsLapsed || f.Code == FindingCode.OverAllocated);
    }

    [Fact]
    public void A_grant_that_lapses_loses_its_unspent_part_even_when_its_source_carries_over()
    {
        // PP carries over, but the grant of 100,000 (2019) lapses: 100,000 - 60,000 = 40,000 lapses at the end of 2019.
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("PP")],
            [Calendar("PP", 100_000, 2019, UnspentRule.Lapse)],
            [Line("Project", "PP", (2019, 60_000))]));

        var pp = Of(r, 2019, "PP");
        (pp.Lapsed, pp.Repaid, pp.ClosingBalance).Should().Be((Eur(40_000), Eur(0), Eur(0)));
        Found(r, FindingCode.FundsLapsed).Single().Amount.Should().Be(Eur(40_000));
    }

    [Fact]
    public void A_repayable_grant_whose_period_ends_after_the_last_year_repays_nothing_within_the_scenario()
    {
        // Project year 2021/22 ends in 2022, after the scenario's 2021: its 100,000 - 10,000 = 90,000 closes 2021.
        var r = Reconciler.Reconcile(Scenario(2020, 2021, [Source("PP")],
            [ProjectYear("PP", 100_000, 2021, UnspentRule.Repay)],
            [Line("Project", "PP", (2021, 10_000))]));

        Of(r, 2021, "PP").ClosingBalance.Should().Be(Eur(90_000));
        r.Years.Should().OnlyContain(y => y.Repaid.IsZero);
    }

    [Fact]
    public void The_finding_says_what_is_repaid_and_when_in_both_languages()
    {
        var repayable = Found(RepaidAtPeriodEnd, ReconciliationFindingCodes.Repayable).Single();

        repayable.Message.Should().Be("The awarded PP grant (project year Sept 2019 - Aug 2020) leaves EUR 20,000.00 unspent when its period ends in 2020; it is repaid to the grantor, so PP does not keep it.");
        repayable.MessageIn(MessageLanguage.Dutch).Should().Be("De toegekende subsidie van PP (projectjaar sept 2019 - aug 2020) laat € 20.000,00 onbesteed als de periode in 2020 eindigt; dat wordt terugbetaald aan de verstrekker, dus PP houdt het niet.");
    }
}
