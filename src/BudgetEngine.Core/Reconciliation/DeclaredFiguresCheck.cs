using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>Checks the totals, results and subtotals a document declares against the ones computed from its lines.</summary>
internal static class DeclaredFiguresCheck
{
    public static IEnumerable<Finding> Check(Scenario scenario, IReadOnlyList<YearReconciliation> years)
    {
        var declared = scenario.Declared;
        foreach (var year in years)
        {
            if (declared.Totals.TryGetValue(year.Year, out var total) && total != year.Costs)
            {
                yield return Mismatch(year.Year, null, total, year.Costs, FindingMessage.Of("Declared.Total", MessageArgument.Number(year.Year)));
            }
            if (declared.Results.TryGetValue(year.Year, out var result) && result != year.ClosingBalance)
            {
                yield return Mismatch(year.Year, null, result, year.ClosingBalance, FindingMessage.Of("Declared.Result", MessageArgument.Number(year.Year)));
            }
        }

        // Stryker disable once Statement : without subtotals the loop below finds nothing either; leaving early only spares indexing the lines
        if (declared.Subtotals.Count == 0) yield break;
        var lines = scenario.Lines.ToDictionary(l => l.Name.Trim(), StringComparer.OrdinalIgnoreCase);
        // Stryker disable once Linq : subtotal names are unique, and the reconciliation orders its findings by line, which is the subtotal's name
        foreach (var group in declared.Subtotals.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            // Stryker disable once Linq : a subtotal's years differ, and the reconciliation orders its findings by year first
            foreach (var (year, subtotal) in group.Amounts.OrderBy(a => a.Key))
            {
                if (group.Actielijn is { } actielijn)
                {
                    var total = Money.Sum(scenario.Lines.Where(l => l.Actielijn == actielijn).Select(l => l.AmountIn(year)));
                    if (subtotal != total)
                    {
                        yield return Mismatch(year, group.Name, subtotal, total,
                            FindingMessage.Of("Declared.Subtotal.Actielijn", MessageArgument.Text(group.Name), MessageArgument.Number(actielijn), MessageArgument.Number(year)));
                    }
                    continue;
                }
                var computed = Money.Sum(group.Lines.Select(name => lines.TryGetValue(name.Trim(), out var line) ? line.AmountIn(year) : Money.Zero));
                if (subtotal != computed)
                {
                    yield return Mismatch(year, group.Name, subtotal, computed, FindingMessage.Of("Declared.Subtotal", MessageArgument.Text(group.Name), MessageArgument.Number(year)));
                }
            }
        }
    }

    private static Finding Mismatch(int year, string? line, Money declared, Money computed, FindingMessage what) =>
        Finding.Of(FindingCode.DeclaredTotalMismatch, Severity.Warning, year, null, line, declared - computed,
            FindingMessage.Of("DeclaredMismatch", MessageArgument.Part(what), MessageArgument.Amount(declared), MessageArgument.Amount(computed),
                MessageArgument.Amount((declared - computed).Abs())));
}
