using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

public class IncomeRecognitionTests
{
    private static Core.Scenarios.Scenario ProjectYearGrant(decimal amount) => Scenario(2019, 2020,
        [Source("Projectenpool", FundingKind.Projectenpool)],
        [new Grant("Projectenpool", Eur(amount), GrantPeriod.ProjectYear(2019), GrantStatus.Awarded)],
        []);

    private static Money IncomeIn(BudgetReconciliation r, int year) => r.Years.Single(y => y.Year == year).Income;

    [Fact]
    public void Award_year_counts_a_grant_fully_in_the_year_of_its_award()
    {
        var r = Reconciler.Reconcile(ProjectYearGrant(50_000));

        IncomeIn(r, 2019).Should().Be(Eur(50_000));
        IncomeIn(r, 2020).Should().Be(Eur(0));
    }

    [Fact]
    public void Award_year_is_the_named_award_year_when_one_is_given()
    {
        var scenario = ProjectYearGrant(50_000);
        scenario = scenario with { Grants = [scenario.Grants[0] with { AwardYear = 2020 }] };

        IncomeIn(Reconciler.Reconcile(scenario), 2020).Should().Be(Eur(50_000));
    }

    [Theory]
    [InlineData(50_000, 16_666.67, 33_333.33)]
    [InlineData(12_000, 4_000, 8_000)]
    [InlineData(0.01, 0.00, 0.01)]
    [InlineData(0.02, 0.01, 0.01)]
    [InlineData(100_000.01, 33_333.34, 66_666.67)]
    public void Pro_rata_gives_a_project_year_4_of_12_to_its_first_year_and_8_of_12_to_the_next_exact_to_the_cent(decimal amount, decimal first, decimal second)
    {
        var r = Reconciler.Reconcile(ProjectYearGrant(amount), new ReconciliationOptions { Recognition = IncomeRecognition.ProRata });

        IncomeIn(r, 2019).Should().Be(Eur(first));
        IncomeIn(r, 2020).Should().Be(Eur(second));
        (IncomeIn(r, 2019) + IncomeIn(r, 2020)).Should().Be(Eur(amount));
    }

    [Fact]
    public void Pro_rata_income_after_the_last_year_is_left_out_and_reported()
    {
        var scenario = ProjectYearGrant(12_000) with { LastYear = 2019 };

        var r = Reconciler.Reconcile(scenario, new ReconciliationOptions { Recognition = IncomeRecognition.ProRata });

        IncomeIn(r, 2019).Should().Be(Eur(4_000));
        r.Findings.Should().ContainSingle(f => f.Code == ReconciliationFindingCodes.IncomeAfterHorizon).Which.Amount.Should().Be(Eur(8_000));
    }

    [Fact]
    public void Income_recognised_before_the_first_year_is_part_of_the_opening_balance()
    {
        var scenario = ProjectYearGrant(12_000) with { FirstYear = 2020 };

        var r = Reconciler.Reconcile(scenario, new ReconciliationOptions { Recognition = IncomeRecognition.ProRata });

        r.Years[0].OpeningBalance.Should().Be(Eur(4_000));
        r.Years[0].Income.Should().Be(Eur(8_000));
    }

    [Fact]
    public void A_rejected_grant_never_counts()
    {
        var scenario = ProjectYearGrant(50_000);
        scenario = scenario with { Grants = [scenario.Grants[0] with { Status = GrantStatus.Rejected }] };

        Reconciler.Reconcile(scenario).Years.Should().OnlyContain(y => y.Income.IsZero);
    }

    [Fact]
    public void Conditional_money_counts_as_income_by_default_and_not_in_the_not_awarded_what_if()
    {
        var scenario = Scenario(2020, 2020, [Source("PP")], [Conditional("PP", 1_000, 2020)], []);

        Reconciler.Reconcile(scenario).Years[0].Income.Should().Be(Eur(1_000));
        Reconciler.Reconcile(scenario, new ReconciliationOptions { IncludeConditional = false }).Years[0].Income.Should().Be(Eur(0));
    }
}
