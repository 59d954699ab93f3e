using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>The defaults of a funding source: it carries unspent money over, and excludes what its kind excludes.</summary>
public class FundingSourceTests
{
    [Fact]
    public void A_source_carries_unspent_money_over_unless_it_says_otherwise() =>
        new FundingSource("GHNT", FundingKind.Ghnt).CarriesOver.Should().BeTrue();

    [Fact]
    public void A_source_without_its_own_exclusions_excludes_what_its_kind_excludes() =>
        new FundingSource("DUVO", FundingKind.Duvo).EffectiveExcludedTags.Should().Equal("minors", "dumo-crisis");

    [Fact]
    public void A_source_own_exclusions_replace_those_of_its_kind() =>
        new FundingSource("DUVO", FundingKind.Duvo) { ExcludedTags = ["youth"] }.EffectiveExcludedTags.Should().Equal("youth");

    [Fact]
    public void A_source_that_excludes_nothing_of_its_own_pays_what_its_kind_would_exclude() =>
        new FundingSource("DUVO", FundingKind.Duvo) { ExcludedTags = [] }.EffectiveExcludedTags.Should().BeEmpty();
}
