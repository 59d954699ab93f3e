namespace BudgetEngine.Contracts;

/// <summary>
/// A begrotingswijziging: what one version of a stored scenario changes against an earlier one, line by line and year by
/// year, grant by grant, and the effect on every year's closing balance, for the budget, each source and unfunded.
/// </summary>
/// <param name="From">The earlier version.</param>
/// <param name="To">The later version.</param>
/// <param name="Reason">Why, as the later version says (its reason); null when not given.</param>
/// <param name="Decision">The decision that made the change (e.g. a council decision's reference), as the later version says; null when not given.</param>
/// <param name="Options">The choices both versions were reconciled under.</param>
/// <param name="Lines">Each line-year added, removed or changed, by line name and year.</param>
/// <param name="Grants">Each grant added, removed or changed (amount, status or award year).</param>
/// <param name="ClosingBalances">Every year's closing balance in both versions and the difference, for the budget, each source and unfunded.</param>
public sealed record BudgetAmendmentDto(
    ScenarioReferenceDto From,
    ScenarioReferenceDto To,
    string? Reason,
    string? Decision,
    ReconciliationOptionsDto Options,
    IReadOnlyList<LineChangeDto> Lines,
    IReadOnlyList<GrantChangeDto> Grants,
    IReadOnlyList<ClosingBalanceChangeDto> ClosingBalances);

/// <summary>A line's cost in one year, before and after.</summary>
/// <param name="Line">The line's name.</param>
/// <param name="Year">The year.</param>
/// <param name="Change">added (no amount before), removed (none after) or changed.</param>
/// <param name="Before">The amount before, in euros; 0 when added.</param>
/// <param name="After">The amount after; 0 when removed.</param>
/// <param name="Difference">After minus before.</param>
public sealed record LineChangeDto(string Line, int Year, ChangeDto Change, decimal Before, decimal After, decimal Difference);

/// <summary>A grant before and after; the same grant by its id, or without one by its source, period and project.</summary>
/// <param name="Id">The grant's id, if it has one.</param>
/// <param name="Source">The source that gives it.</param>
/// <param name="Period">Its period.</param>
/// <param name="Project">The project it is earmarked for, if any.</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="Change">added, removed or changed.</param>
/// <param name="Before">Its amount before, in euros; 0 when added.</param>
/// <param name="After">Its amount after; 0 when removed.</param>
/// <param name="Difference">After minus before.</param>
/// <param name="StatusBefore">Its status before; null when added.</param>
/// <param name="StatusAfter">Its status after; null when removed.</param>
public sealed record GrantChangeDto(
    string? Id,
    string Source,
    PeriodDto Period,
    string? Project,
    string? Description,
    ChangeDto Change,
    decimal Before,
    decimal After,
    decimal Difference,
    GrantStatusDto? StatusBefore,
    GrantStatusDto? StatusAfter);

/// <summary>One year's closing balance before and after: the budget's, each source's and unfunded's.</summary>
/// <param name="Year">The year.</param>
/// <param name="Budget">The budget's closing balance ("Resultaat").</param>
/// <param name="BySource">Each source's closing balance; a source in one version only counts as 0 in the other.</param>
/// <param name="Unfunded">Unfunded's ("Ongedekt") closing balance.</param>
public sealed record ClosingBalanceChangeDto(int Year, AmountChangeDto Budget, IReadOnlyList<SourceAmountChangeDto> BySource, AmountChangeDto Unfunded);

/// <summary>An amount before and after, in euros.</summary>
/// <param name="Before">Before.</param>
/// <param name="After">After.</param>
/// <param name="Difference">After minus before.</param>
public sealed record AmountChangeDto(decimal Before, decimal After, decimal Difference);

/// <summary>A source's amount before and after, in euros.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Before">Before.</param>
/// <param name="After">After.</param>
/// <param name="Difference">After minus before.</param>
public sealed record SourceAmountChangeDto(string Source, decimal Before, decimal After, decimal Difference);
