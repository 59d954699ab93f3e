using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Amendments;
using BudgetEngine.Core.Comparison;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>Maps the core's scenario comparison to the wire.</summary>
public static class ComparisonMapper
{
    /// <summary>The comparison on the wire, the findings' messages in <paramref name="language"/>, with the line-years and grants that differ.</summary>
    public static ComparisonDto ToDto(
        ScenarioReferenceDto baseline, ScenarioReferenceDto alternative, ReconciliationOptions options, ScenarioComparison comparison, MessageLanguage language,
        IReadOnlyList<LineChange> lines, IReadOnlyList<GrantChange> grants) => new(
        baseline,
        alternative,
        ReconciliationMapper.ToDto(options),
        comparison.Years.Select(y => new YearComparisonDto(
            y.Year,
            Baseline(y.Budget),
            Alternative(y.Budget),
            Delta(y.Budget),
            y.BySource.Select(s => new SourceComparisonDto(s.Source, Baseline(s.Balance), Alternative(s.Balance), Delta(s.Balance))).ToArray()))
            .ToArray(),
        new FindingsComparisonDto(
            comparison.Appeared.Select(f => ReconciliationMapper.ToDto(f, language)).ToArray(),
            comparison.Disappeared.Select(f => ReconciliationMapper.ToDto(f, language)).ToArray(),
            comparison.Changed.Select(c => new ChangedFindingDto(ReconciliationMapper.ToDto(c.Baseline, language), ReconciliationMapper.ToDto(c.Alternative, language))).ToArray()),
        AmendmentMapper.Lines(lines),
        AmendmentMapper.Grants(grants));

    private static BalanceDto Baseline(BalanceComparison b) =>
        new(b.OpeningBalance.Baseline.Euros, b.Income.Baseline.Euros, b.Costs.Baseline.Euros, b.ClosingBalance.Baseline.Euros);

    private static BalanceDto Alternative(BalanceComparison b) =>
        new(b.OpeningBalance.Alternative.Euros, b.Income.Alternative.Euros, b.Costs.Alternative.Euros, b.ClosingBalance.Alternative.Euros);

    private static BalanceDto Delta(BalanceComparison b) =>
        new(b.OpeningBalance.Delta.Euros, b.Income.Delta.Euros, b.Costs.Delta.Euros, b.ClosingBalance.Delta.Euros);
}
