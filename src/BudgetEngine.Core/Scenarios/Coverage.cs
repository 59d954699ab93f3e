namespace BudgetEngine.Core.Scenarios;

/// <summary>One source named in a coverage, with its weight for a fixed split.</summary>
/// <param name="Source">The source code as written (it may match no source: that is a finding, not an error).</param>
/// <param name="Weight">The share weight for <see cref="CoverageKind.Split"/>; ignored otherwise.</param>
public readonly record struct CoverageSource(string Source, decimal Weight = 1m);

/// <summary>Which sources pay a cost line ("dekking").</summary>
/// <param name="Kind">Single, fixed split or flexible.</param>
/// <param name="Sources">The sources: one for single, weighted for split, in order of preference for flexible.</param>
public sealed record Coverage(CoverageKind Kind, IReadOnlyList<CoverageSource> Sources)
{
    /// <summary>One source pays everything.</summary>
    public static Coverage Single(string source) => new(CoverageKind.Single, [new CoverageSource(source)]);

    /// <summary>Sources pay fixed weighted shares.</summary>
    public static Coverage Split(params (string Source, decimal Weight)[] parts) =>
        new(CoverageKind.Split, parts.Select(p => new CoverageSource(p.Source, p.Weight)).ToArray());

    /// <summary>Any of the sources may pay, the first preferred.</summary>
    public static Coverage Flexible(params string[] sourcesInOrderOfPreference) =>
        new(CoverageKind.Flexible, sourcesInOrderOfPreference.Select(s => new CoverageSource(s)).ToArray());
}
