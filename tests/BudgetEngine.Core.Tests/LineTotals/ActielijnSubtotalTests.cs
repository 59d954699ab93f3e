using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Core.Tests.Reference;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.LineTotals;

/// <summary>
/// A declared subtotal that names its action line is checked against every line of that action line. Seed 001 puts
/// "Verbinding zorg en onderwijs" (Project Handle with Care) under action line 2 in section 4.1 and under action line 1
/// in appendix 8.1; the scenario can hold it under one only (1, as 8.1 does), so a subtotal written as 4.1 counts is off.
/// </summary>
public class ActielijnSubtotalTests
{
    private static Scenario WithSubtotal(DeclaredSubtotal subtotal)
    {
        var scenario = GooiEnVechtstreek.Scenario();
        return scenario with { Declared = scenario.Declared with { Subtotals = [.. scenario.Declared.Subtotals, subtotal] } };
    }

    private static Finding[] Mismatches(Scenario scenario, string name) =>
        Reconciler.Reconcile(scenario).Findings.Where(f => f.Code == FindingCode.DeclaredTotalMismatch && f.Line == name).ToArray();

    [Fact]
    public void A_line_counted_under_another_action_line_makes_that_action_lines_declared_subtotal_differ()
    {
        // As 4.1 counts action line 2 in 2019: Project trauma 30,000 + Handle with Care 30,000 = 60,000. The lines of action
        // line 2 in 2019 give only Project trauma's 30,000: a difference of 30,000.
        var scenario = WithSubtotal(new DeclaredSubtotal("Actielijn 2 (4.1)", [], new Dictionary<int, Money> { [2019] = Eur(60_000) }) { Actielijn = 2 });

        var mismatch = Mismatches(scenario, "Actielijn 2 (4.1)").Should().ContainSingle().Subject;

        mismatch.Year.Should().Be(2019);
        mismatch.Amount.Should().Be(Eur(30_000));
        mismatch.MessageIn(MessageLanguage.English).Should().Contain("action line 2").And.Contain("EUR 60,000.00").And.Contain("EUR 30,000.00");
    }

    [Fact]
    public void An_action_lines_declared_subtotal_that_matches_its_lines_gives_no_finding()
    {
        // Action line 2 in 2020: trauma 50,000 + Borgen MDA++ 45,000 + Plegeraanpak 20,000 + ervaringsdeskundigen 5,000 = 120,000.
        var scenario = WithSubtotal(new DeclaredSubtotal("Actielijn 2", [], new Dictionary<int, Money> { [2020] = Eur(120_000) }) { Actielijn = 2 });

        Mismatches(scenario, "Actielijn 2").Should().BeEmpty();
    }

    [Fact]
    public void An_action_lines_subtotal_names_no_lines()
    {
        var scenario = WithSubtotal(new DeclaredSubtotal("Actielijn 1", [GooiEnVechtstreek.Lespakket], new Dictionary<int, Money>()) { Actielijn = 1 });

        ScenarioValidator.Validate(scenario).Select(e => e.Path).Should().Equal("/declared/subtotals/4/lines");
    }
}
