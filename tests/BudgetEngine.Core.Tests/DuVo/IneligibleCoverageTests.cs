using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>
/// DU VO money for minors (paid from youth funds) or for crisis places of general shelter (paid from the DU MO) is flagged,
/// part by part and for a category's un-itemised rest (illustrative figures).
/// </summary>
public class IneligibleCoverageTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    private static SpendBreakdown Breakdown(SpendCategory category) =>
        SpendPlanCalculator.Calculate(new SpendPlan("GM0344", 2016, [category]) { Payment = category.Amount });

    private static IEnumerable<(string? Line, Money? Amount, string? Suggestion)> Ineligible(SpendCategory category) =>
        Breakdown(category).Findings.Where(f => f.Code == FindingCode.IneligibleCoverage).Select(f => (f.Line, f.Amount, f.Suggestion));

    [Fact]
    public void DU_VO_parts_without_an_ineligible_tag_are_not_flagged()
    {
        var category = new SpendCategory("Veilig Thuis", E(1_000m))
        {
            Parts = [new CategoryPart("Advies en meldingen", E(700m)) { Tags = ["volwassenen"] }],
        };

        Breakdown(category).Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_tag_the_engine_does_not_know_is_ignored()
    {
        Breakdown(new SpendCategory("Preventie", E(1_000m)) { Tags = ["pilot"] }).Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_tagged_part_of_zero_is_not_flagged()
    {
        var category = new SpendCategory("Veilig Thuis", E(1_000m))
        {
            Parts = [new CategoryPart("Veilig Thuis minderjarigen", Money.Zero) { Tags = [DuVoTags.Minors] }],
        };

        Ineligible(category).Should().BeEmpty();
    }

    [Fact]
    public void In_a_tagged_category_each_DU_VO_part_and_the_un_itemised_rest_are_flagged_apart()
    {
        // Veilig Thuis 1,000.00, tagged minors: a DU VO part of 300.00 (untagged: the category's tag covers it) and a youth-funds
        // part of 200.00 (not DU VO money, not flagged). The un-itemised rest is 1,000.00 - 300.00 - 200.00 = 500.00.
        var category = new SpendCategory("Veilig Thuis", E(1_000m))
        {
            Tags = [DuVoTags.Minors],
            Parts =
            [
                new CategoryPart("Jeugdbeschermingstafel", E(300m)),
                new CategoryPart("Veilig Thuis minderjarigen", E(200m)) { Source = DuVoSources.Jeugd },
            ],
        };

        Ineligible(category).Should().Equal(
            ("Veilig Thuis", (Money?)E(500m), "Jeugd"),
            ("Veilig Thuis / Jeugdbeschermingstafel", E(300m), "Jeugd"));
    }

    [Fact]
    public void A_part_tagged_otherwise_than_its_category_is_flagged_by_its_own_tag()
    {
        // Category tagged minors (rest 800.00 - 100.00 = 700.00 for youth funds); its part of 100.00 is a DU MO crisis place.
        var category = new SpendCategory("Opvang", E(800m))
        {
            Tags = [DuVoTags.Minors],
            Parts = [new CategoryPart("Crisisplaats", E(100m)) { Tags = [DuVoTags.DumoCrisis] }],
        };

        var findings = Breakdown(category).Findings;

        findings.Select(f => (f.Line, f.Amount, f.Suggestion)).Should().Equal(
            ("Opvang", (Money?)E(700m), "Jeugd"),
            ("Opvang / Crisisplaats", E(100m), "DUMO"));
        findings[0].Message.Should().Be("'Opvang' (EUR 700.00) is paid from the DU VO but concerns minors, whom the DU VO does not pay for; pay it from youth funds.");
        findings[1].Message.Should().Be("'Opvang / Crisisplaats' (EUR 100.00) is paid from the DU VO but is a crisis place of general shelter, "
            + "which the DU VO does not pay for; pay it from the DU MO.");
    }

    [Theory]
    [InlineData("minors", "dumo-crisis")]
    [InlineData("dumo-crisis", "minors")]
    public void Money_tagged_both_for_minors_and_as_a_crisis_place_is_flagged_once_by_the_first_tag_alphabetically(string first, string second)
    {
        // "dumo-crisis" sorts before "minors", whatever order the plan gives them in: one finding, for the DU MO.
        var category = new SpendCategory("Opvang", E(400m))
        {
            Parts = [new CategoryPart("Crisisopvang jongeren", E(400m)) { Tags = [first, second] }],
        };

        Ineligible(category).Should().Equal(("Opvang / Crisisopvang jongeren", (Money?)E(400m), "DUMO"));
    }
}
