using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.Reconciliation;

public class SourceCatalogTests
{
    private static readonly SourceCatalog Catalog = new([
        new FundingSource("GHNT", FundingKind.Ghnt), new FundingSource("Projectenpool", FundingKind.Projectenpool), new FundingSource("DUVO", FundingKind.Duvo)]);

    [Theory]
    [InlineData("GHNT")]
    [InlineData("ghnt")]
    [InlineData(" GHNT ")]
    public void Names_match_sources_ignoring_case_and_surrounding_spaces(string name) =>
        Catalog.Find(name)!.Code.Should().Be("GHNT");

    [Theory]
    [InlineData("GNHT", "GHNT")]
    [InlineData("GHTN", "GHNT")]
    [InlineData("Projectpool", "Projectenpool")]
    [InlineData("projecten pool", "Projectenpool")]
    [InlineData("DUV0", "DUVO")]
    public void An_unknown_name_suggests_the_nearest_code(string name, string suggestion) =>
        Catalog.Suggest(name).Should().Be(suggestion);

    [Theory]
    [InlineData("Gemeente")]
    [InlineData("Reserve")]
    public void A_name_far_from_every_code_gets_no_suggestion(string name) =>
        Catalog.Suggest(name).Should().BeNull();
}
