using System.Collections.ObjectModel;

namespace BudgetEngine.Core.Scenarios;

/// <summary>Which lines a kind of source may pay, by tag.</summary>
public static class EligibilityRules
{
    /// <summary>Tag of a cost (part) for minors: Veilig Thuis for minors is paid from youth funds, not the DU VO.</summary>
    public const string Minors = "minors";

    /// <summary>Tag of a crisis place of general shelter: paid from the DU MO, not the DU VO (seed 004).</summary>
    public const string DumoCrisis = "dumo-crisis";

    private static readonly ReadOnlyCollection<string> DuVoExcluded = new([Minors, DumoCrisis]);

    /// <summary>The tags a kind of source excludes unless the scenario says otherwise.</summary>
    public static IReadOnlyList<string> DefaultExcludedTags(FundingKind kind) =>
        kind == FundingKind.Duvo ? DuVoExcluded : ReadOnlyCollection<string>.Empty;

    /// <summary>The first tag of <paramref name="lineTags"/> that <paramref name="source"/> may not pay, or null when it may pay the line.</summary>
    public static string? ExcludingTag(FundingSource source, IReadOnlyList<string> lineTags)
    {
        if (lineTags.Count == 0) return null;
        foreach (var excluded in source.EffectiveExcludedTags)
        {
            foreach (var tag in lineTags)
            {
                if (string.Equals(excluded.Trim(), tag.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return tag;
                }
            }
        }
        return null;
    }
}
