using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Core.Actuals;

/// <summary>Sets the years of a budget's reconciliation beside those of its realisatie.</summary>
internal static class RealisatieComparison
{
    /// <summary>
    /// Per year, the budgeted and actual figures of the budget and of each source. Both reconciliations are of the same
    /// scenario's years and sources, so they pair year by year and source by source.
    /// </summary>
    public static YearRealisatie[] Compare(IReadOnlyList<YearReconciliation> budgeted, IReadOnlyList<YearReconciliation> actual)
    {
        var result = new YearRealisatie[budgeted.Count];
        for (var y = 0; y < budgeted.Count; y++)
        {
            var plan = budgeted[y];
            var real = actual[y];
            var realSources = real.BySource.ToDictionary(s => s.Source, StringComparer.Ordinal);
            var bySource = plan.BySource
                .Select(s => new SourceRealisatie(s.Source, Figures(s), Figures(realSources[s.Source])))
                .ToArray();
            result[y] = new YearRealisatie(Figures(plan), Figures(real), bySource);
        }
        return result;
    }

    private static RealisatieFigures Figures(YearReconciliation year) => new(year.Income, year.Costs, year.ClosingBalance);

    private static RealisatieFigures Figures(SourceYear source) => new(source.Income, source.Costs, source.ClosingBalance);
}
