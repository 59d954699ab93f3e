using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>A grant's period: a calendar year, or a project year from 1 September to 31 August of the next year.</summary>
public class GrantPeriodTests
{
    [Fact]
    public void A_calendar_year_starts_and_ends_in_its_year() =>
        (GrantPeriod.CalendarYear(2020).StartYear, GrantPeriod.CalendarYear(2020).EndYear).Should().Be((2020, 2020));

    [Fact]
    public void A_project_year_starts_in_its_year_and_ends_in_the_next() =>
        (GrantPeriod.ProjectYear(2020).StartYear, GrantPeriod.ProjectYear(2020).EndYear).Should().Be((2020, 2021));

    [Fact]
    public void A_calendar_year_has_its_twelve_months_in_its_year() =>
        GrantPeriod.CalendarYear(2020).MonthsPerYear.Should().Equal((2020, 12));

    [Fact]
    public void A_project_year_has_four_months_in_its_first_year_and_eight_in_the_next() =>
        // September to December 2020 are 4 months, January to August 2021 are 8.
        GrantPeriod.ProjectYear(2020).MonthsPerYear.Should().Equal((2020, 4), (2021, 8));

    [Fact]
    public void A_calendar_year_reads_as_the_year() => GrantPeriod.CalendarYear(2020).ToString().Should().Be("2020");

    [Fact]
    public void A_project_year_reads_from_september_to_august() =>
        GrantPeriod.ProjectYear(2020).ToString().Should().Be("project year Sept 2020 - Aug 2021");
}
