using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

public class EligibilityTests
{
    private static Core.Scenarios.Scenario WithLine(CostLine line, params FundingSource[] extra) => Scenario(2020, 2020,
        [Source("DUVO", FundingKind.Duvo), Source("Jeugd", FundingKind.Gemeente), .. extra],
        [Awarded("DUVO", 5_000_000, 2020), Awarded("Jeugd", 1_000_000, 2020)],
        [line]);

    [Theory]
    [InlineData(EligibilityRules.Minors)]
    [InlineData(EligibilityRules.DumoCrisis)]
    public void The_DU_VO_may_not_pay_lines_for_minors_or_DU_MO_crisis_places(string tag)
    {
        var line = Line("Veilig Thuis", "DUVO", (2020, 400_000)) with { Tags = [tag] };

        var r = Reconciler.Reconcile(WithLine(line));

        var finding = r.Findings.Single(f => f.Code == FindingCode.IneligibleCoverage);
        (finding.Year, finding.Source, finding.Line, finding.Amount, finding.Severity).Should().Be((2020, "DUVO", "Veilig Thuis", Eur(400_000), Severity.Error));
        r.Findings.Should().Contain(f => f.Code == FindingCode.UncoveredCost && f.Amount == Eur(400_000));
    }

    [Fact]
    public void An_excluded_source_in_a_flexible_coverage_is_passed_over_for_an_eligible_one()
    {
        var line = Line("Veilig Thuis jeugd", Coverage.Flexible("DUVO", "Jeugd"), (2020, 400_000)) with { Tags = ["minors"] };

        var r = Reconciler.Reconcile(WithLine(line));

        r.Allocations.Single().Sources.Single().Source.Should().Be("Jeugd");
        r.Findings.Should().Contain(f => f.Code == FindingCode.IneligibleCoverage);
        r.Findings.Should().NotContain(f => f.Code == FindingCode.UncoveredCost);
    }

    [Fact]
    public void A_source_may_name_its_own_exclusions_instead_of_the_defaults_of_its_kind()
    {
        var line = Line("Veilig Thuis", "DUVO", (2020, 400_000)) with { Tags = ["minors"] };
        var scenario = WithLine(line);
        scenario = scenario with { Sources = [scenario.Sources[0] with { ExcludedTags = [] }, scenario.Sources[1]] };

        Reconciler.Reconcile(scenario).Findings.Should().NotContain(f => f.Code == FindingCode.IneligibleCoverage);
    }

    [Fact]
    public void Tags_match_regardless_of_case()
    {
        var line = Line("Crisisopvang", "DUVO", (2020, 1)) with { Tags = ["DUMO-Crisis"] };

        Reconciler.Reconcile(WithLine(line)).Findings.Should().Contain(f => f.Code == FindingCode.IneligibleCoverage);
    }
}
