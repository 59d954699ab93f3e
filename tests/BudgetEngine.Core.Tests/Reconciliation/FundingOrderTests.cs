using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// Which money pays first where more than one pot could: the tiers the funding network ranks money by, the order a
/// group's funds are handed to its lines in, and where a late settlement is paid from.
/// </summary>
public class FundingOrderTests
{
    [Fact]
    public void An_earmarked_grant_pays_its_own_project_before_general_money_of_its_source()
    {
        // PP does not carry over: the general 100 and the 100 earmarked for Trauma both end in 2020. Trauma costs 100, so
        // one of them lapses; the earmarked grant pays Trauma and the general money is what lapses (no project named).
        var general = new Grant("PP", Eur(100), GrantPeriod.CalendarYear(2020), GrantStatus.Awarded);
        var earmarked = general with { Project = "Trauma" };
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("PP", carriesOver: false)], [general, earmarked],
            [Line("Trauma", "PP", (2020, 100))]));

        var lapsed = r.Findings.Single(f => f.Code == FindingCode.FundsLapsed);
        (lapsed.Amount, lapsed.Line).Should().Be((Eur(100), (string?)null));
    }

    [Fact]
    public void An_earmarked_grant_pays_its_own_project_first_even_when_general_money_ends_sooner()
    {
        // PP does not carry over. The general 100 is a calendar-year grant (ends 2020), the 100 earmarked for Trauma a
        // project-year grant (ends 2021). Money that ends sooner comes first only among money alike: the earmarked grant
        // pays Trauma's 100 of 2020, and the general money is what lapses, in 2020 (no project named).
        var general = new Grant("PP", Eur(100), GrantPeriod.CalendarYear(2020), GrantStatus.Awarded);
        var earmarked = new Grant("PP", Eur(100), GrantPeriod.ProjectYear(2020), GrantStatus.Awarded) { Project = "Trauma" };
        var r = Reconciler.Reconcile(Scenario(2020, 2021, [Source("PP", carriesOver: false)], [general, earmarked],
            [Line("Trauma", "PP", (2020, 100))]));

        var lapsed = r.Findings.Single(f => f.Code == FindingCode.FundsLapsed);
        (lapsed.Year, lapsed.Amount, lapsed.Line).Should().Be(((int?)2020, (Money?)Eur(100), (string?)null));
    }

    [Fact]
    public void Money_whose_period_ends_sooner_is_used_first()
    {
        // PP does not carry over. The calendar-year grant 2020 ends in 2020, the project-year grant 2020/21 in 2021;
        // the 100 of 2020 is paid by the one that ends first, so the project-year grant is what lapses, in 2021.
        var calendarYear = new Grant("PP", Eur(100), GrantPeriod.CalendarYear(2020), GrantStatus.Awarded);
        var projectYear = new Grant("PP", Eur(100), GrantPeriod.ProjectYear(2020), GrantStatus.Awarded);
        var r = Reconciler.Reconcile(Scenario(2020, 2021, [Source("PP", carriesOver: false)], [projectYear, calendarYear],
            [Line("Pilot", "PP", (2020, 100))]));

        r.Findings.Where(f => f.Code == FindingCode.FundsLapsed).Select(f => (f.Year, f.Amount)).Should().Equal(((int?)2021, (Money?)Eur(100)));
    }

    [Fact]
    public void A_groups_preferred_source_is_handed_out_first_so_equal_remainders_of_it_go_to_the_first_line()
    {
        // Two lines of 0.01 prefer PP over GHNT; each source has 0.01. The group's 0.02 comes one cent from each; PP's
        // cent, split over needs of 1 and 1, goes to the first line (equal remainders: the first); GHNT pays the other.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT"), Source("PP")],
            [Awarded("GHNT", 0.01m, 2020), Awarded("PP", 0.01m, 2020)],
            [Line("Eerste", Coverage.Flexible("PP", "GHNT"), (2020, 0.01m)), Line("Tweede", Coverage.Flexible("PP", "GHNT"), (2020, 0.01m))]));

        AllocationOf(r, "Eerste", 2020).Sources.Should().Equal(new SourceShare("PP", Eur(0.01m), Eur(0)));
        AllocationOf(r, "Tweede", 2020).Sources.Should().Equal(new SourceShare("GHNT", Eur(0.01m), Eur(0)));
    }

    [Fact]
    public void A_deficit_is_settled_from_the_year_the_money_comes_in_not_a_year_it_passes_through()
    {
        // GHNT carries over: 10 in 2018, nothing in 2019, 100 in 2020. Pilot's 60 of 2018 is 50 short that year; the
        // 2020 money settles it. 2019 brings no money, so nothing is settled in 2019.
        var r = Reconciler.Reconcile(Scenario(2018, 2020, [Source("GHNT")], [Awarded("GHNT", 10, 2018), Awarded("GHNT", 100, 2020)],
            [Line("Pilot", "GHNT", (2018, 60))]));

        AllocationOf(r, "Pilot", 2018).Settled.Should().Equal(new DeficitSettlement("GHNT", 2020, Eur(50)));
    }

    [Fact]
    public void A_deficit_settled_by_two_later_years_lists_each_year_once_for_each_line_that_it_pays()
    {
        // GHNT carries over: nothing in 2018, 0.01 in 2019 and 0.01 in 2020. Two lines of 0.01 in 2018 share the
        // deficit; the 2019 cent (needs 1 and 1, equal remainders: the first line) settles Eerste, the 2020 cent Tweede.
        // Neither lists a year that paid it nothing.
        var r = Reconciler.Reconcile(Scenario(2018, 2020, [Source("GHNT")], [Awarded("GHNT", 0.01m, 2019), Awarded("GHNT", 0.01m, 2020)],
            [Line("Eerste", "GHNT", (2018, 0.01m)), Line("Tweede", "GHNT", (2018, 0.01m))]));

        AllocationOf(r, "Eerste", 2018).Settled.Should().Equal(new DeficitSettlement("GHNT", 2019, Eur(0.01m)));
        AllocationOf(r, "Tweede", 2018).Settled.Should().Equal(new DeficitSettlement("GHNT", 2020, Eur(0.01m)));
    }

    [Fact]
    public void A_deficit_settled_by_many_later_years_of_two_sources_lists_every_one_of_them()
    {
        // A and B carry over and have nothing in 2000; each brings 1.00 in every year 2001-2029. Pilot's 58.00 of 2000
        // (either source) is settled 1.00 by each source in each of the 29 later years: 58 settlements, by source then year.
        var years = Enumerable.Range(2001, 29).ToArray();
        var grants = years.SelectMany(y => new[] { Awarded("A", 1, y), Awarded("B", 1, y) }).ToArray();
        var r = Reconciler.Reconcile(Scenario(2000, 2029, [Source("A"), Source("B")], grants,
            [Line("Pilot", Coverage.Flexible("A", "B"), (2000, 58))]));

        AllocationOf(r, "Pilot", 2000).Settled.Should().Equal(
            years.Select(y => new DeficitSettlement("A", y, Eur(1))).Concat(years.Select(y => new DeficitSettlement("B", y, Eur(1)))));
    }
}
