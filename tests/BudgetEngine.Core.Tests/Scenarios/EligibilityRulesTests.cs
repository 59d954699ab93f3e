using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>Which lines a source may pay: the DU VO pays no cost for minors and no crisis place of general shelter.</summary>
public class EligibilityRulesTests
{
    private static FundingSource Duvo() => new("DUVO", FundingKind.Duvo);

    [Fact]
    public void The_duvo_excludes_minors_and_crisis_places_of_general_shelter_by_default() =>
        EligibilityRules.DefaultExcludedTags(FundingKind.Duvo).Should().Equal(EligibilityRules.Minors, EligibilityRules.DumoCrisis);

    [Theory]
    [InlineData(FundingKind.Ghnt)]
    [InlineData(FundingKind.Projectenpool)]
    [InlineData(FundingKind.Dumo)]
    [InlineData(FundingKind.Gemeente)]
    [InlineData(FundingKind.Reserve)]
    [InlineData(FundingKind.Other)]
    public void Every_other_kind_of_source_excludes_nothing_by_default(FundingKind kind) =>
        EligibilityRules.DefaultExcludedTags(kind).Should().BeEmpty();

    [Fact]
    public void A_line_tag_the_source_excludes_is_found_ignoring_case_and_spaces_and_given_as_the_line_writes_it() =>
        EligibilityRules.ExcludingTag(Duvo(), ["youth", " Minors "]).Should().Be(" Minors ");

    [Fact]
    public void A_line_whose_tags_the_source_does_not_exclude_may_be_paid() =>
        EligibilityRules.ExcludingTag(Duvo(), ["youth", "adults"]).Should().BeNull();

    [Fact]
    public void A_line_without_tags_may_be_paid() => EligibilityRules.ExcludingTag(Duvo(), []).Should().BeNull();

    [Fact]
    public void A_source_own_exclusions_decide_which_lines_it_may_pay()
    {
        var gemeente = new FundingSource("Wmo", FundingKind.Gemeente) { ExcludedTags = ["youth"] };
        EligibilityRules.ExcludingTag(gemeente, ["minors", "youth"]).Should().Be("youth");
        EligibilityRules.ExcludingTag(Duvo() with { ExcludedTags = [] }, ["minors"]).Should().BeNull();
    }
}
