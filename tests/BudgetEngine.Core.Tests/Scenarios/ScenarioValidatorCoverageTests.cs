using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Scenarios.ValidatorExpectations;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>
/// A line's coverage names at least one source, each once; a single coverage names exactly one; a split's weights are
/// not below zero and at least one is above zero. Weights matter only to a split.
/// </summary>
public class ScenarioValidatorCoverageTests
{
    private static Scenario Covered(Coverage? coverage) => WithLine(l => l with { Coverage = coverage! });

    [Fact]
    public void A_line_without_coverage_is_refused_at_coverage_sources() =>
        Covered(null).ShouldBeRefusedAt("/lines/0/coverage/sources", "Name at least one source that pays this line.");

    [Fact]
    public void A_coverage_without_a_list_of_sources_is_refused_at_its_sources() =>
        Covered(new Coverage(CoverageKind.Flexible, null!)).ShouldBeRefusedAt("/lines/0/coverage/sources", "Name at least one source that pays this line.");

    [Fact]
    public void A_split_of_no_sources_is_refused_once_for_naming_none() =>
        Covered(Coverage.Split()).ShouldBeRefusedAt("/lines/0/coverage/sources", "Name at least one source that pays this line.");

    [Fact]
    public void A_coverage_kind_the_domain_does_not_know_is_refused_at_kind() =>
        Covered(new Coverage((CoverageKind)7, [new("GHNT")])).ShouldBeRefusedAt("/lines/0/coverage/kind", "The coverage kind must be single, split or flexible.");

    [Fact]
    public void A_single_coverage_of_two_sources_is_refused_pointing_to_split_or_flexible() =>
        Covered(new Coverage(CoverageKind.Single, [new("GHNT"), new("Projectenpool")])).ShouldBeRefusedAt(
            "/lines/0/coverage/sources", "A single coverage names exactly one source; use split or flexible for more.");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_coverage_source_without_a_name_is_refused_at_its_place(string name) =>
        Covered(Coverage.Flexible("GHNT", name)).ShouldBeRefusedAt("/lines/0/coverage/sources/1/source", "Name the source.");

    [Fact]
    public void A_source_named_twice_ignoring_case_and_spaces_is_refused_at_the_second_naming_it() =>
        Covered(Coverage.Flexible("GHNT", "Projectenpool", " ghnt")).ShouldBeRefusedAt(
            "/lines/0/coverage/sources/2/source", "' ghnt' is named twice in this coverage.");

    [Fact]
    public void A_split_weight_below_zero_is_refused_at_that_weight() =>
        Covered(Coverage.Split(("GHNT", 2), ("Projectenpool", -0.5m)))
            .ShouldBeRefusedAt("/lines/0/coverage/sources/1/weight", "A weight cannot be below zero.");

    [Fact]
    public void A_split_whose_weights_are_all_zero_is_refused_at_its_sources() =>
        Covered(Coverage.Split(("GHNT", 0), ("Projectenpool", 0)))
            .ShouldBeRefusedAt("/lines/0/coverage/sources", "At least one weight of a split must be above zero.");

    // Each list has a weight above zero; the zeros are placed before, between and after them.
    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(1, 1, 1)]
    [InlineData(3, 0, 1)]
    public void A_split_with_any_weight_above_zero_is_accepted(double first, double second, double third) =>
        Covered(Coverage.Split(("GHNT", (decimal)first), ("Projectenpool", (decimal)second), ("Reserve", (decimal)third))).ShouldBeAccepted();

    [Theory]
    [InlineData(CoverageKind.Single)]
    [InlineData(CoverageKind.Flexible)]
    public void A_weight_of_zero_or_below_is_ignored_outside_a_split(CoverageKind kind)
    {
        Covered(new Coverage(kind, [new("GHNT", 0)])).ShouldBeAccepted();
        Covered(new Coverage(kind, [new("GHNT", -1)])).ShouldBeAccepted();
    }
}
