using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Actuals;

/// <summary>
/// <c>OVERSPENT_LINE</c>: a line whose actual cost in a year exceeds its budgeted cost by more than the scenario's
/// <see cref="Scenario.Tolerance"/>. A p.m. year has no budgeted amount to exceed and is not checked.
/// </summary>
internal static class OverspentLines
{
    public static IEnumerable<Finding> Check(Scenario scenario)
    {
        foreach (var line in scenario.Lines)
        {
            // In any order: the reconciliation orders its findings by year, then the rest.
            foreach (var (year, actual) in line.Actuals)
            {
                if (line.PmYears.Contains(year)) continue;
                var budgeted = line.AmountIn(year);
                var excess = actual - budgeted;
                if (excess <= scenario.Tolerance) continue;
                yield return Finding.Of(ReconciliationFindingCodes.OverspentLine, Severity.Warning, year, null, line.Name, excess,
                    FindingMessage.Of("OverspentLine", MessageArgument.Text(line.Name), MessageArgument.Amount(actual), MessageArgument.Number(year),
                        MessageArgument.Amount(excess), MessageArgument.Amount(budgeted), Tolerance(scenario.Tolerance)));
            }
        }
    }

    private static MessageArgument Tolerance(Money tolerance) => tolerance.IsZero
        ? MessageArgument.Empty
        : MessageArgument.Part(FindingMessage.Of("OverspentLine.Tolerance", MessageArgument.Amount(tolerance)));
}
