using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Core.Tests.Reference;

namespace BudgetEngine.Core.Tests.Scenarios;

public class ScenarioValidatorTests
{
    // Built on each use, so that a change to the scenario model is seen by every test here.
    private static Scenario Valid => GooiEnVechtstreek.Scenario();

    private static IEnumerable<string> PathsOf(Scenario scenario) => ScenarioValidator.Validate(scenario).Select(e => e.Path);

    private static Scenario WithLine(int index, Func<CostLine, CostLine> change) =>
        Valid with { Lines = Valid.Lines.Select((l, i) => i == index ? change(l) : l).ToArray() };

    [Fact]
    public void The_reference_scenario_is_valid() => ScenarioValidator.Validate(Valid).Should().BeEmpty();

    [Fact]
    public void The_seed_spelling_GNHT_is_not_a_validation_error_but_a_finding() =>
        ScenarioValidator.Validate(GooiEnVechtstreek.Scenario(asWrittenInSeed: true)).Should().BeEmpty();

    [Fact]
    public void Organisation_and_name_are_required() =>
        PathsOf(Valid with { Organisation = " ", Name = "" }).Should().BeEquivalentTo("/organisation", "/name");

    [Theory]
    [InlineData(2021, 2018, "/lastYear")]
    [InlineData(1999, 2001, "/firstYear")]
    [InlineData(2018, 2101, "/lastYear")]
    [InlineData(2000, 2040, "/lastYear")]
    public void Years_must_be_in_range_in_order_and_span_at_most_thirty_years(int first, int last, string path) =>
        PathsOf(Valid with { FirstYear = first, LastYear = last, Lines = [], Declared = DeclaredFigures.None }).Should().Contain(path);

    [Fact]
    public void Source_codes_are_unique_ignoring_case() =>
        PathsOf(Valid with { Sources = [.. Valid.Sources, new FundingSource("ghnt", FundingKind.Ghnt)] }).Should().Equal("/sources/2/code");

    [Fact]
    public void A_line_amount_outside_the_scenario_years_names_the_year() =>
        PathsOf(WithLine(0, l => l with { Amounts = new Dictionary<int, Money>(l.Amounts) { [2022] = Money.FromEuros(1) } }))
            .Should().Equal("/lines/0/amounts/2022");

    [Fact]
    public void Costs_cannot_be_negative() =>
        PathsOf(WithLine(3, l => l with { Amounts = new Dictionary<int, Money> { [2019] = Money.FromEuros(-1) } }))
            .Should().Equal("/lines/3/amounts/2019");

    [Fact]
    public void Line_names_are_unique() =>
        PathsOf(WithLine(6, l => l with { Name = "projectleider" })).Should().Equal("/lines/6/name");

    [Fact]
    public void The_actielijn_is_1_2_or_3() =>
        PathsOf(WithLine(2, l => l with { Actielijn = 4 })).Should().Equal("/lines/2/actielijn");

    [Fact]
    public void A_pm_year_outside_the_scenario_years_is_refused_at_its_place_in_pmYears() =>
        PathsOf(WithLine(0, l => l with { Amounts = new Dictionary<int, Money>(), PmYears = [2019, 2030] })).Should().Equal("/lines/0/pmYears/1");

    [Fact]
    public void A_pm_year_that_also_has_an_amount_is_refused() =>
        PathsOf(WithLine(0, l => l with { Amounts = new Dictionary<int, Money> { [2019] = Money.FromEuros(1) }, PmYears = [2019] })).Should().Equal("/lines/0/pmYears/0");

    [Fact]
    public void A_pm_year_whose_amount_is_zero_is_accepted() =>
        PathsOf(WithLine(0, l => l with { Amounts = new Dictionary<int, Money> { [2019] = Money.Zero }, PmYears = [2019] })).Should().BeEmpty();

    [Fact]
    public void A_pm_grant_with_an_amount_is_refused() =>
        PathsOf(Valid with { Grants = Valid.Grants.Select((g, i) => i == 0 ? g with { Pm = true } : g).ToArray() }).Should().Equal("/grants/0/amount");

    [Fact]
    public void A_coverage_names_at_least_one_source() =>
        PathsOf(WithLine(0, l => l with { Coverage = new Coverage(CoverageKind.Flexible, []) })).Should().Equal("/lines/0/coverage/sources");

    [Fact]
    public void A_single_coverage_names_exactly_one_source() =>
        PathsOf(WithLine(0, l => l with { Coverage = new Coverage(CoverageKind.Single, [new("GHNT"), new("Projectenpool")]) })).Should().Equal("/lines/0/coverage/sources");

    [Fact]
    public void A_split_has_no_negative_weight_and_at_least_one_positive() =>
        PathsOf(WithLine(0, l => l with { Coverage = Coverage.Split(("GHNT", -1), ("Projectenpool", 0)) }))
            .Should().BeEquivalentTo("/lines/0/coverage/sources/0/weight", "/lines/0/coverage/sources");

    [Fact]
    public void A_coverage_names_a_source_once() =>
        PathsOf(WithLine(0, l => l with { Coverage = Coverage.Flexible("GHNT", "ghnt") })).Should().Equal("/lines/0/coverage/sources/1/source");

    [Fact]
    public void Grant_amounts_cannot_be_negative() =>
        PathsOf(Valid with { Grants = [Valid.Grants[0] with { Amount = Money.FromEuros(-5) }] }).Should().Equal("/grants/0/amount");

    [Fact]
    public void A_subtotal_names_existing_lines() =>
        PathsOf(Valid with { Declared = Valid.Declared with { Subtotals = [new DeclaredSubtotal("X", ["Project trauma", "Nope"], new Dictionary<int, Money>())] } })
            .Should().Equal("/declared/subtotals/0/lines/1");

    [Fact]
    public void Declared_figures_fall_within_the_scenario_years() =>
        PathsOf(Valid with { Declared = Valid.Declared with { Totals = new Dictionary<int, Money> { [2017] = Money.Zero } } })
            .Should().Equal("/declared/totals/2017");

    [Fact]
    public void Path_segments_are_escaped_as_json_pointers() =>
        Core.Validation.JsonPointer.Of("declared", "subtotals", "a/b~c").Should().Be("/declared/subtotals/a~1b~0c");

    [Fact]
    public void A_grant_cap_names_its_source_is_not_below_zero_and_is_given_once_per_source_and_round() =>
        PathsOf(Valid with
        {
            GrantCaps =
            [
                new GrantCap("Projectenpool", GrantPeriod.ProjectYear(2020), Money.FromEuros(192_000)),
                new GrantCap(" ", GrantPeriod.CalendarYear(2020), Money.FromEuros(-1)),
                new GrantCap("projectenpool", GrantPeriod.ProjectYear(2020), Money.FromEuros(100_000)),
                new GrantCap("GHNT", GrantPeriod.CalendarYear(2200), Money.FromEuros(75_000)),
            ],
        }).Should().Equal("/grantCaps/1/source", "/grantCaps/1/maxAmount", "/grantCaps/2/round", "/grantCaps/3/year");

    [Fact]
    public void A_grants_round_is_a_year_in_range() =>
        PathsOf(Valid with { Grants = [Valid.Grants[0] with { Round = GrantPeriod.ProjectYear(1900) }] }).Should().Equal("/grants/0/round");
}
