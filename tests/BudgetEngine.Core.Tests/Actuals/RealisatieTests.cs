using BudgetEngine.Core.Actuals;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Actuals;

/// <summary>
/// The realisatie: what was spent and received set beside the budget, per year and per source, and reconciled on its own
/// with ?basis=actuals. Worked example: GHNT grants 75,000 in 2019 and in 2020; Projectleider budgets 50,000 in both
/// years and actually cost 62,500 in 2019; Campagne budgets 10,000 in 2019 and actually cost 4,000.
/// </summary>
public class RealisatieTests
{
    private static Scenario Ghnt(Grant? grant2020 = null) => Scenario(2019, 2020, [Source("GHNT")],
        [Awarded("GHNT", 75_000, 2019), grant2020 ?? Awarded("GHNT", 75_000, 2020)],
        [
            Line("Projectleider", "GHNT", (2019, 50_000), (2020, 50_000)) with { Actuals = new Dictionary<int, Money> { [2019] = Eur(62_500) } },
            Line("Campagne", "GHNT", (2019, 10_000)) with { Actuals = new Dictionary<int, Money> { [2019] = Eur(4_000) } },
        ]);

    private static BudgetReconciliation Reconcile(Scenario scenario, ReconciliationBasis basis) =>
        Reconciler.Reconcile(scenario, new ReconciliationOptions { Basis = basis });

    [Fact]
    public void On_the_budget_basis_the_years_are_the_budgets_whatever_the_actuals()
    {
        // 2019: 75,000 - 60,000 = 15,000; 2020: 15,000 + 75,000 - 50,000 = 40,000.
        var r = Reconcile(Ghnt(), ReconciliationBasis.Budget);

        r.Years.Select(y => (y.Costs, y.ClosingBalance)).Should().Equal((Eur(60_000), Eur(15_000)), (Eur(50_000), Eur(40_000)));
    }

    [Fact]
    public void On_the_actuals_basis_a_year_with_actual_costs_is_reconciled_at_them_and_a_year_without_at_its_budget()
    {
        // 2019 actual: 62,500 + 4,000 = 66,500, closing 75,000 - 66,500 = 8,500; 2020 has no actuals, budget 50,000:
        // 8,500 + 75,000 - 50,000 = 33,500.
        var r = Reconcile(Ghnt(), ReconciliationBasis.Actuals);

        r.Years.Select(y => (y.Costs, y.ClosingBalance)).Should().Equal((Eur(66_500), Eur(8_500)), (Eur(50_000), Eur(33_500)));
        r.Options.Basis.Should().Be(ReconciliationBasis.Actuals);
    }

    [Fact]
    public void On_the_actuals_basis_a_grant_counts_at_what_it_received()
    {
        // The 2020 grant received 70,000 of its 75,000: 2020 closes at 8,500 + 70,000 - 50,000 = 28,500.
        var r = Reconcile(Ghnt(Awarded("GHNT", 75_000, 2020) with { Received = Eur(70_000) }), ReconciliationBasis.Actuals);

        r.Years[1].Income.Should().Be(Eur(70_000));
        r.Years[1].ClosingBalance.Should().Be(Eur(28_500));
    }

    [Fact]
    public void Each_year_sets_the_budgeted_and_actual_income_costs_and_closing_balance_side_by_side_with_their_difference()
    {
        var r = Reconcile(Ghnt(), ReconciliationBasis.Budget);

        var y2019 = r.Years[0].Realisatie!;
        y2019.Budgeted.Should().Be(new RealisatieFigures(Eur(75_000), Eur(60_000), Eur(15_000)));
        y2019.Actual.Should().Be(new RealisatieFigures(Eur(75_000), Eur(66_500), Eur(8_500)));
        y2019.Difference.Should().Be(new RealisatieFigures(Eur(0), Eur(6_500), Eur(-6_500)));
        // 2020: the same costs, but the lower 2019 closing balance carries: 33,500 against 40,000.
        r.Years[1].Realisatie!.Difference.Should().Be(new RealisatieFigures(Eur(0), Eur(0), Eur(-6_500)));
    }

    [Fact]
    public void Each_source_sets_its_budgeted_and_actual_figures_side_by_side()
    {
        // GHNT pays both lines: its 2019 figures are the budget's.
        var ghnt = Reconcile(Ghnt(), ReconciliationBasis.Actuals).Years[0].Realisatie!.BySource.Should().ContainSingle().Subject;

        (ghnt.Source, ghnt.Budgeted.Costs, ghnt.Actual.Costs, ghnt.Difference.Costs, ghnt.Difference.ClosingBalance)
            .Should().Be(("GHNT", Eur(60_000), Eur(66_500), Eur(6_500), Eur(-6_500)));
    }

    [Fact]
    public void A_scenario_without_actuals_or_received_amounts_has_no_realisatie()
    {
        var scenario = Scenario(2019, 2019, [Source("GHNT")], [Awarded("GHNT", 75_000, 2019)], [Line("Projectleider", "GHNT", (2019, 50_000))]);

        Reconcile(scenario, ReconciliationBasis.Actuals).Years.Should().OnlyContain(y => y.Realisatie == null);
    }

    [Fact]
    public void A_line_whose_actual_cost_exceeds_its_budget_is_OVERSPENT_LINE_with_the_excess()
    {
        // Projectleider 2019: 62,500 actual against 50,000 budgeted, 12,500 over. Campagne is under budget: no finding.
        var r = Reconcile(Ghnt(), ReconciliationBasis.Budget);

        var overspent = r.Findings.Should().ContainSingle(f => f.Code == ReconciliationFindingCodes.OverspentLine).Subject;
        (overspent.Severity, overspent.Year, overspent.Line, overspent.Amount).Should().Be((Severity.Warning, 2019, "Projectleider", Eur(12_500)));
        overspent.MessageIn(MessageLanguage.English).Should().Be("'Projectleider' cost EUR 62,500.00 in 2019: EUR 12,500.00 more than the EUR 50,000.00 budgeted.");
        overspent.MessageIn(MessageLanguage.Dutch).Should().Be("'Projectleider' kostte in 2019 € 62.500,00: € 12.500,00 meer dan de begrote € 50.000,00.");
    }

    [Theory]
    [InlineData(12_500, false)]
    [InlineData(12_499.99, true)]
    public void An_excess_up_to_the_tolerance_is_not_OVERSPENT_LINE(decimal tolerance, bool overspent)
    {
        // 12,500 over: within a tolerance of 12,500, one cent beyond a tolerance of 12,499.99.
        var r = Reconcile(Ghnt() with { Tolerance = Eur(tolerance) }, ReconciliationBasis.Budget);

        r.Findings.Any(f => f.Code == ReconciliationFindingCodes.OverspentLine).Should().Be(overspent);
    }

    [Fact]
    public void A_grant_whose_source_was_charged_less_in_its_period_than_it_received_is_GRANT_UNDERSPENT()
    {
        // The 2019 GHNT grant received 75,000; GHNT was charged 62,500 + 4,000 = 66,500 in 2019: 8,500 unspent.
        // The 2020 grant is not accounted for: it states no receipt and 2020 has no actual costs.
        var scenario = Ghnt() with { Grants = [Awarded("GHNT", 75_000, 2019) with { Received = Eur(75_000) }, Awarded("GHNT", 75_000, 2020)] };

        var underspent = Reconcile(scenario, ReconciliationBasis.Budget).Findings.Should().ContainSingle(f => f.Code == ReconciliationFindingCodes.GrantUnderspent).Subject;
        (underspent.Year, underspent.Source, underspent.Line, underspent.Amount).Should().Be((2019, "GHNT", (string?)null, Eur(8_500)));
        underspent.MessageIn(MessageLanguage.English).Should().StartWith(
            "The awarded GHNT grant (2019) received EUR 75,000.00, but the costs charged to GHNT in 2019 were EUR 66,500.00: EUR 8,500.00 is unspent.");
    }

    [Fact]
    public void What_a_carrying_grant_leaves_unspent_stays_with_its_source_and_is_information()
    {
        // GHNT carries over: the 8,500 left of 2019 opens 2020, nothing is lost.
        var underspent = Reconcile(Ghnt(), ReconciliationBasis.Budget).Findings.Single(f => f.Code == ReconciliationFindingCodes.GrantUnderspent);

        underspent.Severity.Should().Be(Severity.Info);
        underspent.MessageIn(MessageLanguage.English).Should().EndWith(": EUR 8,500.00 is unspent. It stays with GHNT for later years.");
    }

    [Fact]
    public void What_a_lapsing_grant_leaves_unspent_is_lost_to_its_source_and_is_a_warning()
    {
        // The same 8,500 unspent of 2019, but the grant's money lapses at the end of its period.
        var scenario = Ghnt() with { Grants = [Awarded("GHNT", 75_000, 2019) with { Unspent = UnspentRule.Lapse }, Awarded("GHNT", 75_000, 2020)] };

        var underspent = Reconcile(scenario, ReconciliationBasis.Budget).Findings.Single(f => f.Code == ReconciliationFindingCodes.GrantUnderspent);

        (underspent.Severity, underspent.Amount).Should().Be((Severity.Warning, Eur(8_500)));
        underspent.MessageIn(MessageLanguage.Dutch).Should().EndWith(": € 8.500,00 is onbesteed. Het vervalt: GHNT schuift het niet door.");
    }

    [Fact]
    public void What_a_grant_to_be_repaid_leaves_unspent_is_a_warning()
    {
        var scenario = Ghnt() with { Grants = [Awarded("GHNT", 75_000, 2019) with { Unspent = UnspentRule.Repay }, Awarded("GHNT", 75_000, 2020)] };

        var underspent = Reconcile(scenario, ReconciliationBasis.Budget).Findings.Single(f => f.Code == ReconciliationFindingCodes.GrantUnderspent);

        (underspent.Severity, underspent.Amount).Should().Be((Severity.Warning, Eur(8_500)));
        underspent.MessageIn(MessageLanguage.English).Should().EndWith(" is unspent. It is to be repaid.");
    }

    [Fact]
    public void An_awarded_grant_is_compared_at_its_amount_once_every_year_of_its_period_has_actual_costs()
    {
        // No receipt stated, but 2019 is accounted for (Projectleider and Campagne have actuals): 75,000 awarded, 66,500 charged.
        var r = Reconcile(Ghnt(), ReconciliationBasis.Budget);

        var underspent = r.Findings.Should().ContainSingle(f => f.Code == ReconciliationFindingCodes.GrantUnderspent).Subject;
        (underspent.Year, underspent.Amount).Should().Be((2019, Eur(8_500)));
        underspent.MessageIn(MessageLanguage.Dutch).Should().Be(
            "De toegekende subsidie van GHNT (2019) kreeg € 75.000,00 toegekend, maar de lasten ten laste van GHNT in 2019 waren € 66.500,00: € 8.500,00 is onbesteed. Het blijft bij GHNT voor latere jaren.");
    }

    [Fact]
    public void An_earmarked_grant_is_compared_with_what_its_source_paid_of_its_project_in_its_period()
    {
        // Projectenpool 40,000 for "Training", project year 2019/20 (2019 and 2020); Training actually cost 10,000 in 2019 and
        // 15,000 in 2020, paid by the projectenpool: 40,000 - 25,000 = 15,000 unspent, in 2020 when the period ends.
        var grant = new Grant("PP", Eur(40_000), GrantPeriod.ProjectYear(2019), GrantStatus.Awarded) { Project = "Training", Received = Eur(40_000) };
        var training = Line("Training", "PP", (2019, 10_000), (2020, 30_000)) with { Actuals = new Dictionary<int, Money> { [2019] = Eur(10_000), [2020] = Eur(15_000) } };
        var r = Reconcile(Scenario(2019, 2020, [Source("PP")], [grant], [training]), ReconciliationBasis.Budget);

        var underspent = r.Findings.Should().ContainSingle(f => f.Code == ReconciliationFindingCodes.GrantUnderspent).Subject;
        (underspent.Year, underspent.Source, underspent.Line, underspent.Amount).Should().Be((2020, "PP", "Training", Eur(15_000)));
    }

    [Fact]
    public void A_grant_whose_period_is_fully_spent_is_not_GRANT_UNDERSPENT()
    {
        // 2019 costs 66,500 against a receipt of 66,500.
        var scenario = Ghnt() with { Grants = [Awarded("GHNT", 75_000, 2019) with { Received = Eur(66_500) }, Awarded("GHNT", 75_000, 2020)] };

        Reconcile(scenario, ReconciliationBasis.Actuals).Findings.Should().NotContain(f => f.Code == ReconciliationFindingCodes.GrantUnderspent);
    }

    [Fact]
    public void Declared_totals_are_the_budgets_and_are_checked_against_it_on_either_basis()
    {
        // The document declares 60,000 for 2019, the budget's total; the realisatie's 66,500 is no mismatch.
        var scenario = Ghnt() with { Declared = new DeclaredFigures { Totals = new Dictionary<int, Money> { [2019] = Eur(60_000) } } };

        Reconcile(scenario, ReconciliationBasis.Actuals).Findings.Should().NotContain(f => f.Code == FindingCode.DeclaredTotalMismatch);
    }
}
