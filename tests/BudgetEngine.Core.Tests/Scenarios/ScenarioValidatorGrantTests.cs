using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;
using static BudgetEngine.Core.Tests.Scenarios.ValidatorExpectations;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>
/// A grant names its source, its amount and what it received are not below zero, and its years (period, award year,
/// round, the plan it is passed on from) lie from ten years before the first allowed budget year, 1990, to 2100.
/// </summary>
public class ScenarioValidatorGrantTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_grant_without_a_source_is_refused_at_its_source(string source) =>
        WithGrant(g => g with { Source = source }).ShouldBeRefusedAt("/grants/0/source", "Name the source that gives this grant.");

    [Fact]
    public void A_grant_amount_below_zero_is_refused_at_amount() =>
        WithGrant(g => g with { Amount = Eur(-0.01m) }).ShouldBeRefusedAt("/grants/0/amount", "A grant's amount cannot be below zero.");

    [Fact]
    public void A_pm_grant_with_an_amount_is_refused_at_amount_asking_for_zero_or_no_pm() =>
        WithGrant(g => g with { Pm = true }).ShouldBeRefusedAt("/grants/0/amount", "give amount 0, or enter the amount and leave pm out");

    [Fact]
    public void A_pm_grant_of_zero_is_accepted() => WithGrant(g => g with { Pm = true, Amount = Eur(0) }).ShouldBeAccepted();

    // MinYear - 10 = 1990 is the first year accepted, MaxYear = 2100 the last.
    [Theory]
    [InlineData(1990)]
    [InlineData(2100)]
    public void A_grant_period_year_from_1990_to_2100_is_accepted(int year)
    {
        WithGrant(g => g with { Period = GrantPeriod.CalendarYear(year) }).ShouldBeAccepted();
        WithGrant(g => g with { Period = GrantPeriod.ProjectYear(year) }).ShouldBeAccepted();
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void A_grant_period_year_more_than_ten_years_before_the_first_allowed_year_or_after_2100_is_refused_at_grants_i_period_year(int year) =>
        WithGrant(g => g with { Period = GrantPeriod.ProjectYear(year) })
            .ShouldBeRefusedAt("/grants/0/period/year", "The period's year must be between 1990 and 2100.");

    [Theory]
    [InlineData(1990)]
    [InlineData(2100)]
    public void An_award_year_from_1990_to_2100_is_accepted(int year) => WithGrant(g => g with { AwardYear = year }).ShouldBeAccepted();

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void An_award_year_before_1990_or_after_2100_is_refused_at_awardYear(int year) =>
        WithGrant(g => g with { AwardYear = year }).ShouldBeRefusedAt("/grants/0/awardYear", "The award year must be between 1990 and 2100.");

    [Theory]
    [InlineData(1990)]
    [InlineData(2100)]
    public void A_round_year_from_1990_to_2100_is_accepted(int year) =>
        WithGrant(g => g with { Round = GrantPeriod.ProjectYear(year) }).ShouldBeAccepted();

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void A_round_year_before_1990_or_after_2100_is_refused_at_round(int year) =>
        WithGrant(g => g with { Round = GrantPeriod.ProjectYear(year) })
            .ShouldBeRefusedAt("/grants/0/round", "The round's year must be between 1990 and 2100.");

    [Fact]
    public void What_a_grant_received_below_zero_is_refused_at_received() =>
        WithGrant(g => g with { Received = Eur(-1) }).ShouldBeRefusedAt("/grants/0/received", "What a grant received cannot be below zero.");

    [Fact]
    public void A_rejected_grant_that_received_money_is_refused_at_received_asking_for_zero_or_the_status_awarded() =>
        WithGrant(g => g with { Status = GrantStatus.Rejected, Received = Eur(0.01m) }).ShouldBeRefusedAt(
            "/grants/0/received", "A rejected grant received nothing; give received 0 or leave it out, or give the grant the status awarded.");

    [Fact]
    public void A_rejected_grant_that_received_nothing_is_accepted() =>
        WithGrant(g => g with { Status = GrantStatus.Rejected, Received = Eur(0) }).ShouldBeAccepted();

    [Theory]
    [InlineData(GrantStatus.Awarded)]
    [InlineData(GrantStatus.Conditional)]
    public void A_grant_not_rejected_may_receive_money(GrantStatus status) =>
        WithGrant(g => g with { Status = status, Received = Eur(80_000) }).ShouldBeAccepted();

    [Fact]
    public void A_grant_passed_on_from_a_centrumgemeente_plan_with_a_cbs_code_and_a_year_in_range_is_accepted() =>
        WithGrant(g => g with { TransferFrom = new TransferOrigin("GM0402", 2020) }).ShouldBeAccepted();

    [Theory]
    [InlineData("gm0402")]
    [InlineData("GM402")]
    [InlineData("Hilversum")]
    public void A_centrumgemeente_that_is_no_cbs_code_is_refused_naming_the_text_and_the_form_of_a_code(string code) =>
        WithGrant(g => g with { TransferFrom = new TransferOrigin(code, 2020) }).ShouldBeRefusedAt(
            "/grants/0/transferFrom/centrumgemeente", $"'{code}' is no CBS municipality code; give GM followed by four digits, e.g. GM0402");

    [Fact]
    public void A_missing_centrumgemeente_is_refused_as_an_empty_code() =>
        WithGrant(g => g with { TransferFrom = new TransferOrigin(null!, 2020) })
            .ShouldBeRefusedAt("/grants/0/transferFrom/centrumgemeente", "'' is no CBS municipality code");

    [Theory]
    [InlineData(1990)]
    [InlineData(2100)]
    public void The_year_of_the_plan_a_grant_is_passed_on_from_may_be_1990_to_2100(int year) =>
        WithGrant(g => g with { TransferFrom = new TransferOrigin("GM0402", year) }).ShouldBeAccepted();

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void The_year_of_the_plan_a_grant_is_passed_on_from_before_1990_or_after_2100_is_refused_at_transferFrom_year(int year) =>
        WithGrant(g => g with { TransferFrom = new TransferOrigin("GM0402", year) }).ShouldBeRefusedAt(
            "/grants/0/transferFrom/year", "The year of the centrumgemeente's plan must be between 1990 and 2100.");
}
