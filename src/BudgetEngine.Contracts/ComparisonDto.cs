namespace BudgetEngine.Contracts;

/// <summary>Two stored scenarios reconciled under the same options, year by year and source by source, with the findings that differ.</summary>
/// <param name="Baseline">The scenario compared against (the {id} of the route).</param>
/// <param name="Alternative">The other scenario (the {otherId} of the route).</param>
/// <param name="Options">The choices both reconciliations were made under.</param>
/// <param name="Years">Every year of either scenario, in order.</param>
/// <param name="Findings">Findings that appear in the alternative, disappear from it, or change their amount.</param>
/// <param name="Lines">Each line-year the alternative adds, removes or changes, as a begrotingswijziging lists them.</param>
/// <param name="Grants">Each grant the alternative adds, removes or changes.</param>
public sealed record ComparisonDto(
    ScenarioReferenceDto Baseline,
    ScenarioReferenceDto Alternative,
    ReconciliationOptionsDto Options,
    IReadOnlyList<YearComparisonDto> Years,
    FindingsComparisonDto Findings,
    IReadOnlyList<LineChangeDto> Lines,
    IReadOnlyList<GrantChangeDto> Grants);

/// <summary>Which scenario, at which version.</summary>
/// <param name="Id">The scenario's id.</param>
/// <param name="Version">The version reconciled.</param>
/// <param name="Organisation">The organisation.</param>
/// <param name="Name">The scenario's name.</param>
public sealed record ScenarioReferenceDto(string Id, int Version, string Organisation, string Name);

/// <summary>One year in both scenarios; a year or source present in only one counts as zero in the other.</summary>
/// <param name="Year">The year.</param>
/// <param name="Baseline">The baseline's figures.</param>
/// <param name="Alternative">The alternative's figures.</param>
/// <param name="Difference">Alternative minus baseline.</param>
/// <param name="BySource">Each source's figures in both, and the difference.</param>
public sealed record YearComparisonDto(
    int Year,
    BalanceDto Baseline,
    BalanceDto Alternative,
    BalanceDto Difference,
    IReadOnlyList<SourceComparisonDto> BySource);

/// <summary>A year's balance in euros.</summary>
/// <param name="OpeningBalance">Opening balance.</param>
/// <param name="Income">Income.</param>
/// <param name="Costs">Costs.</param>
/// <param name="ClosingBalance">Closing balance.</param>
public sealed record BalanceDto(decimal OpeningBalance, decimal Income, decimal Costs, decimal ClosingBalance);

/// <summary>One source in one year in both scenarios.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Baseline">Its figures in the baseline (zero when the baseline lacks the source).</param>
/// <param name="Alternative">Its figures in the alternative (zero when the alternative lacks the source).</param>
/// <param name="Difference">Alternative minus baseline.</param>
public sealed record SourceComparisonDto(string Source, BalanceDto Baseline, BalanceDto Alternative, BalanceDto Difference);

/// <summary>How the findings differ; a finding's identity is its code, year, source and line.</summary>
/// <param name="Appeared">Findings only the alternative has.</param>
/// <param name="Disappeared">Findings only the baseline has.</param>
/// <param name="Changed">Findings both have, with a different amount.</param>
public sealed record FindingsComparisonDto(
    IReadOnlyList<FindingDto> Appeared,
    IReadOnlyList<FindingDto> Disappeared,
    IReadOnlyList<ChangedFindingDto> Changed);

/// <summary>A finding both scenarios have, with a different amount.</summary>
/// <param name="Baseline">The baseline's finding.</param>
/// <param name="Alternative">The alternative's finding.</param>
public sealed record ChangedFindingDto(FindingDto Baseline, FindingDto Alternative);
