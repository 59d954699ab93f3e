using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// How grants become money the lines can use: recognised in a year (award year, or pro rata over the period's months),
/// money from before the first year opening the balance where it is still there, income after the last year left out and
/// reported, and alike grants that end together named together.
/// </summary>
public class IncomeScheduleTests
{
    private static readonly ReconciliationOptions ProRata = new() { Recognition = IncomeRecognition.ProRata };

    private static SourceYear Of(BudgetReconciliation r, int year, string source) =>
        r.Years.Single(y => y.Year == year).BySource.Single(s => s.Source == source);

    [Fact]
    public void A_grant_awarded_after_its_period_may_be_spent_in_the_year_it_is_awarded()
    {
        // GHNT money lapses when its period ends; the 2019 grant is only awarded in 2020, so it is there to pay 2020's 30,000.
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("GHNT", carriesOver: false)],
            [Awarded("GHNT", 30_000, 2019) with { AwardYear = 2020 }],
            [Line("Projectleiding", "GHNT", (2020, 30_000))]));

        var allocation = r.Allocations.Single();
        (allocation.Sources.Single().Amount, allocation.Shortfall).Should().Be((Eur(30_000), Eur(0)));
    }

    [Fact]
    public void Only_income_counted_after_the_last_year_is_reported_as_left_out()
    {
        // Pro rata, project year 2020/21's 12,000 counts 4,000 in 2020 and 8,000 in 2021, after the horizon; the 2019 grant
        // counts within it and is not reported.
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("PP")],
            [Awarded("PP", 5_000, 2019), new Grant("PP", Eur(12_000), GrantPeriod.ProjectYear(2020), GrantStatus.Awarded)], []), ProRata);

        var found = r.Findings.Where(f => f.Code == ReconciliationFindingCodes.IncomeAfterHorizon).Should().ContainSingle().Subject;
        (found.Year, found.Source, found.Amount).Should().Be(((int?)2020, "PP", (Money?)Eur(8_000)));
        found.Message.Should().Be("The awarded PP grant (project year Sept 2020 - Aug 2021) counts EUR 8,000.00 as income after 2020, outside the scenario's years; that part is left out.");
    }

    [Fact]
    public void A_grant_of_a_source_that_carries_over_counted_before_the_first_year_opens_the_sources_balance()
    {
        // PP carries over: its 10,000 of 2018 is still there when 2019 opens.
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("PP")], [Awarded("PP", 10_000, 2018)], []));

        (r.Years[0].OpeningBalance, Of(r, 2019, "PP").OpeningBalance).Should().Be((Eur(10_000), Eur(10_000)));
    }

    [Fact]
    public void A_grant_whose_money_lapsed_before_the_first_year_adds_nothing()
    {
        // GHNT money does not carry over: its 10,000 of 2018 lapsed at the end of 2018, before the scenario's years.
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("GHNT", carriesOver: false)], [Awarded("GHNT", 10_000, 2018)], []));

        (r.Years[0].OpeningBalance, Of(r, 2019, "GHNT").OpeningBalance).Should().Be((Eur(0), Eur(0)));
        r.Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_grant_with_a_blank_project_is_not_earmarked_and_pays_any_line_of_its_source()
    {
        // The 10,000 names project " ": no project, so it pays 'Campagne' (a project of its own) in full.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("PP")], [Awarded("PP", 10_000, 2020) with { Project = " " }],
            [Line("Campagne", "PP", (2020, 10_000))]));

        var allocation = r.Allocations.Single();
        (allocation.Sources.Single().Amount, allocation.Shortfall).Should().Be((Eur(10_000), Eur(0)));
    }

    [Fact]
    public void Alike_grants_that_lapse_together_are_named_together_in_canonical_order_whatever_the_order_they_are_listed_in()
    {
        // Both GHNT grants of 2020 lapse unspent at the end of 2020: 3,000 + 5,000 = 8,000, the smaller named first.
        Grant een = Awarded("GHNT", 5_000, 2020) with { Id = "een" }, twee = Awarded("GHNT", 3_000, 2020) with { Id = "twee" };
        string Lapsed(params Grant[] grants) => Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT", carriesOver: false)], grants, []))
            .Findings.Single(f => f.Code == FindingCode.FundsLapsed).Message;

        const string expected = "The awarded GHNT grant 'twee' (2020) and the awarded GHNT grant 'een' (2020) together leave EUR 8,000.00 unspent when their period ends in 2020; GHNT money does not carry over, so it lapses.";
        Lapsed(een, twee).Should().Be(expected);
        Lapsed(twee, een).Should().Be(expected);
    }

    [Fact]
    public void A_sources_opening_balance_that_lapses_with_its_grants_is_named_with_them()
    {
        // GHNT opens 2020 with 2,000 and is awarded 8,000 for 2020; nothing is spent, and both lapse at the end of 2020: 10,000.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT", carriesOver: false) with { OpeningBalance = Eur(2_000) }],
            [Awarded("GHNT", 8_000, 2020)], []));

        r.Findings.Single(f => f.Code == FindingCode.FundsLapsed).Message.Should().Be(
            "The opening balance of GHNT and the awarded GHNT grant (2020) together leave EUR 10,000.00 unspent when their period ends in 2020; GHNT money does not carry over, so it lapses.");
    }
}
