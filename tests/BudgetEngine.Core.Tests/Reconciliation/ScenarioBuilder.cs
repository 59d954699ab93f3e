using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>Small scenarios for rule tests, readable at a glance.</summary>
internal static class ScenarioBuilder
{
    public static Money Eur(decimal euros) => Money.FromEuros(euros);

    public static Scenario Scenario(int first, int last, FundingSource[] sources, Grant[] grants, CostLine[] lines) =>
        new("Testregio", "Test", first, last, sources, grants, lines);

    public static FundingSource Source(string code, FundingKind kind = FundingKind.Other, bool carriesOver = true) =>
        new(code, kind) { CarriesOver = carriesOver };

    public static Grant Awarded(string source, decimal amount, int year) =>
        new(source, Eur(amount), GrantPeriod.CalendarYear(year), GrantStatus.Awarded);

    public static Grant Conditional(string source, decimal amount, int year) =>
        new(source, Eur(amount), GrantPeriod.CalendarYear(year), GrantStatus.Conditional);

    public static CostLine Line(string name, Coverage coverage, params (int Year, decimal Amount)[] amounts) =>
        new(name, amounts.ToDictionary(a => a.Year, a => Eur(a.Amount)), coverage);

    public static CostLine Line(string name, string source, params (int Year, decimal Amount)[] amounts) =>
        Line(name, Coverage.Single(source), amounts);

    /// <summary>The allocation of <paramref name="line"/> in <paramref name="year"/>.</summary>
    public static LineAllocation AllocationOf(BudgetReconciliation r, string line, int year) =>
        r.Allocations.Single(a => a.Line == line && a.Year == year);
}
