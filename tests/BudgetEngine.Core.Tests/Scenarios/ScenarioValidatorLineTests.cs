using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;
using static BudgetEngine.Core.Tests.Scenarios.ValidatorExpectations;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>
/// A cost line has a name of its own, an actielijn 1 to 3, a known Iv3 taakveld, and costs, actuals and p.m. years
/// within the scenario's years 2020-2023, none below zero.
/// </summary>
public class ScenarioValidatorLineTests
{
    private static Scenario WithAmounts(IReadOnlyDictionary<int, Money> amounts) => WithLine(l => l with { Amounts = amounts });

    private static Scenario WithActuals(int year, decimal euros) =>
        WithLine(l => l with { Actuals = new Dictionary<int, Money> { [year] = Eur(euros) } });

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_line_without_a_name_is_refused_at_its_name(string name) =>
        WithLine(l => l with { Name = name }).ShouldBeRefusedAt("/lines/0/name", "Give the line a name.");

    [Fact]
    public void A_name_taken_by_an_earlier_line_ignoring_case_and_spaces_is_refused_naming_it_as_written() =>
        (Small() with { Lines = [.. Small().Lines, Line(" projectleider ", "GHNT", (2022, 1))] }).ShouldBeRefusedAt(
            "/lines/1/name", "The name ' projectleider ' is used by another line; line names must be unique.");

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void An_actielijn_from_1_to_3_is_accepted(int actielijn) => WithLine(l => l with { Actielijn = actielijn }).ShouldBeAccepted();

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void An_actielijn_below_1_or_above_3_is_refused_at_actielijn(int actielijn) =>
        WithLine(l => l with { Actielijn = actielijn }).ShouldBeRefusedAt("/lines/0/actielijn", "The actielijn must be 1, 2 or 3.");

    [Fact]
    public void A_known_iv3_taakveld_is_accepted() => WithLine(l => l with { Taakveld = "6.81" }).ShouldBeAccepted();

    [Fact]
    public void An_unknown_taakveld_is_refused_naming_it_and_the_list_of_codes() =>
        WithLine(l => l with { Taakveld = "6.99" }).ShouldBeRefusedAt(
            "/lines/0/taakveld", "'6.99' is not an Iv3 taakveld of gemeenten; give a code of the list in docs/reference/iv3-taakvelden.csv");

    [Fact]
    public void Costs_in_the_first_and_the_last_year_are_accepted() =>
        WithAmounts(new Dictionary<int, Money> { [2020] = Eur(1), [2023] = Eur(1) }).ShouldBeAccepted();

    [Theory]
    [InlineData(2019)]
    [InlineData(2024)]
    public void A_cost_in_a_year_just_outside_the_scenario_is_refused_at_that_year_naming_the_years(int year) =>
        WithAmounts(new Dictionary<int, Money> { [year] = Eur(1) })
            .ShouldBeRefusedAt($"/lines/0/amounts/{year}", $"{year} is outside the scenario's years 2020-2023.");

    [Fact]
    public void A_cost_below_zero_is_refused_at_its_year() =>
        WithAmounts(new Dictionary<int, Money> { [2021] = Eur(-0.01m) }).ShouldBeRefusedAt("/lines/0/amounts/2021", "A cost cannot be below zero.");

    [Fact]
    public void Costs_are_judged_the_same_whatever_map_holds_them() =>
        WithAmounts(new SortedDictionary<int, Money> { [2019] = Eur(1), [2021] = Eur(5) })
            .ShouldBeRefusedAt("/lines/0/amounts/2019", "2019 is outside the scenario's years 2020-2023.");

    [Fact]
    public void Actuals_in_the_first_and_the_last_year_are_accepted() =>
        WithLine(l => l with { Actuals = new Dictionary<int, Money> { [2020] = Eur(0), [2023] = Eur(10) } }).ShouldBeAccepted();

    [Theory]
    [InlineData(2019)]
    [InlineData(2024)]
    public void An_actual_in_a_year_just_outside_the_scenario_is_refused_at_that_year(int year) =>
        WithActuals(year, 1).ShouldBeRefusedAt($"/lines/0/actuals/{year}", $"{year} is outside the scenario's years 2020-2023.");

    [Fact]
    public void An_actual_cost_below_zero_is_refused_at_its_year() =>
        WithActuals(2021, -0.01m).ShouldBeRefusedAt("/lines/0/actuals/2021", "An actual cost cannot be below zero.");

    [Fact]
    public void A_pm_year_outside_the_scenario_is_refused_at_its_place_naming_the_years() =>
        WithLine(l => l with { PmYears = [2022, 2024] })
            .ShouldBeRefusedAt("/lines/0/pmYears/1", "2024 is outside the scenario's years 2020-2023.");

    [Fact]
    public void A_pm_year_with_an_amount_is_refused_asking_for_the_amount_or_the_pm_year_to_go() =>
        WithLine(l => l with { PmYears = [2021] }).ShouldBeRefusedAt(
            "/lines/0/pmYears/0", "2021 is p.m. (not yet known) and also has an amount; give the amount and take 2021 out of pmYears, or leave the amount out.");
}
