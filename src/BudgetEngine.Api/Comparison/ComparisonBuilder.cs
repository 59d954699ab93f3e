using BudgetEngine.Api.Contracts;
using BudgetEngine.Api.Mapping;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Api.Comparison;

/// <summary>
/// Compares two reconciliations for the wire. Interim: the core's ScenarioComparer (being written on main) will take
/// over the arithmetic; this edge version only lines up years, sources and findings by their keys.
/// </summary>
public static class ComparisonBuilder
{
    public static ComparisonDto Build(
        ScenarioReferenceDto baselineRef, Reconciliation baseline,
        ScenarioReferenceDto alternativeRef, Reconciliation alternative)
    {
        var years = baseline.Years.Select(y => y.Year).Union(alternative.Years.Select(y => y.Year)).Order().ToArray();
        var comparedYears = years.Select(year =>
        {
            var b = baseline.Years.FirstOrDefault(y => y.Year == year);
            var a = alternative.Years.FirstOrDefault(y => y.Year == year);
            var sources = (b?.BySource.Select(s => s.Source) ?? []).Union(a?.BySource.Select(s => s.Source) ?? [], StringComparer.OrdinalIgnoreCase);
            return new YearComparisonDto(
                year,
                b is null ? null : Balance(b),
                a is null ? null : Balance(a),
                new BalanceDto(
                    Difference(b?.OpeningBalance, a?.OpeningBalance),
                    Difference(b?.Income, a?.Income),
                    Difference(b?.Costs, a?.Costs),
                    Difference(b?.ClosingBalance, a?.ClosingBalance)),
                sources.Select(source =>
                {
                    var bs = b?.BySource.FirstOrDefault(s => string.Equals(s.Source, source, StringComparison.OrdinalIgnoreCase));
                    var @as = a?.BySource.FirstOrDefault(s => string.Equals(s.Source, source, StringComparison.OrdinalIgnoreCase));
                    return new SourceComparisonDto(source, bs?.ClosingBalance.Euros, @as?.ClosingBalance.Euros, Difference(bs?.ClosingBalance, @as?.ClosingBalance));
                }).ToArray());
        }).ToArray();

        var baselineFindings = baseline.Findings.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        var alternativeFindings = alternative.Findings.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        var added = alternative.Findings.Where(f => !baselineFindings.ContainsKey(f.Key)).Select(ReconciliationMapper.ToDto).ToArray();
        var removed = baseline.Findings.Where(f => !alternativeFindings.ContainsKey(f.Key)).Select(ReconciliationMapper.ToDto).ToArray();
        var changed = alternativeFindings.Values
            .Where(f => baselineFindings.TryGetValue(f.Key, out var before) && before.Amount != f.Amount)
            .Select(f => new ChangedFindingDto(ReconciliationMapper.ToDto(f), baselineFindings[f.Key].Amount?.Euros))
            .ToArray();

        return new ComparisonDto(baselineRef, alternativeRef, ReconciliationMapper.ToDto(baseline.Options), comparedYears,
            new FindingsComparisonDto(added, removed, changed));
    }

    private static BalanceDto Balance(YearReconciliation year) =>
        new(year.OpeningBalance.Euros, year.Income.Euros, year.Costs.Euros, year.ClosingBalance.Euros);

    private static decimal Difference(Money? baseline, Money? alternative) =>
        ((alternative ?? Money.Zero) - (baseline ?? Money.Zero)).Euros;
}
