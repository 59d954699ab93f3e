namespace BudgetEngine.Api.Infrastructure.Limits;

/// <summary>The configuration section "Limits" (environment: Limits__MaxBodyBytes, ...): how much one request may ask of the API.</summary>
public sealed class LimitsOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Limits";

    /// <summary>The largest request body in bytes (default 1 MiB); a larger one answers 413 before it is read.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How deep a JSON body may nest (default 32).</summary>
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>The most cost lines in one scenario (default 5000); also the most sources, grants and declared subtotals.</summary>
    public int MaxLinesPerScenario { get; set; } = 5000;

    /// <summary>The most years one scenario spans (default 30, as the core allows at most).</summary>
    public int MaxYearsPerScenario { get; set; } = 30;

    /// <summary>The longest string in a body, in characters (default 500).</summary>
    public int MaxStringLength { get; set; } = 500;

    /// <summary>The most field errors one 400 lists (default 100); the rest are counted in "moreErrors".</summary>
    public int MaxErrors { get; set; } = 100;
}
