using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Tests.Municipalities;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>A breakdown whose payment comes from a distribution tells what the distribution's check of its centrumgemeenten found.</summary>
public class DistributionMunicipalitiesInBreakdownTests
{
    // 1,000,000 fully phased in over key weights 6 and 4: Utrecht is paid 600,000, Vianen 400,000.
    private static DistributionInput Distribution2019 => new(2019, Money.FromEuros(1_000_000m), 1m,
    [
        new DistributionEntry("GM0344", "Utrecht", Money.FromEuros(600_000m), 6m),
        new DistributionEntry("GM0620", "Vianen", Money.FromEuros(400_000m), 4m),
    ]);

    private static SpendPlan Utrecht2019 => new("GM0344", 2019, [new SpendCategory("Veilig Thuis", Money.FromEuros(600_000m))]) { Name = "Utrecht" };

    [Fact]
    public void A_dissolved_centrumgemeente_of_the_distribution_is_told_in_the_breakdown_that_takes_its_payment_from_it()
    {
        var distribution = DuVoDistribution.Calculate(Distribution2019, MunicipalityRegistryTests.Registry);

        var breakdown = SpendPlanCalculator.Calculate(Utrecht2019, distribution, municipalities: MunicipalityRegistryTests.Registry);

        var finding = breakdown.Findings.Should().ContainSingle(f => f.Code == DuVoFindingCode.MunicipalityDissolved).Subject;
        finding.Line.Should().Be("GM0620");
        finding.Message.Should().StartWith("Centrumgemeente Vianen (GM0620) no longer existed at the end of 2019");
        breakdown.Payment.Should().Be(Money.FromEuros(600_000m), "the check changes no payment");
    }

    [Fact]
    public void A_distribution_calculated_without_the_list_adds_no_municipality_finding()
    {
        var distribution = DuVoDistribution.Calculate(Distribution2019);

        var breakdown = SpendPlanCalculator.Calculate(Utrecht2019, distribution, municipalities: MunicipalityRegistryTests.Registry);

        breakdown.Findings.Should().NotContain(f => f.Code.StartsWith("MUNICIPALITY_", StringComparison.Ordinal));
    }

    [Fact]
    public void A_code_the_plan_and_the_distribution_both_flag_is_told_once()
    {
        // Vianen as the plan's own centrumgemeente: its plan and the distribution both name it.
        var distribution = DuVoDistribution.Calculate(Distribution2019, MunicipalityRegistryTests.Registry);
        var vianen = new SpendPlan("GM0620", 2019, [new SpendCategory("Veilig Thuis", Money.FromEuros(400_000m))]) { Name = "Vianen" };

        var breakdown = SpendPlanCalculator.Calculate(vianen, distribution, municipalities: MunicipalityRegistryTests.Registry);

        breakdown.Findings.Where(f => f.Code == DuVoFindingCode.MunicipalityDissolved).Select(f => f.Line).Should().Equal("GM0620");
    }
}
