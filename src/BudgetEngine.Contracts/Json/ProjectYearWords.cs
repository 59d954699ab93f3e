using System.Globalization;
using System.Text.RegularExpressions;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Contracts.Json;

/// <summary>
/// A project year as users write it: its two years, <c>"2019/2020"</c>, <c>"2019-2020"</c> or <c>"2019/20"</c>
/// (September 2019 to August 2020), read as the year it starts, <c>2019</c>.
/// </summary>
public static partial class ProjectYearWords
{
    /// <summary>The pattern the written form matches (the OpenAPI document states it).</summary>
    public const string Pattern = @"^\s*\d{4}\s*[/-]\s*(\d{4}|\d{2})\s*$";

    /// <summary>What a year written as a string may be: a year ("2019") or a project year's two years.</summary>
    public const string YearOrTwoYearsPattern = @"^\s*\d{4}(\s*[/-]\s*(\d{4}|\d{2}))?\s*$";

    /// <summary>
    /// The start year of the project year <paramref name="text"/> names. False with a <paramref name="problem"/> when it
    /// names two years that are not one project year ("2019/2021"); false without one when it is not two years at all.
    /// </summary>
    public static bool TryRead(string text, out int start, out ErrorText? problem)
    {
        start = 0;
        problem = null;
        if (TwoYears().Match(text) is not { Success: true } match) return false;
        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var next = match.Groups[2].Length == 2 ? (first + 1) % 100 : first + 1;
        if (second != next)
        {
            problem = WireTexts.Of("ProjectYear.NotOne", MessageArgument.Text(text), MessageArgument.Number(first), MessageArgument.Number(first + 1));
            return false;
        }
        start = first;
        return true;
    }

    [GeneratedRegex(@"^\s*(\d{4})\s*[/-]\s*(\d{4}|\d{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoYears();
}
