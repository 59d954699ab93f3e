using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Amendments;

/// <summary>
/// The line-years two versions of a budget differ in. Lines are the same line when their names are (trimmed, ignoring
/// case, as names are unique); a year a line has no amount for counts as absent, so a year that gains an amount is added
/// and one that loses it is removed, even when the line itself stays.
/// </summary>
public static class LineChanges
{
    /// <summary>Every line-year added, removed or changed from <paramref name="before"/> to <paramref name="after"/>, by line name and year.</summary>
    public static IReadOnlyList<LineChange> Between(Scenario before, Scenario after)
    {
        var earlier = ByName(before);
        var later = ByName(after);
        var changes = new List<LineChange>();
        foreach (var name in earlier.Keys.Union(later.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            var was = earlier.GetValueOrDefault(name);
            var becomes = later.GetValueOrDefault(name);
            var shown = (becomes ?? was)!.Name;
            var years = (was?.Amounts.Keys ?? []).Union(becomes?.Amounts.Keys ?? []).Order();
            foreach (var year in years)
            {
                var hadIt = was is not null && was.Amounts.TryGetValue(year, out _);
                var hasIt = becomes is not null && becomes.Amounts.TryGetValue(year, out _);
                var from = was?.AmountIn(year) ?? Money.Zero;
                var to = becomes?.AmountIn(year) ?? Money.Zero;
                if (!hadIt) changes.Add(new LineChange(shown, year, Change.Added, Money.Zero, to));
                else if (!hasIt) changes.Add(new LineChange(shown, year, Change.Removed, from, Money.Zero));
                else if (from != to) changes.Add(new LineChange(shown, year, Change.Changed, from, to));
            }
        }
        return changes;
    }

    private static Dictionary<string, CostLine> ByName(Scenario scenario)
    {
        var lines = new Dictionary<string, CostLine>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in scenario.Lines) lines.TryAdd(line.Name.Trim(), line);
        return lines;
    }
}
