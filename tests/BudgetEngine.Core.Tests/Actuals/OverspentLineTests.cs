using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Actuals;

/// <summary>When a line's actual cost is <c>OVERSPENT_LINE</c>, and how the finding reads.</summary>
public class OverspentLineTests
{
    private static IReadOnlyList<Finding> Overspent(Scenario scenario) =>
        Reconciler.Reconcile(scenario, new ReconciliationOptions()).Findings.Where(f => f.Code == ReconciliationFindingCodes.OverspentLine).ToArray();

    private static Scenario WithLine(CostLine line, decimal tolerance = 0) =>
        Scenario(2019, 2020, [Source("GHNT")], [Awarded("GHNT", 100_000, 2019)], [line]) with { Tolerance = Eur(tolerance) };

    [Fact]
    public void A_line_overspent_in_several_years_is_reported_year_by_year()
    {
        // Budget 10,000 a year; actually 12,000 in 2020 and 11,000 in 2019 (given in that order).
        var line = Line("Projectleider", "GHNT", (2019, 10_000), (2020, 10_000)) with
        {
            Actuals = new Dictionary<int, Money> { [2020] = Eur(12_000), [2019] = Eur(11_000) },
        };

        Overspent(WithLine(line)).Select(f => (f.Year, f.Amount!.Value.Euros)).Should().Equal((2019, 1_000m), (2020, 2_000m));
    }

    [Fact]
    public void A_pm_year_has_no_budget_to_exceed()
    {
        // 2019 is p.m. (no amount yet); what it actually cost, 5,000, is not an overspending.
        var line = Line("Projectleider", "GHNT", (2020, 10_000)) with
        {
            PmYears = [2019],
            Actuals = new Dictionary<int, Money> { [2019] = Eur(5_000) },
        };

        Overspent(WithLine(line)).Should().BeEmpty();
    }

    [Fact]
    public void The_message_names_the_tolerance_only_when_there_is_one()
    {
        // 12,500 over a budget of 50,000; once with no tolerance, once with 1,000.
        var line = Line("Projectleider", "GHNT", (2019, 50_000)) with { Actuals = new Dictionary<int, Money> { [2019] = Eur(62_500) } };

        Overspent(WithLine(line)).Single().MessageIn(MessageLanguage.English).Should().Be(
            "'Projectleider' cost EUR 62,500.00 in 2019: EUR 12,500.00 more than the EUR 50,000.00 budgeted.");
        Overspent(WithLine(line, tolerance: 1_000)).Single().MessageIn(MessageLanguage.English).Should().Be(
            "'Projectleider' cost EUR 62,500.00 in 2019: EUR 12,500.00 more than the EUR 50,000.00 budgeted (more than the tolerance of EUR 1,000.00).");
    }
}
