using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Core.Comparison;

/// <summary>Compares two reconciliations year by year and source by source, and their findings.</summary>
public static class ScenarioComparer
{
    /// <summary>How <paramref name="alternative"/> differs from <paramref name="baseline"/>.</summary>
    public static ScenarioComparison Compare(BudgetReconciliation baseline, BudgetReconciliation alternative)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(alternative);

        var baseYears = baseline.Years.ToDictionary(y => y.Year);
        var altYears = alternative.Years.ToDictionary(y => y.Year);
        var years = baseYears.Keys.Union(altYears.Keys).Order()
            .Select(year => CompareYear(year, baseYears.GetValueOrDefault(year), altYears.GetValueOrDefault(year)))
            .ToArray();

        var baseFindings = Index(baseline.Findings);
        var altFindings = Index(alternative.Findings);
        var appeared = altFindings.Where(f => !baseFindings.ContainsKey(f.Key)).Select(f => f.Value).ToArray();
        var disappeared = baseFindings.Where(f => !altFindings.ContainsKey(f.Key)).Select(f => f.Value).ToArray();
        var changed = baseFindings
            .Where(f => altFindings.TryGetValue(f.Key, out var other) && other.Amount != f.Value.Amount)
            .Select(f => new ChangedFinding(f.Value, altFindings[f.Key]))
            .ToArray();
        return new ScenarioComparison(years, appeared, disappeared, changed);
    }

    private static YearComparison CompareYear(int year, YearReconciliation? baseline, YearReconciliation? alternative)
    {
        var budget = Between(Figures(baseline), Figures(alternative));
        var baseSources = baseline?.BySource.ToDictionary(s => s.Source, StringComparer.Ordinal) ?? [];
        var altSources = alternative?.BySource.ToDictionary(s => s.Source, StringComparer.Ordinal) ?? [];
        var bySource = baseSources.Keys.Union(altSources.Keys).Order(StringComparer.Ordinal)
            .Select(code =>
            {
                var b = baseSources.GetValueOrDefault(code);
                var a = altSources.GetValueOrDefault(code);
                return new SourceComparison(code, Between(Figures(b), Figures(a)));
            })
            .ToArray();
        return new YearComparison(year, budget, bySource) { Unfunded = Between(Figures(baseline?.Unfunded), Figures(alternative?.Unfunded)) };
    }

    private static Money[] Figures(YearReconciliation? y) =>
        y is null ? [Money.Zero, Money.Zero, Money.Zero, Money.Zero] : [y.OpeningBalance, y.Income, y.Costs, y.ClosingBalance];

    private static Money[] Figures(SourceYear? s) =>
        s is null ? [Money.Zero, Money.Zero, Money.Zero, Money.Zero] : [s.OpeningBalance, s.Income, s.Costs, s.ClosingBalance];

    /// <summary>Unfunded's figures; what sources handed to it counts among its costs, as it lowers its balance alike.</summary>
    private static Money[] Figures(UnfundedYear? u) =>
        u is null ? [Money.Zero, Money.Zero, Money.Zero, Money.Zero] : [u.OpeningBalance, u.Income, u.Costs + u.DeficitsFromSources, u.ClosingBalance];

    private static BalanceComparison Between(Money[] baseline, Money[] alternative) =>
        new(new(baseline[0], alternative[0]), new(baseline[1], alternative[1]), new(baseline[2], alternative[2]), new(baseline[3], alternative[3]));

    /// <summary>Findings by their key; should a reconciliation hold two findings with one key, their amounts are summed.</summary>
    private static SortedDictionary<string, Finding> Index(IEnumerable<Finding> findings)
    {
        var index = new SortedDictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            index[finding.Key] = index.TryGetValue(finding.Key, out var existing)
                ? existing with { Amount = (existing.Amount ?? Money.Zero) + (finding.Amount ?? Money.Zero) }
                : finding;
        }
        return index;
    }
}
