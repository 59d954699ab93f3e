using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// The scenario's fields besides the table: as parameters (query, or multipart fields) and as the <c>scenario</c> part
/// (a scenario document without lines). A field may come from either; given in both, the two must agree.
/// </summary>
/// <param name="Organisation">The organisation parameter.</param>
/// <param name="Name">The name parameter.</param>
/// <param name="FirstYear">The firstYear parameter.</param>
/// <param name="LastYear">The lastYear parameter.</param>
/// <param name="Scenario">The scenario part: organisation, name, years, sources, grants and declared figures; no lines.</param>
public sealed record ImportFields(string? Organisation, string? Name, int? FirstYear, int? LastYear, ScenarioDto? Scenario);

/// <summary>Something that keeps a table from being imported.</summary>
/// <param name="Where">The cell ("row 5, column C (2019)"), the parameter ("organisation") or the field of the scenario part ("scenario/grants/0/amount").</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record ImportError(string Where, string Message);
