using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>How a breakdown words and orders its findings (illustrative figures).</summary>
public class BreakdownFindingTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    // 1,500.00 of DU VO-paid costs against a payment of 1,000.00: 500.00 short.
    private static SpendPlan Short(params Regiogemeente[] regiogemeenten) =>
        new("GM0344", 2016, [new SpendCategory("Opvang", E(1_500m))])
        {
            Payment = E(1_000m),
            Regiogemeenten = regiogemeenten,
        };

    private static Finding OverAllocated(SpendPlan plan) =>
        SpendPlanCalculator.Calculate(plan).Findings.Single(f => f.Code == FindingCode.OverAllocated);

    [Fact]
    public void An_over_allocation_without_regiogemeenten_says_none_are_listed_to_co_finance_it()
    {
        OverAllocated(Short()).Message.Should().Be(
            "In 2016 the DU VO-paid costs (EUR 1,500.00) exceed the payment (EUR 1,000.00) by EUR 500.00; "
            + "no regiogemeenten are listed to co-finance it; add them to split it.");
    }

    [Fact]
    public void An_over_allocation_split_by_inhabitants_says_over_how_many_regiogemeenten()
    {
        var plan = Short(new Regiogemeente("GM0344", "Utrecht") { Inhabitants = 360_000 }, new Regiogemeente("GM0307", "Amersfoort") { Inhabitants = 160_000 });

        OverAllocated(plan).Message.Should().EndWith("by EUR 500.00; it is split over the 2 regiogemeenten by inhabitants.");
    }

    [Fact]
    public void An_over_allocation_split_by_fixed_shares_says_over_how_many_regiogemeenten()
    {
        var plan = Short(new Regiogemeente("GM0344", "Utrecht") { FixedShare = 70m }, new Regiogemeente("GM0307", "Amersfoort") { FixedShare = 30m });

        OverAllocated(plan).Message.Should().EndWith("by EUR 500.00; it is split over the 2 regiogemeenten by fixed share.");
    }

    [Fact]
    public void A_plan_of_no_particular_year_is_over_allocated_without_naming_a_year()
    {
        var finding = OverAllocated(Short() with { Year = null });

        finding.Year.Should().BeNull();
        finding.Message.Should().Be(
            "The DU VO-paid costs (EUR 1,500.00) exceed the payment (EUR 1,000.00) by EUR 500.00; "
            + "no regiogemeenten are listed to co-finance it; add them to split it.");
    }

    [Fact]
    public void Findings_of_equal_severity_are_ordered_by_code_and_then_by_line()
    {
        // Three errors: two INELIGIBLE_COVERAGE (lines "A crisis" and "B minors") before OVER_ALLOCATED, whatever the plan's order.
        // Costs 100 + 200 = 300.00 against a payment of 250.00: 50.00 short.
        var plan = new SpendPlan("GM0344", 2016,
            [
                new SpendCategory("B minors", E(200m)) { Tags = [DuVoTags.Minors] },
                new SpendCategory("A crisis", E(100m)) { Tags = [DuVoTags.DumoCrisis] },
            ])
        {
            Payment = E(250m),
        };

        var findings = SpendPlanCalculator.Calculate(plan).Findings;

        findings.Select(f => (f.Code, f.Line, f.Amount)).Should().Equal(
            (FindingCode.IneligibleCoverage, "A crisis", (Money?)E(100m)),
            (FindingCode.IneligibleCoverage, "B minors", E(200m)),
            (FindingCode.OverAllocated, null, E(50m)));
    }

    [Fact]
    public void Findings_on_the_same_line_are_ordered_by_amount()
    {
        // Two DU VO parts of one name, both DU MO crisis places: 100.00 and 50.00 (150.00 of the category's 150.00).
        var plan = new SpendPlan("GM0344", 2016,
            [
                new SpendCategory("Opvang", E(150m))
                {
                    Parts =
                    [
                        new CategoryPart("Crisisplaats", E(100m)) { Tags = [DuVoTags.DumoCrisis] },
                        new CategoryPart("Crisisplaats", E(50m)) { Tags = [DuVoTags.DumoCrisis] },
                    ],
                },
            ])
        {
            Payment = E(150m),
        };

        SpendPlanCalculator.Calculate(plan).Findings.Select(f => (f.Line, f.Amount)).Should().Equal(
            ("Opvang / Crisisplaats", (Money?)E(50m)), ("Opvang / Crisisplaats", E(100m)));
    }
}
