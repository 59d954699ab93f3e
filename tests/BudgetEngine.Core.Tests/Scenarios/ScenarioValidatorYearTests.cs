using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;
using static BudgetEngine.Core.Tests.Scenarios.ValidatorExpectations;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>The scenario's years: 2000 to 2100, the last not before the first, at most 30 of them; and the tolerance.</summary>
public class ScenarioValidatorYearTests
{
    // A scenario of the given years with no line, so that only the years themselves are judged.
    private static Scenario Years(int first, int last) => Small() with { FirstYear = first, LastYear = last, Lines = [] };

    [Theory]
    [InlineData(2000)]
    [InlineData(2100)]
    public void A_first_year_from_2000_to_2100_is_accepted(int first) => Years(first, first).ShouldBeAccepted();

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_first_year_before_2000_or_after_2100_is_refused_at_firstYear_naming_the_range(int first) =>
        Years(first, 2100).ShouldBeRefusedAt("/firstYear", "The first year must be between 2000 and 2100.");

    [Theory]
    [InlineData(2000)]
    [InlineData(2100)]
    public void A_last_year_from_2000_to_2100_is_accepted(int last) => Years(last, last).ShouldBeAccepted();

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_last_year_before_2000_or_after_2100_is_refused_at_lastYear_naming_the_range(int last) =>
        Years(2000, last).ShouldBeRefusedAt("/lastYear", "The last year must be between 2000 and 2100.");

    [Fact]
    public void A_scenario_of_one_year_first_and_last_the_same_is_accepted() => Years(2020, 2020).ShouldBeAccepted();

    [Fact]
    public void A_last_year_one_before_the_first_is_refused_at_lastYear() =>
        Years(2021, 2020).ShouldBeRefusedAt("/lastYear", "The last year must not be before the first year.");

    [Fact]
    public void A_scenario_of_thirty_years_is_accepted() => Years(2000, 2029).ShouldBeAccepted(); // 2029 - 2000 + 1 = 30

    [Fact]
    public void A_scenario_of_thirty_one_years_is_refused_at_lastYear_naming_the_most() =>
        Years(2000, 2030).ShouldBeRefusedAt("/lastYear", "A scenario spans at most 30 years."); // 2030 - 2000 + 1 = 31

    /// <summary>The years are refused, each for one reason; a line has a cost in 1990, outside every one of these spans.</summary>
    public static TheoryData<int, int, string> RefusedYears => new()
    {
        { 1999, 2005, "/firstYear" },
        { 2000, 2101, "/lastYear" },
        { 2021, 2020, "/lastYear" },
        { 2000, 2030, "/lastYear" },
    };

    [Theory]
    [MemberData(nameof(RefusedYears))]
    public void While_the_years_are_refused_no_figure_is_refused_for_lying_outside_them(int first, int last, string path) =>
        (Small() with
        {
            FirstYear = first,
            LastYear = last,
            Lines = [Small().Lines[0] with { Amounts = new Dictionary<int, Money> { [1990] = Eur(10), [first] = Eur(10), [last] = Eur(10) } }],
        }).ShouldBeRefusedAt(path);

    [Fact]
    public void A_tolerance_of_zero_is_accepted() => (Small() with { Tolerance = Money.Zero }).ShouldBeAccepted();

    [Fact]
    public void A_tolerance_below_zero_is_refused_at_tolerance_asking_for_the_excess_allowed() =>
        (Small() with { Tolerance = Eur(-0.01m) }).ShouldBeRefusedAt(
            "/tolerance", "The tolerance cannot be below zero", "give the amount by which a line's actual cost may exceed its budget");

    [Fact]
    public void A_valid_scenario_is_checked_into_a_validated_scenario_holding_it()
    {
        var scenario = Small();
        var (valid, errors) = ScenarioValidator.Check(scenario);
        errors.Should().BeEmpty();
        valid.Should().NotBeNull();
        valid!.Scenario.Should().BeSameAs(scenario);
    }

    [Fact]
    public void An_invalid_scenario_is_checked_into_no_validated_scenario_and_its_errors()
    {
        var (valid, errors) = ScenarioValidator.Check(Small() with { Name = " " });
        valid.Should().BeNull();
        errors.Select(e => e.Path).Should().Equal("/name");
    }
}
