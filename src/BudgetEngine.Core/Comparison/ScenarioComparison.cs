using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Comparison;

/// <summary>A finding present in both reconciliations whose amount differs.</summary>
/// <param name="Baseline">The finding in the baseline.</param>
/// <param name="Alternative">The finding in the alternative.</param>
public sealed record ChangedFinding(Finding Baseline, Finding Alternative);

/// <summary>
/// The difference between two reconciliations ("what if the conditional projectenpool money is not awarded?"):
/// per year and source, and the findings that appear, disappear or change.
/// </summary>
/// <param name="Years">Every year of either reconciliation, in order.</param>
/// <param name="Appeared">Findings of the alternative that the baseline does not have (by code, year, source and line).</param>
/// <param name="Disappeared">Findings of the baseline that the alternative does not have.</param>
/// <param name="Changed">Findings in both whose amount differs.</param>
public sealed record ScenarioComparison(
    IReadOnlyList<YearComparison> Years,
    IReadOnlyList<Finding> Appeared,
    IReadOnlyList<Finding> Disappeared,
    IReadOnlyList<ChangedFinding> Changed);
