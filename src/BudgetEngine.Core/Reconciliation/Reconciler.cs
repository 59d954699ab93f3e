using BudgetEngine.Core.Actuals;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.LineTotals;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Reconciles a scenario: for every year, for the whole budget and per source, opening balance, income, costs,
/// lapsed money and closing balance; each line's allocation to sources; and the findings a finance officer must see.
/// Pure: the same scenario and options give the same reconciliation, whatever the order of its lines, grants or sources.
/// </summary>
public static class Reconciler
{
    /// <summary>Reconciles <paramref name="scenario"/> after checking it (<see cref="ScenarioValidator.Check"/>).</summary>
    /// <exception cref="ArgumentException">The scenario is not valid.</exception>
    public static BudgetReconciliation Reconcile(Scenario scenario, ReconciliationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (valid, errors) = ScenarioValidator.Check(scenario);
        return valid is not null
            ? Reconcile(valid, options)
            : throw new ArgumentException($"The scenario is not valid: {errors[0].Path}: {errors[0].Message}", nameof(scenario));
    }

    /// <summary>Reconciles a scenario the validator accepted, without checking it again.</summary>
    public static BudgetReconciliation Reconcile(ValidatedScenario valid, ReconciliationOptions? options = null) => Reconcile(valid, options, out _);

    /// <summary>
    /// Reconciles a scenario the validator accepted, and says in how many phases the funding network's min-cost flow was
    /// solved (<paramref name="flowPhases"/>: each a round of shortest distances and a blocking flow), for tracing.
    /// </summary>
    public static BudgetReconciliation Reconcile(ValidatedScenario valid, ReconciliationOptions? options, out int flowPhases)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var scenario = valid.Scenario;
        options ??= ReconciliationOptions.Default;

        var budget = Balance(scenario, options, out flowPhases);
        if (!scenario.HasActuals)
        {
            return Finish(scenario, options, budget, budget, []);
        }
        // The realisatie: the same scenario with its realised figures where given (docs/accounting-model.md, Actuals).
        var realised = RealisedScenario.Of(scenario);
        var actual = Balance(realised, options, out var actualPhases);
        flowPhases += actualPhases;
        var comparison = RealisatieComparison.Compare(budget.Years, actual.Years);
        var basis = options.Basis == ReconciliationBasis.Actuals ? actual : budget;
        var years = basis.Years.Select((y, i) => y with { Realisatie = comparison[i] }).ToArray();
        var realisatieFindings = OverspentLines.Check(scenario)
            .Concat(GrantUnderspending.Check(scenario, actual.Years, actual.Allocations));
        return Finish(scenario, options, basis with { Years = years }, budget, realisatieFindings);
    }

    /// <summary>
    /// The reconciliation of the basis's figures; the declared figures are the budget document's, so they are checked against
    /// the budget's years whatever the basis.
    /// </summary>
    private static BudgetReconciliation Finish(Scenario scenario, ReconciliationOptions options, Balanced basis, Balanced budget, IEnumerable<Finding> realisatie)
    {
        var findings = new List<Finding>(basis.Findings);
        findings.AddRange(DeclaredFiguresCheck.Check(scenario, budget.Years));
        findings.AddRange(PmAmounts(basis.Scenario));
        findings.AddRange(GrantCapCheck.Check(scenario, options));
        findings.AddRange(realisatie);
        return new BudgetReconciliation(options, basis.Years, basis.Allocations, Order(findings));
    }

    /// <summary>One set of figures balanced: its years, its allocations and the findings of its ledger.</summary>
    private sealed record Balanced(Scenario Scenario, YearReconciliation[] Years, IReadOnlyList<LineAllocation> Allocations, List<Finding> Findings);

    private static Balanced Balance(Scenario scenario, ReconciliationOptions options, out int flowPhases)
    {
        var findings = new List<Finding>();
        var catalog = new SourceCatalog(scenario.Sources);
        var years = scenario.LastYear - scenario.FirstYear + 1;
        var income = IncomeSchedule.Build(scenario, catalog, options, findings);
        var demands = DemandBuilder.Build(scenario, catalog, findings);
        var network = FundingNetwork.Solve(income.Pots, demands, years);
        flowPhases = network.Statistics.Solve.Phases;

        var ledger = new SourceLedger(scenario, income.Pots, demands, network);
        var yearReconciliations = BudgetYears(scenario, income, demands, ledger);

        findings.AddRange(ledger.Findings());
        findings.AddRange(OverAllocatedBudget(yearReconciliations));
        return new Balanced(scenario, yearReconciliations, new LedgerAllocations(ledger), findings);
    }

    private static YearReconciliation[] BudgetYears(Scenario scenario, IncomeSchedule income, Demand[] demands, SourceLedger ledger)
    {
        var years = scenario.LastYear - scenario.FirstYear + 1;
        var result = new YearReconciliation[years];
        // The demands split every line's cost of a year without remainder (fixed splits add up to the cent), so their
        // cents per year are the lines' costs.
        var costCents = new long[years];
        for (var d = 0; d < demands.Length; d++) costCents[demands[d].Year] += demands[d].Cents;
        var opening = Money.FromCents(income.UnassignedOpening + income.Pots.Sum(p => p.Opening));
        var unfundedOpening = Money.FromCents(income.UnassignedOpening);
        var byActielijn = ledger.CostsByGroup(LineGroups.Actielijn, LineGroups.ActielijnOrder);
        var byTaakveld = ledger.CostsByGroup(LineGroups.Taakveld, LineGroups.TaakveldOrder);
        for (var y = 0; y < years; y++)
        {
            var year = scenario.FirstYear + y;
            var bySource = ledger.Year(y);
            var yearIncome = Money.FromCents(income.UnassignedIncome[y]) + Money.Sum(bySource.Select(s => s.Income));
            var costs = Money.FromCents(costCents[y]);
            var lapsed = Money.Sum(bySource.Select(s => s.Lapsed));
            var repaid = Money.Sum(bySource.Select(s => s.Repaid));
            var closing = opening + yearIncome - costs - lapsed - repaid;
            var unfunded = Unfunded(unfundedOpening, Money.FromCents(income.UnassignedIncome[y]), Money.FromCents(ledger.UnfundedCosts(y)),
                Money.FromCents(ledger.DeficitsToUnfunded(y)));
            result[y] = new YearReconciliation(year, opening, yearIncome, costs, lapsed, closing, bySource)
            {
                Repaid = repaid,
                Unfunded = unfunded,
                ByActielijn = byActielijn[y],
                ByTaakveld = byTaakveld[y],
            };
            opening = closing;
            unfundedOpening = unfunded.ClosingBalance;
        }
        return result;
    }

    private static UnfundedYear Unfunded(Money opening, Money income, Money costs, Money deficitsFromSources) =>
        new(opening, income, costs, deficitsFromSources, opening + income - costs - deficitsFromSources);

    private static IEnumerable<Finding> OverAllocatedBudget(IEnumerable<YearReconciliation> years) =>
        years.Where(y => y.ClosingBalance.IsNegative).Select(y => Finding.Of(
            FindingCode.OverAllocated, Severity.Error, y.Year, null, null, y.ClosingBalance.Abs(),
            FindingMessage.Of("OverAllocated.Budget", MessageArgument.Number(y.Year), MessageArgument.Amount(y.ClosingBalance), MessageArgument.Amount(y.ClosingBalance.Abs()))));

    /// <summary>A warning per amount the scenario names as p.m.: the line's cost in a year, or a grant.</summary>
    private static IEnumerable<Finding> PmAmounts(Scenario scenario) =>
        // Lines without p.m. years, nearly all of them, are passed over before a query is made for each.
        // Stryker disable once Equality : a shortcut; a line without p.m. years makes no finding either way
        scenario.Lines.Where(l => l.PmYears.Count > 0).SelectMany(l => l.PmYears.Distinct().Select(year => Finding.Of(
                ReconciliationFindingCodes.PmAmount, Severity.Warning, year, null, l.Name, null,
                FindingMessage.Of("PmAmount.Line", MessageArgument.Text(l.Name), MessageArgument.Number(year)))))
            // Two p.m. grants of one source and year differ only in their text: ordered by it, so the grants' order does not matter.
            .Concat(scenario.Grants.Where(g => g.Pm).OrderBy(g => g.Description ?? g.Id ?? g.Source, StringComparer.Ordinal).Select(g => Finding.Of(
                ReconciliationFindingCodes.PmAmount, Severity.Warning, g.Period.Year, g.Source, null, null,
                FindingMessage.Of("PmAmount.Grant", MessageArgument.Text(g.Description ?? g.Id ?? g.Source), MessageArgument.Text(g.Source), MessageArgument.Number(g.Period.Year)))));

    /// <summary>
    /// The reconciliation with the findings of the pass-through comparison (<see cref="TransferComparison"/>) of the grants that name their
    /// origin against the plans' transfers the caller looked up, in the reconciliation's order.
    /// </summary>
    public static BudgetReconciliation WithTransfers(BudgetReconciliation reconciliation, Scenario scenario, IReadOnlyList<PlanTransfers> plans)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        var added = TransferComparison.Compare(scenario, plans);
        return added.Count == 0 ? reconciliation : reconciliation with { Findings = Order([.. reconciliation.Findings, .. added]) };
    }

    /// <summary>By year, most severe first, code, source, line, amount; findings equal in all of these keep the order they were found in.</summary>
    private static Finding[] Order(List<Finding> findings)
    {
        var order = new int[findings.Count];
        var amounts = new long[findings.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            amounts[i] = findings[i].Amount?.Cents ?? 0;
        }
        Array.Sort(order, (a, b) =>
        {
            var x = findings[a];
            var y = findings[b];
            var c = (x.Year ?? int.MinValue).CompareTo(y.Year ?? int.MinValue);
            // Compared as numbers: Enum.CompareTo(object) would box both.
            if (c == 0) c = ((int)y.Severity).CompareTo((int)x.Severity);
            if (c == 0) c = string.CompareOrdinal(x.Code, y.Code);
            if (c == 0) c = string.CompareOrdinal(x.Source, y.Source);
            if (c == 0) c = string.CompareOrdinal(x.Line, y.Line);
            if (c == 0) c = amounts[a].CompareTo(amounts[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        var result = new Finding[order.Length];
        for (var i = 0; i < order.Length; i++) result[i] = findings[order[i]];
        return result;
    }
}
