using BudgetEngine.Contracts;
using BudgetEngine.Core.Amendments;
using BudgetEngine.Core.Comparison;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>Maps a budget amendment (begrotingswijziging) to the wire; its line and grant changes also serve the comparison of two scenarios.</summary>
public static class AmendmentMapper
{
    /// <summary>The amendment from <paramref name="from"/> to <paramref name="to"/> on the wire.</summary>
    public static BudgetAmendmentDto ToDto(ScenarioReferenceDto from, ScenarioReferenceDto to, ReconciliationOptions options, BudgetAmendment amendment) => new(
        from,
        to,
        amendment.Reason,
        amendment.Decision,
        ReconciliationMapper.ToDto(options),
        Lines(amendment.Lines),
        Grants(amendment.Grants),
        amendment.Years.Select(y => new ClosingBalanceChangeDto(
            y.Year,
            Amount(y.Budget.ClosingBalance),
            y.BySource.Select(s => new SourceAmountChangeDto(s.Source, s.Balance.ClosingBalance.Baseline.Euros, s.Balance.ClosingBalance.Alternative.Euros,
                s.Balance.ClosingBalance.Delta.Euros)).ToArray(),
            y.Unfunded is { } unfunded ? Amount(unfunded.ClosingBalance) : new AmountChangeDto(0m, 0m, 0m))).ToArray());

    /// <summary>The line-years that changed, on the wire.</summary>
    public static LineChangeDto[] Lines(IReadOnlyList<LineChange> changes) =>
        changes.Select(c => new LineChangeDto(c.Line, c.Year, WireEnums.ToDto(c.Change), c.Before.Euros, c.After.Euros, c.Difference.Euros)).ToArray();

    /// <summary>The grants that changed, on the wire.</summary>
    public static GrantChangeDto[] Grants(IReadOnlyList<GrantChange> changes) =>
        changes.Select(c => new GrantChangeDto(
            c.Grant.Id,
            c.Grant.Source,
            new PeriodDto { Kind = WireEnums.ToDto(c.Grant.Period.Kind), Year = c.Grant.Period.Year },
            c.Grant.Project,
            c.Grant.Description,
            WireEnums.ToDto(c.Change),
            c.Before.Euros,
            c.After.Euros,
            c.Difference.Euros,
            c.StatusBefore is { } before ? WireEnums.ToDto(before) : null,
            c.StatusAfter is { } after ? WireEnums.ToDto(after) : null)).ToArray();

    private static AmountChangeDto Amount(Difference d) => new(d.Baseline.Euros, d.Alternative.Euros, d.Delta.Euros);
}
