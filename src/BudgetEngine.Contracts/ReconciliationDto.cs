using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts;

/// <summary>The answer to "does it close?": every year for the whole budget and per source, each line's allocation, and the findings.</summary>
/// <param name="Years">Each budget year in order.</param>
/// <param name="Findings">What a finance officer must see, ordered by year, severity, code, source and line.</param>
/// <param name="Allocations">How each line's cost in each year is paid: the sources' shares plus what nobody could pay. Left out (the property is absent) with ?allocations=false.</param>
/// <param name="Options">The choices the reconciliation was made under.</param>
public sealed record ReconciliationDto(
    IReadOnlyList<YearDto> Years,
    IReadOnlyList<FindingDto> Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AllocationDto>? Allocations,
    ReconciliationOptionsDto Options);

/// <summary>The choices a reconciliation is made under.</summary>
/// <param name="Recognition">When grants count as income: award-year or pro-rata.</param>
/// <param name="IncludeConditional">Whether conditional grants count as income; false is the "not awarded" what-if.</param>
/// <param name="Basis">Which figures are balanced: budget, or actuals (the realisatie where given, the budget elsewhere).</param>
public sealed record ReconciliationOptionsDto(RecognitionDto Recognition, bool IncludeConditional, BasisDto Basis);

/// <summary>
/// The whole budget in one year (closing = opening + income - costs - lapsed - repaid), each source's part of it, and the part that
/// belongs to no source: for every figure, the sources plus unfunded equal the budget (docs/accounting-model.md).
/// </summary>
/// <param name="Year">The budget year.</param>
/// <param name="OpeningBalance">The previous year's closing balance, in euros.</param>
/// <param name="Income">All income recognised in the year.</param>
/// <param name="Costs">The sum of every cost line in the year.</param>
/// <param name="ClosingBalance">The result carried to the next year ("Resultaat"); below zero means over-allocated.</param>
/// <param name="Lapsed">Money that lapsed in the year (an earmarked grant left unspent when its period ended).</param>
/// <param name="Repaid">Money repaid in the year: what grants that must repay their unspent part (unspent: repay) left when their period ended.</param>
/// <param name="BySource">Each funding source's balance in the year.</param>
/// <param name="Unfunded">The part of the year that belongs to no source ("Ongedekt"): costs no source may pay and deficits handed on.</param>
/// <param name="ByActielijn">The year's costs per action line, lines without one under "unassigned"; they add up to costs to the cent.</param>
/// <param name="ByTaakveld">The year's costs per Iv3 taakveld, lines without one under "unassigned"; they add up to costs to the cent.</param>
public sealed record YearDto(
    int Year,
    decimal OpeningBalance,
    decimal Income,
    decimal Costs,
    decimal ClosingBalance,
    decimal Lapsed,
    decimal Repaid,
    IReadOnlyList<SourceYearDto> BySource,
    UnfundedDto Unfunded,
    IReadOnlyList<ActielijnCostsDto> ByActielijn,
    IReadOnlyList<TaakveldCostsDto> ByTaakveld)
{
    /// <summary>The year's budgeted and actual figures side by side (begroting, realisatie, verschil), for the budget and per source; left out when the scenario gives no actuals or received amounts.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RealisatieDto? Realisatie { get; init; }
}

/// <summary>A year's budget beside its realisatie: the budgeted and actual figures and their difference (actual minus budgeted), for the whole budget and per source.</summary>
/// <param name="Budgeted">The budget's figures (begroting).</param>
/// <param name="Actual">The realisatie's figures: actual costs and received income where given, budgeted elsewhere.</param>
/// <param name="Difference">Actual minus budgeted (verschil): above zero where the realisatie is higher.</param>
/// <param name="BySource">Each source's figures.</param>
public sealed record RealisatieDto(RealisatieFiguresDto Budgeted, RealisatieFiguresDto Actual, RealisatieFiguresDto Difference, IReadOnlyList<SourceRealisatieDto> BySource);

/// <summary>One source's budgeted and actual figures in a year and their difference (actual minus budgeted).</summary>
/// <param name="Source">The source code.</param>
/// <param name="Budgeted">The budget's figures.</param>
/// <param name="Actual">The realisatie's figures.</param>
/// <param name="Difference">Actual minus budgeted.</param>
public sealed record SourceRealisatieDto(string Source, RealisatieFiguresDto Budgeted, RealisatieFiguresDto Actual, RealisatieFiguresDto Difference);

/// <summary>Income, costs and closing balance of a year in euros, as one view gives them.</summary>
/// <param name="Income">The income recognised in the year.</param>
/// <param name="Costs">The year's costs.</param>
/// <param name="ClosingBalance">The closing balance carried to the next year.</param>
public sealed record RealisatieFiguresDto(decimal Income, decimal Costs, decimal ClosingBalance);

/// <summary>The costs of one action line's lines in a year, and who is charged with them: sources plus unfunded equal costs.</summary>
/// <param name="Actielijn">The action line, "1", "2" or "3", or "unassigned" for the lines without one.</param>
/// <param name="Costs">The sum of its lines in the year.</param>
/// <param name="Sources">The sources charged with them, as in bySource[].costs (what each pays, and what no source pays of the lines it is accountable for); sources charged nothing are left out.</param>
/// <param name="Unfunded">The part no source may pay (charged to "Ongedekt").</param>
public sealed record ActielijnCostsDto(string Actielijn, decimal Costs, IReadOnlyList<SourceChargeDto> Sources, decimal Unfunded);

/// <summary>The costs of one Iv3 taakveld's lines in a year, and who is charged with them: sources plus unfunded equal costs.</summary>
/// <param name="Taakveld">The taakveld's code, e.g. "6.81", or "unassigned" for the lines without one.</param>
/// <param name="Name">The taakveld's name in the Iv3 list, e.g. "Geëscaleerde zorg 18+"; null for "unassigned".</param>
/// <param name="Costs">The sum of its lines in the year.</param>
/// <param name="Sources">The sources charged with them, as in bySource[].costs; sources charged nothing are left out.</param>
/// <param name="Unfunded">The part no source may pay (charged to "Ongedekt").</param>
public sealed record TaakveldCostsDto(string Taakveld, string? Name, decimal Costs, IReadOnlyList<SourceChargeDto> Sources, decimal Unfunded);

/// <summary>What one source is charged with of a group of lines in a year.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Amount">The amount in euros.</param>
public sealed record SourceChargeDto(string Source, decimal Amount);

/// <summary>"Ongedekt" in one year: opening + income = costs + deficitsFromSources + closing, to the cent.</summary>
/// <param name="OpeningBalance">The previous year's closing balance of unfunded.</param>
/// <param name="Income">Income of no known source (a grant that names a source the scenario does not have).</param>
/// <param name="Costs">Costs no source may pay: lines whose coverage names no known, eligible source.</param>
/// <param name="DeficitsFromSources">The deficits that sources whose money does not carry over handed on at the end of the year.</param>
/// <param name="ClosingBalance">What is unfunded at the end of the year (below zero), carried to the next.</param>
public sealed record UnfundedDto(
    decimal OpeningBalance,
    decimal Income,
    decimal Costs,
    decimal DeficitsFromSources,
    decimal ClosingBalance);

/// <summary>One funding source in one year: opening + income + deficitToUnfunded = costs + lapsed + repaid + closing, to the cent.</summary>
/// <param name="Source">The source code.</param>
/// <param name="OpeningBalance">What the previous year carried over (below zero when a carried deficit is not yet settled).</param>
/// <param name="Income">The income recognised in the year.</param>
/// <param name="Costs">The costs charged to the source in the year: what it pays of them (now, or later settling a deficit) plus what no source pays of the lines it is accountable for.</param>
/// <param name="ClosingBalance">The result carried to the next year.</param>
/// <param name="Lapsed">Money that lapsed at the end of the year.</param>
/// <param name="Repaid">Money repaid at the end of the year: the unspent part of grants that must repay it.</param>
/// <param name="Shortfall">The part of costs the source had no money for by the end of the year (settled in a later year, or never).</param>
/// <param name="ConditionalUse">The part of costs paid from conditional grants.</param>
/// <param name="DeficitToUnfunded">The deficit handed to unfunded at the end of the year (only a source whose money does not carry over; it then never closes below zero).</param>
/// <param name="DeficitSettled">What the source paid in the year of costs charged to it in earlier years: its carried deficit, settled.</param>
public sealed record SourceYearDto(
    string Source,
    decimal OpeningBalance,
    decimal Income,
    decimal Costs,
    decimal ClosingBalance,
    decimal Lapsed,
    decimal Repaid,
    decimal Shortfall,
    decimal ConditionalUse,
    decimal DeficitToUnfunded,
    decimal DeficitSettled);

/// <summary>Something a finance officer must see, located by year, source and/or line, with the amount it concerns.</summary>
/// <param name="Code">A stable code: OVER_ALLOCATED, UNCOVERED_COST, CONDITIONAL_FUNDING, DECLARED_TOTAL_MISMATCH, UNKNOWN_SOURCE, INELIGIBLE_COVERAGE, FUNDS_LAPSED, REPAYABLE, GRANT_CAP_EXCEEDED, INCOME_AFTER_HORIZON, DEFICIT_SETTLED, ZERO_WEIGHT, PM_AMOUNT, OVERSPENT_LINE, GRANT_UNDERSPENT.</param>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Year">The budget year concerned, if any.</param>
/// <param name="Source">The funding source code concerned, if any.</param>
/// <param name="Line">The cost line concerned, if any.</param>
/// <param name="Amount">The amount in euros it concerns (the shortfall, the difference, the lapsed money), if any.</param>
/// <param name="Message">A plain sentence saying what is wrong and, where possible, what to do.</param>
/// <param name="Suggestion">A suggested correction, e.g. the nearest known source code for an unknown one.</param>
public sealed record FindingDto(
    string Code,
    SeverityDto Severity,
    int? Year,
    string? Source,
    string? Line,
    decimal? Amount,
    string Message,
    string? Suggestion);

/// <summary>How a cost line's amount in a year is paid.</summary>
/// <param name="Line">The line's name.</param>
/// <param name="Year">The year.</param>
/// <param name="Amount">The line's cost in the year.</param>
/// <param name="Sources">What each source pays.</param>
/// <param name="Shortfall">What no source could pay, in the year or later (shares + shortfall = amount).</param>
/// <param name="AccountableSource">The source charged with the shortfall, or null when no source can pay the line.</param>
/// <param name="Settled">The parts of the sources' shares paid only in a later year (a deficit settled then), by source and year; empty when none.</param>
public sealed record AllocationDto(
    string Line,
    int Year,
    decimal Amount,
    IReadOnlyList<SourceShareDto> Sources,
    decimal Shortfall,
    string? AccountableSource,
    IReadOnlyList<SettlementDto> Settled);

/// <summary>Part of a source's share of a line that the source paid only in a later year: its deficit, settled then.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Year">The year in which it was settled.</param>
/// <param name="Amount">The amount settled in that year, in euros.</param>
public sealed record SettlementDto(string Source, int Year, decimal Amount);

/// <summary>What one source pays of a line in a year.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Amount">The amount it pays, in euros.</param>
/// <param name="Conditional">The part of the amount that comes from conditional grants.</param>
public sealed record SourceShareDto(string Source, decimal Amount, decimal Conditional);
