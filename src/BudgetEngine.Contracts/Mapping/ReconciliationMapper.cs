using BudgetEngine.Contracts;
using BudgetEngine.Core.Actuals;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.LineTotals;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>Maps the core's reconciliation to the wire: amounts as euros with two decimals.</summary>
public static class ReconciliationMapper
{
    /// <summary>The whole reconciliation, allocations included, its findings' messages in <paramref name="language"/>.</summary>
    public static ReconciliationDto ToDto(BudgetReconciliation reconciliation, MessageLanguage language) => ToDto(reconciliation, ReconciliationView.Full, language);

    /// <summary>
    /// The reconciliation in <paramref name="view"/>: the summary has no allocations (null, so the property is left out); the
    /// findings' messages in <paramref name="language"/>.
    /// </summary>
    public static ReconciliationDto ToDto(BudgetReconciliation reconciliation, ReconciliationView view, MessageLanguage language) => new(
        reconciliation.Years.Select(y => new YearDto(
            y.Year,
            y.OpeningBalance.Euros,
            y.Income.Euros,
            y.Costs.Euros,
            y.ClosingBalance.Euros,
            y.Lapsed.Euros,
            y.Repaid.Euros,
            y.BySource.Select(s => new SourceYearDto(
                s.Source,
                s.OpeningBalance.Euros,
                s.Income.Euros,
                s.Costs.Euros,
                s.ClosingBalance.Euros,
                s.Lapsed.Euros,
                s.Repaid.Euros,
                s.Shortfall.Euros,
                s.ConditionalUse.Euros,
                s.DeficitToUnfunded.Euros,
                s.DeficitSettled.Euros)).ToArray(),
            new UnfundedDto(
                y.Unfunded.OpeningBalance.Euros,
                y.Unfunded.Income.Euros,
                y.Unfunded.Costs.Euros,
                y.Unfunded.DeficitsFromSources.Euros,
                y.Unfunded.ClosingBalance.Euros),
            y.ByActielijn.Select(g => new ActielijnCostsDto(g.Key, g.Costs.Euros, Charges(g), g.Unfunded.Euros)).ToArray(),
            y.ByTaakveld.Select(g => new TaakveldCostsDto(g.Key, Iv3Taakvelden.Find(g.Key)?.Name, g.Costs.Euros, Charges(g), g.Unfunded.Euros)).ToArray())
        {
            Realisatie = y.Realisatie is { } realisatie ? ToDto(realisatie) : null,
        }).ToArray(),
        reconciliation.Findings.Select(f => ToDto(f, language)).ToArray(),
        view == ReconciliationView.Summary ? null : reconciliation.Allocations.Select(a => new AllocationDto(
            a.Line,
            a.Year,
            a.Amount.Euros,
            a.Sources.Select(s => new SourceShareDto(s.Source, s.Amount.Euros, s.Conditional.Euros)).ToArray(),
            a.Shortfall.Euros,
            a.AccountableSource,
            a.Settled.Select(x => new SettlementDto(x.Source, x.Year, x.Amount.Euros)).ToArray())).ToArray(),
        ToDto(reconciliation.Options));

    private static RealisatieDto ToDto(YearRealisatie realisatie) => new(
        ToDto(realisatie.Budgeted),
        ToDto(realisatie.Actual),
        ToDto(realisatie.Difference),
        realisatie.BySource.Select(s => new SourceRealisatieDto(s.Source, ToDto(s.Budgeted), ToDto(s.Actual), ToDto(s.Difference))).ToArray());

    private static RealisatieFiguresDto ToDto(RealisatieFigures figures) => new(figures.Income.Euros, figures.Costs.Euros, figures.ClosingBalance.Euros);

    private static SourceChargeDto[] Charges(LineGroupCosts group) => group.Sources.Select(c => new SourceChargeDto(c.Source, c.Amount.Euros)).ToArray();

    /// <summary>The finding on the wire, its message in <paramref name="language"/>.</summary>
    public static FindingDto ToDto(Finding finding, MessageLanguage language) => new(
        finding.Code,
        WireEnums.ToDto(finding.Severity),
        finding.Year,
        finding.Source,
        finding.Line,
        finding.Amount?.Euros,
        finding.MessageIn(language),
        finding.Suggestion);

    public static ReconciliationOptionsDto ToDto(ReconciliationOptions options) =>
        new(WireEnums.ToDto(options.Recognition), options.IncludeConditional, WireEnums.ToDto(options.Basis));
}
