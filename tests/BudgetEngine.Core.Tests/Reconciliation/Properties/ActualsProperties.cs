using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.TestSupport.Scenarios;

namespace BudgetEngine.Core.Tests.Reconciliation.Properties;

/// <summary>
/// The realisatie and the budget agree where nothing was realised differently: over generated scenarios (the property
/// generator's and the tricky one's), reconciling on ?basis=actuals gives the budget's years, allocations and findings
/// when no actuals are given, and also when every actual equals its budget.
/// </summary>
public class ActualsProperties
{
    private const int Cases = 150;

    private static IEnumerable<(string Case, Scenario Scenario)> Scenarios() =>
        Enumerable.Range(1, Cases).SelectMany(i => new[]
        {
            ($"generated {i}", ScenarioGenerator.Generate((ulong)i)),
            ($"tricky {i}", TrickyScenarioGenerator.Generate((ulong)i)),
        });

    /// <summary>Every line-year with an amount (not p.m.) realised at that amount, every awarded grant (not p.m.) received in full.</summary>
    private static Scenario RealisedAsBudgeted(Scenario scenario) => scenario with
    {
        Lines = scenario.Lines.Select(l => l with { Actuals = l.Amounts.Where(a => !l.PmYears.Contains(a.Key)).ToDictionary() }).ToArray(),
        Grants = scenario.Grants.Select(g => g.Status == GrantStatus.Awarded && !g.Pm ? g with { Received = g.Amount } : g).ToArray(),
    };

    private static BudgetReconciliation On(Scenario scenario, ReconciliationOptions options, ReconciliationBasis basis) =>
        Reconciler.Reconcile(scenario, options with { Basis = basis });

    /// <summary>Everything a reconciliation answers but its options and the realisatie, as text to compare.</summary>
    private static IEnumerable<string> Figures(BudgetReconciliation r) =>
        r.Years.Select(y => $"{y.Year} {y.OpeningBalance} {y.Income} {y.Costs} {y.Lapsed} {y.ClosingBalance} {y.Unfunded} "
                + string.Join(";", y.BySource.Select(s => s.ToString())))
            .Concat(r.Allocations.Select(a => $"{a.Line} {a.Year} {a.Amount} {a.Shortfall} {a.AccountableSource} {string.Join(";", a.Sources)} {string.Join(";", a.Settled)}"))
            .Concat(r.Findings.Select(f => $"{f.Code} {f.Year} {f.Source} {f.Line} {f.Amount} {f.Message}"));

    [Theory]
    [MemberData(nameof(ReconciliationProperties.AllOptions), MemberType = typeof(ReconciliationProperties))]
    public void Without_actuals_the_actuals_basis_gives_the_budgets_reconciliation_and_no_realisatie(ReconciliationOptions options)
    {
        foreach (var (name, scenario) in Scenarios())
        {
            var actual = On(scenario, options, ReconciliationBasis.Actuals);
            Figures(actual).Should().Equal(Figures(On(scenario, options, ReconciliationBasis.Budget)), name);
            actual.Years.Should().OnlyContain(y => y.Realisatie == null, name);
        }
    }

    [Theory]
    [MemberData(nameof(ReconciliationProperties.AllOptions), MemberType = typeof(ReconciliationProperties))]
    public void Actuals_equal_to_the_budget_give_the_budgets_reconciliation_and_no_difference(ReconciliationOptions options)
    {
        foreach (var (name, budget) in Scenarios())
        {
            var scenario = RealisedAsBudgeted(budget);
            var actual = On(scenario, options, ReconciliationBasis.Actuals);
            Figures(actual).Should().Equal(Figures(On(scenario, options, ReconciliationBasis.Budget)), name);
            Figures(actual).Where(f => !f.StartsWith(ReconciliationFindingCodes.GrantUnderspent, StringComparison.Ordinal))
                .Should().Equal(Figures(On(budget, options, ReconciliationBasis.Budget)), name);
            foreach (var year in actual.Years)
            {
                var zero = new BudgetEngine.Core.Actuals.RealisatieFigures(Money.Zero, Money.Zero, Money.Zero);
                if (year.Realisatie is null) continue; // a scenario without lines or awarded grants has nothing to realise
                year.Realisatie.Difference.Should().Be(zero, $"{name}, {year.Year}");
                year.Realisatie.BySource.Should().OnlyContain(s => s.Difference == zero, $"{name}, {year.Year}");
            }
        }
    }
}
