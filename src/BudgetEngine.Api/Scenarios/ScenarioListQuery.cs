using System.ComponentModel;

namespace BudgetEngine.Api.Scenarios;

/// <summary>The query parameters of GET /v1/scenarios.</summary>
public sealed record ScenarioListQuery
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;

    [Description("Only scenarios of this organisation (exact, ignoring case), e.g. \"Regio Gooi en Vechtstreek\".")]
    public string? Organisation { get; init; }

    [Description("Only scenarios whose name contains this text (ignoring case).")]
    public string? Name { get; init; }

    [Description("The page, from 1.")]
    [DefaultValue(1)]
    public int? Page { get; init; }

    [Description("Scenarios per page, 1 to 100.")]
    [DefaultValue(20)]
    public int? PageSize { get; init; }
}
