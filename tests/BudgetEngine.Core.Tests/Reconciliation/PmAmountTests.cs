using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// p.m. ("pro memorie"): an amount a begroting names but does not know yet. It counts as zero, and the finance officer is
/// told each time, because whether the year closes is known only once the amount is entered.
/// </summary>
public class PmAmountTests
{
    [Fact]
    public void A_line_year_that_is_pm_counts_as_zero_and_gives_a_PM_AMOUNT_warning_naming_the_line_and_year()
    {
        // GHNT gives 10.000 in 2020; Projectleider costs 10.000 and Evaluatie is p.m.: the year closes at 0 as far as it is known.
        var evaluatie = Line("Evaluatie", "GHNT") with { PmYears = [2020] };
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT")], [Awarded("GHNT", 10_000, 2020)],
            [Line("Projectleider", "GHNT", (2020, 10_000)), evaluatie]));

        r.Years.Single().ClosingBalance.Should().Be(Eur(0));
        var pm = r.Findings.Should().ContainSingle(f => f.Code == ReconciliationFindingCodes.PmAmount).Subject;
        (pm.Severity, pm.Year, pm.Line, pm.Source, pm.Amount).Should().Be((Severity.Warning, 2020, "Evaluatie", (string?)null, (BudgetEngine.Core.Amounts.Money?)null));
        pm.MessageIn(MessageLanguage.Dutch).Should().StartWith("De lasten van 'Evaluatie' in 2020 zijn p.m.");
    }

    [Fact]
    public void Each_pm_year_of_a_line_gives_its_own_finding_once()
    {
        var evaluatie = Line("Evaluatie", "GHNT") with { PmYears = [2021, 2020, 2021] };
        var r = Reconciler.Reconcile(Scenario(2020, 2021, [Source("GHNT")], [], [evaluatie]));

        r.Findings.Where(f => f.Code == ReconciliationFindingCodes.PmAmount).Select(f => f.Year).Should().Equal(2020, 2021);
    }

    [Fact]
    public void A_grant_that_is_pm_counts_as_zero_and_gives_a_PM_AMOUNT_warning_naming_its_source_and_year()
    {
        // Projectenpool 2021 is p.m.: the 5.000 line has no money as far as is known.
        var grant = Awarded("PP", 0, 2021) with { Pm = true, Description = "Projectenpool ronde 2021" };
        var r = Reconciler.Reconcile(Scenario(2021, 2021, [Source("PP")], [grant], [Line("Training", "PP", (2021, 5_000))]));

        r.Years.Single().ClosingBalance.Should().Be(Eur(-5_000));
        var pm = r.Findings.Should().ContainSingle(f => f.Code == ReconciliationFindingCodes.PmAmount).Subject;
        (pm.Year, pm.Source, pm.Line).Should().Be((2021, "PP", (string?)null));
        pm.MessageIn(MessageLanguage.English).Should().StartWith("The income 'Projectenpool ronde 2021' of PP in 2021 is p.m.");
    }

    [Fact]
    public void The_findings_of_two_pm_grants_come_in_the_same_order_whatever_the_order_of_the_grants()
    {
        var ronde1 = Awarded("PP", 0, 2021) with { Pm = true, Description = "Ronde 1" };
        var ronde2 = Awarded("PP", 0, 2021) with { Pm = true, Description = "Ronde 2" };
        string[] Texts(params Grant[] grants) => Reconciler.Reconcile(Scenario(2021, 2021, [Source("PP")], grants, []))
            .Findings.Where(f => f.Code == ReconciliationFindingCodes.PmAmount).Select(f => f.Message).ToArray();

        Texts(ronde2, ronde1).Should().Equal(Texts(ronde1, ronde2));
    }

    [Fact]
    public void The_warnings_for_pm_grants_of_one_source_and_year_come_in_the_order_of_their_descriptions()
    {
        // Listed Ronde 2 first; warned about Ronde 1 first.
        var ronde1 = Awarded("PP", 0, 2021) with { Pm = true, Description = "Ronde 1" };
        var ronde2 = Awarded("PP", 0, 2021) with { Pm = true, Description = "Ronde 2" };
        var r = Reconciler.Reconcile(Scenario(2021, 2021, [Source("PP")], [ronde2, ronde1], []));

        r.Findings.Where(f => f.Code == ReconciliationFindingCodes.PmAmount).Select(f => f.Message)
            .Should().Equal(
                "The income 'Ronde 1' of PP in 2021 is p.m. (pro memorie): not yet known, and counted as EUR 0.00 until it is entered.",
                "The income 'Ronde 2' of PP in 2021 is p.m. (pro memorie): not yet known, and counted as EUR 0.00 until it is entered.");
    }

    [Fact]
    public void A_pm_grant_without_a_description_is_named_and_ordered_by_its_id()
    {
        // Listed PP-2 first; neither has a description, so their ids name them and PP-1 comes first.
        var pp2 = Awarded("PP", 0, 2021) with { Pm = true, Id = "PP-2" };
        var pp1 = Awarded("PP", 0, 2021) with { Pm = true, Id = "PP-1" };
        var r = Reconciler.Reconcile(Scenario(2021, 2021, [Source("PP")], [pp2, pp1], []));

        r.Findings.Where(f => f.Code == ReconciliationFindingCodes.PmAmount).Select(f => f.Message)
            .Should().Equal(
                "The income 'PP-1' of PP in 2021 is p.m. (pro memorie): not yet known, and counted as EUR 0.00 until it is entered.",
                "The income 'PP-2' of PP in 2021 is p.m. (pro memorie): not yet known, and counted as EUR 0.00 until it is entered.");
    }

    [Fact]
    public void A_pm_grant_with_neither_description_nor_id_is_named_by_its_source()
    {
        var r = Reconciler.Reconcile(Scenario(2021, 2021, [Source("PP")], [Awarded("PP", 0, 2021) with { Pm = true }], []));

        r.Findings.Single(f => f.Code == ReconciliationFindingCodes.PmAmount).Message
            .Should().StartWith("The income 'PP' of PP in 2021 is p.m.");
    }

    [Fact]
    public void A_scenario_without_pm_amounts_has_no_PM_AMOUNT_finding()
    {
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT")], [Awarded("GHNT", 10_000, 2020)],
            [Line("Projectleider", "GHNT", (2020, 10_000))]));

        r.Findings.Should().NotContain(f => f.Code == ReconciliationFindingCodes.PmAmount);
    }
}
