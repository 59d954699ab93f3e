namespace BudgetEngine.Api.Features.Samples;

/// <summary>The configuration section "Samples" (environment: Samples__LoadOnEmptyDatabase, Samples__Path).</summary>
public sealed class SamplesOptions
{
    public const string Section = "Samples";

    /// <summary>Store every samples/*.json scenario when the database holds no scenario at all (its first start). Default true.</summary>
    public bool LoadOnEmptyDatabase { get; set; } = true;

    /// <summary>The samples folder; a relative path resolves against the content root. Default: the first "samples" folder in the content root or above it (the repository's).</summary>
    public string? Path { get; set; }
}
