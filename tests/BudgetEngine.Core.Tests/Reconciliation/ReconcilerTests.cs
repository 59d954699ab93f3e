using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// The reconciler: it refuses what it cannot reconcile, reconciles on the basis asked (the budget or the realisatie),
/// gathers every check's findings and puts them in one order. Worked example with actuals: GHNT grants 75,000 in 2019
/// and in 2020; Projectleider budgets 50,000 in both years and actually cost 62,500 in 2019; Campagne budgets 10,000 in
/// 2019 and actually cost 4,000.
/// </summary>
public class ReconcilerTests
{
    private static Scenario WithActuals() => Scenario(2019, 2020, [Source("GHNT")],
        [Awarded("GHNT", 75_000, 2019), Awarded("GHNT", 75_000, 2020)],
        [
            Line("Projectleider", "GHNT", (2019, 50_000), (2020, 50_000)) with { Actuals = new Dictionary<int, Money> { [2019] = Eur(62_500) } },
            Line("Campagne", "GHNT", (2019, 10_000)) with { Actuals = new Dictionary<int, Money> { [2019] = Eur(4_000) } },
        ]);

    private static ValidatedScenario Valid(Scenario scenario) => ScenarioValidator.Check(scenario).Valid!;

    [Fact]
    public void A_missing_scenario_is_refused_naming_the_parameter()
    {
        var reconcile = () => Reconciler.Reconcile((Scenario)null!);

        reconcile.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("scenario");
    }

    [Fact]
    public void An_invalid_scenario_is_refused_with_the_path_and_message_of_its_first_error()
    {
        var scenario = WithActuals() with { Organisation = " " };

        var reconcile = () => Reconciler.Reconcile(scenario);

        reconcile.Should().ThrowExactly<ArgumentException>()
            .WithMessage("The scenario is not valid: /organisation: Give the organisation whose budget this is.*")
            .Which.ParamName.Should().Be("scenario");
    }

    [Fact]
    public void A_missing_validated_scenario_is_refused_naming_the_parameter()
    {
        var reconcile = () => Reconciler.Reconcile((ValidatedScenario)null!, null, out _);

        reconcile.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("valid");
    }

    [Fact]
    public void On_the_budget_basis_the_years_are_the_budgets_whatever_the_actuals()
    {
        // 2019: 75,000 - (50,000 + 10,000) = 15,000; 2020: 15,000 + 75,000 - 50,000 = 40,000.
        var r = Reconciler.Reconcile(WithActuals(), new ReconciliationOptions { Basis = ReconciliationBasis.Budget });

        r.Years.Select(y => (y.Costs, y.ClosingBalance)).Should().Equal((Eur(60_000), Eur(15_000)), (Eur(50_000), Eur(40_000)));
    }

    [Fact]
    public void On_the_actuals_basis_the_years_are_the_realised_ones()
    {
        // 2019: 75,000 - (62,500 + 4,000) = 8,500; 2020 has no actuals, its budget counts: 8,500 + 75,000 - 50,000 = 33,500.
        var r = Reconciler.Reconcile(WithActuals(), new ReconciliationOptions { Basis = ReconciliationBasis.Actuals });

        r.Years.Select(y => (y.Costs, y.ClosingBalance)).Should().Equal((Eur(66_500), Eur(8_500)), (Eur(50_000), Eur(33_500)));
    }

    [Fact]
    public void The_findings_of_the_realisatie_are_part_of_the_reconciliation()
    {
        // Projectleider cost 62,500 against 50,000 budgeted: 12,500 over. GHNT's 2019 grant of 75,000 was charged
        // 62,500 + 4,000 = 66,500: 8,500 unspent.
        var r = Reconciler.Reconcile(WithActuals());

        r.Findings.Where(f => f.Code is ReconciliationFindingCodes.OverspentLine or ReconciliationFindingCodes.GrantUnderspent)
            .Select(f => (f.Code, f.Year, f.Source, f.Line, f.Amount))
            .Should().BeEquivalentTo(new[]
            {
                (ReconciliationFindingCodes.OverspentLine, (int?)2019, (string?)null, (string?)"Projectleider", (Money?)Eur(12_500)),
                (ReconciliationFindingCodes.GrantUnderspent, (int?)2019, (string?)"GHNT", (string?)null, (Money?)Eur(8_500)),
            });
    }

    [Fact]
    public void With_actuals_the_flow_phases_are_those_of_the_budget_and_of_the_realisatie_together()
    {
        // The realisatie is balanced on its own: the budget with the realised costs (62,500 and 4,000 in 2019) in place
        // of the budgeted ones. Each balance takes its own phases; the reconciliation says the sum.
        var scenario = WithActuals();
        var budget = scenario with { Lines = [.. scenario.Lines.Select(l => l with { Actuals = new Dictionary<int, Money>() })] };
        var realised = Scenario(2019, 2020, [Source("GHNT")], [.. scenario.Grants],
            [Line("Projectleider", "GHNT", (2019, 62_500), (2020, 50_000)), Line("Campagne", "GHNT", (2019, 4_000))]);
        Reconciler.Reconcile(Valid(budget), null, out var budgetPhases);
        Reconciler.Reconcile(Valid(realised), null, out var realisedPhases);

        Reconciler.Reconcile(Valid(scenario), null, out var phases);

        realisedPhases.Should().BePositive();
        phases.Should().Be(budgetPhases + realisedPhases);
    }

    [Fact]
    public void Findings_alike_in_all_but_amount_come_in_order_of_amount()
    {
        // 2020 declares a total of 8,250 against costs of 8,000 (+250) and a result of 1,900 against a closing balance
        // of 2,000 (-100): both are warnings of the same code, year, source and line, found total first; -100 comes first.
        var scenario = Scenario(2020, 2020, [Source("GHNT")], [Awarded("GHNT", 10_000, 2020)], [Line("Projectleider", "GHNT", (2020, 8_000))])
            with { Declared = new DeclaredFigures { Totals = new Dictionary<int, Money> { [2020] = Eur(8_250) }, Results = new Dictionary<int, Money> { [2020] = Eur(1_900) } } };

        Reconciler.Reconcile(scenario).Findings.Where(f => f.Code == FindingCode.DeclaredTotalMismatch).Select(f => f.Amount)
            .Should().Equal(Eur(-100), Eur(250));
    }

    [Fact]
    public void Findings_alike_in_year_severity_code_source_line_and_amount_keep_the_order_they_were_found_in()
    {
        // Twenty p.m. grants of PP in 2021, found in the order of their descriptions: their PM_AMOUNT warnings differ only
        // in text. Twenty are more than a sort keeps in place by chance.
        var descriptions = Enumerable.Range(1, 20).Select(i => $"Ronde {i:00}").ToArray();
        var grants = descriptions.Reverse().Select(d => Awarded("PP", 0, 2021) with { Pm = true, Description = d }).ToArray();

        var r = Reconciler.Reconcile(Scenario(2021, 2021, [Source("PP")], grants, []));

        r.Findings.Where(f => f.Code == ReconciliationFindingCodes.PmAmount).Select(f => f.Message)
            .Should().Equal(descriptions.Select(d => $"The income '{d}' of PP in 2021 is p.m. (pro memorie): not yet known, and counted as EUR 0.00 until it is entered."));
    }

    [Fact]
    public void A_missing_reconciliation_is_refused_when_adding_transfers()
    {
        var add = () => Reconciler.WithTransfers(null!, WithActuals(), []);

        add.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("reconciliation");
    }

    [Fact]
    public void Transfers_that_add_no_finding_leave_the_reconciliation_as_it_is()
    {
        // No plan looked up: nothing to compare, the same reconciliation comes back.
        var reconciliation = Reconciler.Reconcile(WithActuals());

        Reconciler.WithTransfers(reconciliation, WithActuals(), []).Should().BeSameAs(reconciliation);
    }
}
