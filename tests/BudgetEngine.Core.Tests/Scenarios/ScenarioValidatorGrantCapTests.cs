using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;
using static BudgetEngine.Core.Tests.Scenarios.ValidatorExpectations;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>
/// A grant cap names its source, is given once per source and round, is not below zero, and its round lies from 1990 to
/// 2100. A project-year round is written as <c>round</c>, a calendar-year round as <c>year</c>, so that is where its
/// errors point.
/// </summary>
public class ScenarioValidatorGrantCapTests
{
    private static Scenario WithCaps(params GrantCap[] caps) => Small() with { GrantCaps = caps };

    private static GrantCap Cap(string source, GrantPeriod round, decimal euros = 192_000) => new(source, round, Eur(euros));

    [Fact]
    public void A_cap_per_source_and_round_is_accepted() =>
        WithCaps(
            Cap("Projectenpool", GrantPeriod.ProjectYear(2020)),
            Cap("Projectenpool", GrantPeriod.ProjectYear(2021)),
            Cap("Projectenpool", GrantPeriod.CalendarYear(2020)),
            Cap("GHNT", GrantPeriod.ProjectYear(2020), 0)).ShouldBeAccepted();

    [Fact]
    public void A_cap_without_a_source_is_refused_at_its_source() =>
        WithCaps(Cap(" ", GrantPeriod.ProjectYear(2020))).ShouldBeRefusedAt("/grantCaps/0/source", "Name the source whose grants the cap limits.");

    [Fact]
    public void A_second_cap_of_a_source_for_the_same_project_year_is_refused_at_its_round_naming_the_source() =>
        WithCaps(Cap("Projectenpool", GrantPeriod.ProjectYear(2020)), Cap(" projectenpool", GrantPeriod.ProjectYear(2020))).ShouldBeRefusedAt(
            "/grantCaps/1/round", "' projectenpool' is capped twice for this round; give one cap per source and round.");

    [Fact]
    public void A_second_cap_of_a_source_for_the_same_calendar_year_is_refused_at_its_year() =>
        WithCaps(Cap("GHNT", GrantPeriod.CalendarYear(2020)), Cap("GHNT", GrantPeriod.CalendarYear(2020)))
            .ShouldBeRefusedAt("/grantCaps/1/year", "'GHNT' is capped twice for this round");

    [Fact]
    public void A_cap_below_zero_is_refused_at_maxAmount() =>
        WithCaps(Cap("GHNT", GrantPeriod.CalendarYear(2020), -0.01m)).ShouldBeRefusedAt("/grantCaps/0/maxAmount", "A cap cannot be below zero.");

    [Theory]
    [InlineData(1990)]
    [InlineData(2100)]
    public void A_cap_round_from_1990_to_2100_is_accepted(int year) =>
        WithCaps(Cap("GHNT", GrantPeriod.CalendarYear(year)), Cap("Projectenpool", GrantPeriod.ProjectYear(year))).ShouldBeAccepted();

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void A_cap_project_year_before_1990_or_after_2100_is_refused_at_round(int year) =>
        WithCaps(Cap("Projectenpool", GrantPeriod.ProjectYear(year)))
            .ShouldBeRefusedAt("/grantCaps/0/round", "The round's year must be between 1990 and 2100.");

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void A_cap_calendar_year_before_1990_or_after_2100_is_refused_at_year(int year) =>
        WithCaps(Cap("GHNT", GrantPeriod.CalendarYear(year)))
            .ShouldBeRefusedAt("/grantCaps/0/year", "The round's year must be between 1990 and 2100.");
}
