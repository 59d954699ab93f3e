using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>
/// Finding a source by the name a coverage or grant uses, and suggesting the nearest code for a name that matches none:
/// within one edit for names of up to five letters, a third of the name's length after that, never more than three.
/// </summary>
public class SourceCatalogTests
{
    private static SourceCatalog Catalog(params string[] codes) => new(codes.Select(c => Source(c)));

    [Fact]
    public void A_source_is_found_by_its_code_ignoring_case_and_surrounding_spaces() =>
        Catalog("GHNT", "Projectenpool").Find(" projectenPOOL ")!.Code.Should().Be("Projectenpool");

    [Fact]
    public void A_name_that_is_no_code_finds_nothing() => Catalog("GHNT").Find("GNHT").Should().BeNull();

    [Fact]
    public void No_name_finds_nothing() => Catalog("GHNT").Find(null).Should().BeNull();

    [Fact]
    public void Of_two_sources_with_the_same_code_the_first_is_found()
    {
        var catalog = new SourceCatalog([Source("GHNT", FundingKind.Ghnt), Source("ghnt", FundingKind.Other)]);
        catalog.Find("GHNT")!.Kind.Should().Be(FundingKind.Ghnt);
    }

    [Fact]
    public void Two_letters_swapped_in_a_short_name_suggest_the_code() =>
        Catalog("Projectenpool", "GHNT").Suggest("gnht").Should().Be("GHNT"); // one swap; limit max(1, min(3, 4 / 3)) = 1

    [Fact]
    public void A_short_name_two_edits_from_every_code_gets_no_suggestion() =>
        Catalog("GHNT").Suggest("GHXX").Should().BeNull(); // two substitutions; limit 1

    [Fact]
    public void A_longer_name_may_be_a_third_of_its_length_in_edits_from_the_code() =>
        Catalog("GHNT", "Projectenpool").Suggest("Prjctenpol").Should().Be("Projectenpool"); // 3 deletions; limit min(3, 10 / 3) = 3

    [Fact]
    public void Three_edits_is_the_most_for_a_name_of_any_length()
    {
        // 3 and 4 letters added to 13; limits min(3, 16 / 3 = 5) = 3 and min(3, 17 / 3 = 5) = 3.
        Catalog("Projectenpool").Suggest("ProjectenpoolXXX").Should().Be("Projectenpool");
        Catalog("Projectenpool").Suggest("ProjectenpoolXXXX").Should().BeNull();
    }

    [Fact]
    public void The_nearest_code_is_suggested() =>
        Catalog("Gemeenten", "Gemeente").Suggest("Gemeent").Should().Be("Gemeente"); // distances 2 and 1; limit 2

    [Fact]
    public void Of_codes_equally_near_the_smaller_is_suggested() =>
        Catalog("GHNX", "GHNA").Suggest("GHN").Should().Be("GHNA"); // both one letter added; limit 1

    /// <summary>Hand-computed optimal string alignment distances.</summary>
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "ABC", 3)]       // three insertions
    [InlineData("ABC", "", 3)]       // three deletions
    [InlineData("GHNT", "GHNT", 0)]
    [InlineData("GHNT", "GNHT", 1)]  // one swap of neighbours
    [InlineData("AB", "BA", 1)]      // one swap at the start
    [InlineData("KITTEN", "SITTING", 3)] // K->S, E->I, insert G
    [InlineData("FLAW", "LAWN", 2)]  // delete F, insert N
    [InlineData("CA", "ABC", 3)]     // no substring is edited twice, so not 2 as with unrestricted swaps
    [InlineData("ABCDEF", "ABDCEF", 1)] // a swap in the middle
    [InlineData("ABCDEF", "ABXDEF", 1)] // a substitution in the middle
    public void The_edit_distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int distance) =>
        SourceCatalog.EditDistance(a, b).Should().Be(distance);
}
