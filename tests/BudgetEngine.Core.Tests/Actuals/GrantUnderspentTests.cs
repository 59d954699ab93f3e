using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Actuals;

/// <summary>
/// Which grants <c>GRANT_UNDERSPENT</c> compares, with what, and how it says so. The worked figures are in each test;
/// <see cref="RealisatieTests"/> has the finding's basic case.
/// </summary>
public class GrantUnderspentTests
{
    private static IReadOnlyList<Finding> Underspent(Scenario scenario) =>
        Reconciler.Reconcile(scenario, new ReconciliationOptions()).Findings.Where(f => f.Code == ReconciliationFindingCodes.GrantUnderspent).ToArray();

    private static Grant Received(Grant grant) => grant with { Received = grant.Amount };

    private static CostLine Spent(CostLine line) => line with { Actuals = line.Amounts };

    [Fact]
    public void Underspent_grants_alike_but_for_their_period_are_reported_by_the_periods_start_then_kind_whatever_their_order()
    {
        // Scenario 2019-2020; nothing is spent from A. Three grants of 2,000 whose findings all fall in 2020: project year
        // 2019/20, calendar year 2020 and project year 2020/21 (of which only 2020 lies within the scenario).
        Grant[] grants =
        [
            Received(new Grant("A", Eur(2_000), GrantPeriod.ProjectYear(2020), GrantStatus.Awarded)),
            Received(Awarded("A", 2_000, 2020)),
            Received(new Grant("A", Eur(2_000), GrantPeriod.ProjectYear(2019), GrantStatus.Awarded)),
        ];
        string[] expected = ["(project year Sept 2019 - Aug 2020)", "(2020)", "(project year Sept 2020 - Aug 2021)"];

        foreach (var order in new[] { grants, grants.Reverse().ToArray() })
        {
            var scenario = Scenario(2019, 2020, [Source("A")], order, [Line("Projectleider", "C", (2019, 1))]);

            Underspent(scenario).Select(f => (f.Year, f.Amount!.Value.Euros)).Should().AllBeEquivalentTo((2020, 2_000m));
            Underspent(scenario).Select(f => f.MessageIn(MessageLanguage.English)).Should().SatisfyRespectively(
                first => first.Should().Contain(expected[0]), second => second.Should().Contain(expected[1]), third => third.Should().Contain(expected[2]));
        }
    }

    [Fact]
    public void A_rejected_grant_is_not_compared()
    {
        // Rejected 40,000 with 0 received, nothing spent: no money came, so none is unspent.
        var scenario = Scenario(2019, 2019, [Source("PP")],
            [new Grant("PP", Eur(40_000), GrantPeriod.CalendarYear(2019), GrantStatus.Rejected) { Received = Money.Zero }],
            [Spent(Line("Training", "C", (2019, 1_000)))]);

        Underspent(scenario).Should().BeEmpty();
    }

    [Fact]
    public void A_grant_of_a_source_the_budget_does_not_have_is_not_compared()
    {
        // "PX" is no source of the budget: its 40,000 is reported as an unknown source, not as unspent.
        var scenario = Scenario(2019, 2019, [Source("PP")], [Received(Awarded("PX", 40_000, 2019))],
            [Spent(Line("Training", "PP", (2019, 1_000)))]);

        Underspent(scenario).Should().BeEmpty();
    }

    [Fact]
    public void A_grant_whose_period_lies_outside_the_scenario_is_not_compared()
    {
        // Calendar year 2017 in a scenario of 2019-2020: none of its years is in the scenario.
        var scenario = Scenario(2019, 2020, [Source("PP")], [Received(Awarded("PP", 40_000, 2017))],
            [Spent(Line("Training", "PP", (2019, 1_000)))]);

        Underspent(scenario).Should().BeEmpty();
    }

    [Fact]
    public void An_awarded_grant_is_not_compared_while_a_year_of_its_period_has_no_actual_costs()
    {
        // Project year 2019/20 covers 2019 and 2020; only 2019 is accounted for (Projectleider's actual), so the grant
        // of 40,000 that states no receipt is not compared yet.
        var scenario = Scenario(2019, 2020, [Source("PP")],
            [new Grant("PP", Eur(40_000), GrantPeriod.ProjectYear(2019), GrantStatus.Awarded)],
            [Line("Projectleider", "PP", (2019, 10_000), (2020, 10_000)) with { Actuals = new Dictionary<int, Money> { [2019] = Eur(10_000) } }]);

        Underspent(scenario).Should().BeEmpty();
    }

    [Fact]
    public void An_earmarked_grant_counts_only_its_projects_lines_in_its_period_not_the_sources_other_costs()
    {
        // Projectenpool 40,000 for "Training" (2019/20). Training cost 10,000 + 15,000; Coordinatie, also paid by the
        // projectenpool, 20,000 in 2020, and Training 5,000 in 2021, after the period: 40,000 - 25,000 = 15,000 unspent.
        var grant = new Grant("PP", Eur(40_000), GrantPeriod.ProjectYear(2019), GrantStatus.Awarded) { Project = "Training", Received = Eur(40_000) };
        var scenario = Scenario(2019, 2021, [Source("PP")], [grant, Awarded("PP", 30_000, 2020)],
        [
            Spent(Line("Training", "PP", (2019, 10_000), (2020, 15_000), (2021, 5_000))),
            Spent(Line("Coordinatie", "PP", (2020, 20_000))),
        ]);

        var underspent = Underspent(scenario).Should().ContainSingle(f => f.Line == "Training").Subject;

        underspent.Amount.Should().Be(Eur(15_000));
        underspent.MessageIn(MessageLanguage.English).Should().Be(
            "The awarded PP grant for 'Training' (project year Sept 2019 - Aug 2020) received EUR 40,000.00, but what PP paid of 'Training' in 2019-2020 was EUR 25,000.00: EUR 15,000.00 is unspent. It stays with PP for later years.");
    }

    [Fact]
    public void Only_the_years_of_a_period_within_the_scenario_are_compared()
    {
        // Project year 2020/21 in a scenario of 2019-2020: only 2020 counts, and the finding is dated 2020.
        var grant = new Grant("PP", Eur(40_000), GrantPeriod.ProjectYear(2020), GrantStatus.Awarded) { Received = Eur(40_000) };
        var scenario = Scenario(2019, 2020, [Source("PP")], [grant], [Spent(Line("Training", "PP", (2020, 30_000)))]);

        var underspent = Underspent(scenario).Should().ContainSingle().Subject;

        (underspent.Year, underspent.Amount).Should().Be((2020, Eur(10_000)));
        underspent.MessageIn(MessageLanguage.English).Should().Contain("charged to PP in 2020 were EUR 30,000.00");
    }

    [Fact]
    public void Grants_of_one_source_and_period_are_compared_together_and_named_together()
    {
        // Three GHNT grants of 2019 (10,000 received, 20,000 and 30,000 awarded; 2019 accounted for): 60,000 against 45,000
        // spent: 15,000 unspent. Not every grant states its receipt, so the message speaks of what was awarded.
        var scenario = Scenario(2019, 2019, [Source("GHNT")],
        [
            Awarded("GHNT", 10_000, 2019) with { Id = "een", Received = Eur(10_000) },
            Awarded("GHNT", 20_000, 2019) with { Id = "twee" },
            Awarded("GHNT", 30_000, 2019) with { Id = "drie" },
        ],
        [Spent(Line("Projectleider", "GHNT", (2019, 45_000)))]);

        Underspent(scenario).Should().ContainSingle().Which.MessageIn(MessageLanguage.English).Should().Be(
            "The awarded GHNT grant 'een' (2019), the awarded GHNT grant 'twee' (2019) and the awarded GHNT grant 'drie' (2019) together was awarded EUR 60,000.00, but the costs charged to GHNT in 2019 were EUR 45,000.00: EUR 15,000.00 is unspent. It stays with GHNT for later years.");
    }
}
