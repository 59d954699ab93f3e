namespace BudgetEngine.Api.Contracts;

/// <summary>Two stored scenarios reconciled under the same options, year by year and source by source, with the findings that differ.</summary>
/// <param name="Baseline">The scenario compared against (the {id} of the route).</param>
/// <param name="Alternative">The other scenario (the {otherId} of the route).</param>
/// <param name="Options">The choices both reconciliations were made under.</param>
/// <param name="Years">Every year of either scenario, in order.</param>
/// <param name="Findings">Findings only the alternative has (added), only the baseline has (removed), and both have with a different amount (changed).</param>
public sealed record ComparisonDto(
    ScenarioReferenceDto Baseline,
    ScenarioReferenceDto Alternative,
    ReconciliationOptionsDto Options,
    IReadOnlyList<YearComparisonDto> Years,
    FindingsComparisonDto Findings);

/// <summary>Which scenario, at which version.</summary>
/// <param name="Id">The scenario's id.</param>
/// <param name="Version">The version reconciled.</param>
/// <param name="Organisation">The organisation.</param>
/// <param name="Name">The scenario's name.</param>
public sealed record ScenarioReferenceDto(string Id, int Version, string Organisation, string Name);

/// <summary>One year in both scenarios; difference = alternative - baseline (a missing year counts as zero).</summary>
/// <param name="Year">The year.</param>
/// <param name="Baseline">The baseline's figures, or null when the year is outside its horizon.</param>
/// <param name="Alternative">The alternative's figures, or null when the year is outside its horizon.</param>
/// <param name="Difference">Alternative minus baseline.</param>
/// <param name="BySource">Each source's closing balance in both, and the difference.</param>
public sealed record YearComparisonDto(
    int Year,
    BalanceDto? Baseline,
    BalanceDto? Alternative,
    BalanceDto Difference,
    IReadOnlyList<SourceComparisonDto> BySource);

/// <summary>A year's balance in euros.</summary>
/// <param name="OpeningBalance">Opening balance.</param>
/// <param name="Income">Income.</param>
/// <param name="Costs">Costs.</param>
/// <param name="ClosingBalance">Closing balance.</param>
public sealed record BalanceDto(decimal OpeningBalance, decimal Income, decimal Costs, decimal ClosingBalance);

/// <summary>One source's closing balance in a year in both scenarios.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Baseline">Its closing balance in the baseline, or null when the baseline lacks the source.</param>
/// <param name="Alternative">Its closing balance in the alternative, or null when the alternative lacks the source.</param>
/// <param name="Difference">Alternative minus baseline (missing counts as zero).</param>
public sealed record SourceComparisonDto(string Source, decimal? Baseline, decimal? Alternative, decimal Difference);

/// <summary>How the findings differ; a finding's identity is its code, year, source and line.</summary>
/// <param name="Added">Findings only the alternative has.</param>
/// <param name="Removed">Findings only the baseline has.</param>
/// <param name="Changed">Findings both have, with a different amount: the alternative's finding and the baseline's amount.</param>
public sealed record FindingsComparisonDto(
    IReadOnlyList<FindingDto> Added,
    IReadOnlyList<FindingDto> Removed,
    IReadOnlyList<ChangedFindingDto> Changed);

/// <summary>A finding both scenarios have, with a different amount.</summary>
/// <param name="Finding">The alternative's finding.</param>
/// <param name="BaselineAmount">The amount the baseline's finding concerns.</param>
public sealed record ChangedFindingDto(FindingDto Finding, decimal? BaselineAmount);
