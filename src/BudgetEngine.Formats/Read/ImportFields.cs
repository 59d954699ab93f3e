using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;
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
/// <param name="Message">What is wrong and what to do, in English (<see cref="MessageIn"/> for another language).</param>
public sealed record ImportError(string Where, string Message)
{
    /// <summary>A refusal at <paramref name="where"/> whose message is <paramref name="text"/>, kept as data so that it can be read in any language.</summary>
    public ImportError(string where, ErrorText text)
        : this(where, text.In(MessageLanguage.English)) => Text = text;

    /// <summary>The message as data (its id and values), when the refusal was made from one.</summary>
    public ErrorText? Text { get; init; }

    /// <summary>The message in <paramref name="language"/>; <see cref="Message"/> when the refusal has no message data.</summary>
    public string MessageIn(MessageLanguage language) => Text?.In(language) ?? Message;
}
