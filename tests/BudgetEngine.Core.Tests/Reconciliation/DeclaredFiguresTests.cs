using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// A budget document declares figures of its own: a yearly total of cost ("Totaal"), a yearly result ("Resultaat") and
/// subtotals of a group of lines or of an action line. Each is checked against the lines; one that differs is a
/// DECLARED_TOTAL_MISMATCH warning whose amount is the declared figure minus the computed one.
/// Worked example: GHNT grants 10,000 in 2020 and in 2021. Projectleider (action line 1) costs 6,000 and 4,000;
/// Campagne (action line 2) 1,500 and 2,500; Training (action line 2) 500 in 2020 only.
/// Costs 2020: 6,000 + 1,500 + 500 = 8,000, closing 10,000 - 8,000 = 2,000.
/// Costs 2021: 4,000 + 2,500 = 6,500, closing 2,000 + 10,000 - 6,500 = 5,500.
/// </summary>
public class DeclaredFiguresTests
{
    private static Scenario Programme(DeclaredFigures declared) =>
        Scenario(2020, 2021, [Source("GHNT")], [Awarded("GHNT", 10_000, 2020), Awarded("GHNT", 10_000, 2021)],
        [
            Line("Projectleider", "GHNT", (2020, 6_000), (2021, 4_000)) with { Actielijn = 1 },
            Line("Campagne", "GHNT", (2020, 1_500), (2021, 2_500)) with { Actielijn = 2 },
            Line("Training", "GHNT", (2020, 500)) with { Actielijn = 2 },
        ]) with { Declared = declared };

    private static Finding[] Mismatches(DeclaredFigures declared) =>
        Reconciler.Reconcile(Programme(declared)).Findings.Where(f => f.Code == FindingCode.DeclaredTotalMismatch).ToArray();

    private static Dictionary<int, Money> PerYear(params (int Year, decimal Amount)[] amounts) =>
        amounts.ToDictionary(a => a.Year, a => Eur(a.Amount));

    private static DeclaredSubtotal Subtotal(string name, string[] lines, params (int Year, decimal Amount)[] amounts) =>
        new(name, lines, PerYear(amounts));

    private static DeclaredSubtotal ActielijnSubtotal(string name, int actielijn, params (int Year, decimal Amount)[] amounts) =>
        new(name, [], PerYear(amounts)) { Actielijn = actielijn };

    [Fact]
    public void A_declared_total_that_differs_from_the_costs_gives_a_warning_with_the_difference()
    {
        // Declared 8,250 for 2020 against costs of 8,000: 8,250 - 8,000 = 250.
        var mismatch = Mismatches(new DeclaredFigures { Totals = PerYear((2020, 8_250)) }).Should().ContainSingle().Subject;

        (mismatch.Severity, mismatch.Year, mismatch.Source, mismatch.Line, mismatch.Amount)
            .Should().Be((Severity.Warning, (int?)2020, (string?)null, (string?)null, (Money?)Eur(250)));
        mismatch.Message.Should().Be("The declared total cost for 2020 is EUR 8,250.00, but the lines give EUR 8,000.00: it differs by EUR 250.00.");
    }

    [Fact]
    public void A_declared_result_that_differs_from_the_closing_balance_gives_a_warning_with_the_difference()
    {
        // Declared 5,000 for 2021 against a closing balance of 5,500: 5,000 - 5,500 = -500, a difference of 500.
        var mismatch = Mismatches(new DeclaredFigures { Results = PerYear((2021, 5_000)) }).Should().ContainSingle().Subject;

        (mismatch.Severity, mismatch.Year, mismatch.Line, mismatch.Amount).Should().Be((Severity.Warning, (int?)2021, (string?)null, (Money?)Eur(-500)));
        mismatch.Message.Should().Be("The declared result (closing balance) for 2021 is EUR 5,000.00, but the lines give EUR 5,500.00: it differs by EUR 500.00.");
        mismatch.MessageIn(MessageLanguage.Dutch).Should().StartWith("Het opgegeven resultaat voor 2021 is € 5.000,00");
    }

    [Fact]
    public void A_declared_figure_below_the_computed_one_gives_a_negative_amount_and_the_difference_without_sign()
    {
        // Declared total 7,900 for 2020 against 8,000: 7,900 - 8,000 = -100.
        var mismatch = Mismatches(new DeclaredFigures { Totals = PerYear((2020, 7_900)) }).Single();

        mismatch.Amount.Should().Be(Eur(-100));
        mismatch.Message.Should().EndWith("but the lines give EUR 8,000.00: it differs by EUR 100.00.");
    }

    [Fact]
    public void Declared_totals_and_results_equal_to_the_computed_ones_give_no_finding()
    {
        // Totals 8,000 and 6,500 are the costs; results 2,000 and 5,500 the closing balances.
        var declared = new DeclaredFigures { Totals = PerYear((2020, 8_000), (2021, 6_500)), Results = PerYear((2020, 2_000), (2021, 5_500)) };

        Mismatches(declared).Should().BeEmpty();
    }

    [Fact]
    public void A_year_without_a_declared_total_or_result_is_not_checked()
    {
        // Only 2020 is declared (and right); 2021 costs 6,500 and closes at 5,500, but declares nothing to differ from.
        var declared = new DeclaredFigures { Totals = PerYear((2020, 8_000)), Results = PerYear((2020, 2_000)) };

        Mismatches(declared).Should().BeEmpty();
    }

    [Fact]
    public void A_declared_subtotal_that_differs_from_the_sum_of_its_lines_gives_a_warning_on_the_group()
    {
        // Communicatie = Campagne + Training: 2020 declared 2,200 against 1,500 + 500 = 2,000, a difference of 200;
        // 2021 declared 2,500 against 2,500 + 0: right.
        var declared = new DeclaredFigures { Subtotals = [Subtotal("Communicatie", ["Campagne", "Training"], (2020, 2_200), (2021, 2_500))] };

        var mismatch = Mismatches(declared).Should().ContainSingle().Subject;

        (mismatch.Severity, mismatch.Year, mismatch.Source, mismatch.Line, mismatch.Amount)
            .Should().Be((Severity.Warning, (int?)2020, (string?)null, "Communicatie", (Money?)Eur(200)));
        mismatch.Message.Should().Be("The declared subtotal of 'Communicatie' for 2020 is EUR 2,200.00, but the lines give EUR 2,000.00: it differs by EUR 200.00.");
    }

    [Fact]
    public void A_declared_subtotal_equal_to_the_sum_of_its_lines_gives_no_finding()
    {
        // Projectleider + Training: 2020 6,000 + 500 = 6,500; 2021 4,000 + 0 = 4,000.
        var declared = new DeclaredFigures { Subtotals = [Subtotal("Uitvoering", ["Projectleider", "Training"], (2020, 6_500), (2021, 4_000))] };

        Mismatches(declared).Should().BeEmpty();
    }

    [Fact]
    public void A_subtotal_names_its_lines_ignoring_case_and_surrounding_spaces()
    {
        // " campagne " and "TRAINING" are Campagne and Training: 1,500 + 500 = 2,000 in 2020, as declared.
        var declared = new DeclaredFigures { Subtotals = [Subtotal("Communicatie", [" campagne ", "TRAINING"], (2020, 2_000))] };

        Mismatches(declared).Should().BeEmpty();
    }

    [Fact]
    public void An_action_lines_declared_subtotal_that_differs_from_its_lines_gives_a_warning_naming_the_action_line()
    {
        // Action line 2 in 2021: Campagne 2,500 (Training costs nothing that year); declared 3,000, a difference of 500.
        // Projectleider's 4,000 is action line 1 and does not count.
        var declared = new DeclaredFigures { Subtotals = [ActielijnSubtotal("Totaal actielijn 2", 2, (2021, 3_000))] };

        var mismatch = Mismatches(declared).Should().ContainSingle().Subject;

        (mismatch.Year, mismatch.Line, mismatch.Amount).Should().Be(((int?)2021, "Totaal actielijn 2", (Money?)Eur(500)));
        mismatch.Message.Should().Be("The declared subtotal 'Totaal actielijn 2' of action line 2 for 2021 is EUR 3,000.00, but the lines give EUR 2,500.00: it differs by EUR 500.00.");
    }

    [Fact]
    public void An_action_lines_declared_subtotal_equal_to_the_sum_of_its_lines_gives_no_finding()
    {
        // Action line 2 in 2020: Campagne 1,500 + Training 500 = 2,000; action line 1: Projectleider 6,000 and 4,000.
        var declared = new DeclaredFigures
        {
            Subtotals = [ActielijnSubtotal("Totaal actielijn 2", 2, (2020, 2_000)), ActielijnSubtotal("Totaal actielijn 1", 1, (2020, 6_000), (2021, 4_000))],
        };

        Mismatches(declared).Should().BeEmpty();
    }

    [Fact]
    public void Declared_figures_are_checked_against_the_budget_also_when_reconciling_on_actuals()
    {
        // Projectleider actually cost 7,000 in 2020, so the realisatie's costs are 9,000; the document's 8,000 is the budget's.
        var scenario = Programme(new DeclaredFigures { Totals = PerYear((2020, 8_000)) });
        scenario = scenario with { Lines = [scenario.Lines[0] with { Actuals = PerYear((2020, 7_000)) }, .. scenario.Lines.Skip(1)] };

        var r = Reconciler.Reconcile(scenario, new ReconciliationOptions { Basis = ReconciliationBasis.Actuals });

        r.Years[0].Costs.Should().Be(Eur(9_000));
        r.Findings.Should().NotContain(f => f.Code == FindingCode.DeclaredTotalMismatch);
    }
}
