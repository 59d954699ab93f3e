using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;
using static BudgetEngine.Core.Tests.Scenarios.ValidatorExpectations;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>
/// The figures a document declares: totals, results and subtotals within the scenario's years 2020-2023; a subtotal has a
/// name of its own and covers either named lines or one actielijn.
/// </summary>
public class ScenarioValidatorDeclaredTests
{
    private static Dictionary<int, Money> In(int year) => new() { [year] = Eur(100) };

    private static Scenario Declared(DeclaredFigures declared) => Small() with { Declared = declared };

    private static Scenario Subtotals(params DeclaredSubtotal[] subtotals) => Declared(new DeclaredFigures { Subtotals = subtotals });

    private static DeclaredSubtotal Of(string name, params string[] lines) => new(name, lines, In(2020));

    private static DeclaredSubtotal OfActielijn(int actielijn, params string[] lines) =>
        new($"Totaal actielijn {actielijn}", lines, In(2020)) { Actielijn = actielijn };

    [Fact]
    public void Totals_and_results_in_the_first_and_the_last_year_are_accepted() =>
        Declared(new DeclaredFigures
        {
            Totals = new Dictionary<int, Money> { [2020] = Eur(1), [2023] = Eur(1) },
            Results = new Dictionary<int, Money> { [2020] = Eur(1), [2023] = Eur(1) },
        }).ShouldBeAccepted();

    [Theory]
    [InlineData(2019)]
    [InlineData(2024)]
    public void A_declared_total_outside_the_scenario_is_refused_at_declared_totals_year(int year) =>
        Declared(new DeclaredFigures { Totals = In(year) })
            .ShouldBeRefusedAt($"/declared/totals/{year}", $"{year} is outside the scenario's years 2020-2023.");

    [Theory]
    [InlineData(2019)]
    [InlineData(2024)]
    public void A_declared_result_outside_the_scenario_is_refused_at_declared_results_year(int year) =>
        Declared(new DeclaredFigures { Results = In(year) })
            .ShouldBeRefusedAt($"/declared/results/{year}", $"{year} is outside the scenario's years 2020-2023.");

    [Fact]
    public void A_subtotal_of_existing_lines_named_ignoring_case_and_spaces_is_accepted() =>
        Subtotals(Of("Projectleiding", " PROJECTLEIDER ")).ShouldBeAccepted();

    [Fact]
    public void A_subtotal_without_a_name_is_refused_at_its_name() =>
        Subtotals(Of(" ", "Projectleider")).ShouldBeRefusedAt("/declared/subtotals/0/name", "Give the group a name.");

    [Fact]
    public void A_group_declared_twice_ignoring_case_is_refused_at_the_second_naming_it() =>
        Subtotals(Of("Projectleiding", "Projectleider"), Of("projectleiding ", "Projectleider"))
            .ShouldBeRefusedAt("/declared/subtotals/1/name", "The group 'projectleiding ' is declared twice.");

    [Fact]
    public void A_subtotal_naming_neither_lines_nor_an_actielijn_is_refused_at_lines_asking_for_one_of_them() =>
        Subtotals(Of("Projectleiding")).ShouldBeRefusedAt(
            "/declared/subtotals/0/lines", "Name the lines the subtotal covers, or the actielijn whose total it declares.");

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_subtotal_of_actielijn_1_to_3_without_lines_is_accepted(int actielijn) => Subtotals(OfActielijn(actielijn)).ShouldBeAccepted();

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_subtotal_of_an_actielijn_below_1_or_above_3_is_refused_at_its_actielijn(int actielijn) =>
        Subtotals(OfActielijn(actielijn)).ShouldBeRefusedAt("/declared/subtotals/0/actielijn", "The actielijn must be 1, 2 or 3.");

    [Fact]
    public void A_subtotal_of_an_actielijn_that_also_names_lines_is_refused_at_lines() =>
        Subtotals(OfActielijn(2, "Projectleider")).ShouldBeRefusedAt(
            "/declared/subtotals/0/lines", "An action line's subtotal covers every line of that action line; leave lines out");

    [Fact]
    public void A_subtotal_naming_a_line_that_does_not_exist_is_refused_at_that_place_naming_it() =>
        Subtotals(Of("Projectleiding", "Projectleider", "Projectleidster"))
            .ShouldBeRefusedAt("/declared/subtotals/0/lines/1", "There is no line named 'Projectleidster'.");

    [Fact]
    public void A_subtotal_naming_no_line_at_a_place_is_refused_there_as_an_empty_name() =>
        Subtotals(new DeclaredSubtotal("Projectleiding", [null!], In(2020))).ShouldBeRefusedAt("/declared/subtotals/0/lines/0", "There is no line named ''.");

    [Fact]
    public void A_subtotal_in_the_first_and_the_last_year_is_accepted() =>
        Subtotals(new DeclaredSubtotal("Projectleiding", ["Projectleider"], new Dictionary<int, Money> { [2020] = Eur(1), [2023] = Eur(1) }))
            .ShouldBeAccepted();

    [Theory]
    [InlineData(2019)]
    [InlineData(2024)]
    public void A_subtotal_outside_the_scenario_is_refused_at_its_year(int year) =>
        Subtotals(new DeclaredSubtotal("Projectleiding", ["Projectleider"], In(year)))
            .ShouldBeRefusedAt($"/declared/subtotals/0/amounts/{year}", $"{year} is outside the scenario's years 2020-2023.");
}
