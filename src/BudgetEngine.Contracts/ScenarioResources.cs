namespace BudgetEngine.Contracts;

/// <summary>A stored scenario at its latest version.</summary>
/// <param name="Id">The scenario's id (use it in every /v1/scenarios/{id} route).</param>
/// <param name="Version">The latest version number (1 at creation, +1 for every change).</param>
/// <param name="ETag">The strong ETag of this version; send it as If-Match to change or delete the scenario.</param>
/// <param name="CreatedAt">When the scenario was created (version 1).</param>
/// <param name="UpdatedAt">When this version was made.</param>
/// <param name="Scenario">The scenario, in canonical form (amounts with two decimals, coverage as an object).</param>
public sealed record ScenarioResourceDto(
    string Id,
    int Version,
    [property: System.Text.Json.Serialization.JsonPropertyName("etag")] string ETag,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    ScenarioDto Scenario);

/// <summary>A scenario in a list.</summary>
/// <param name="Id">The scenario's id.</param>
/// <param name="Organisation">The organisation whose budget it is.</param>
/// <param name="Name">The scenario's name.</param>
/// <param name="Version">The latest version number.</param>
/// <param name="ETag">The strong ETag of the latest version.</param>
/// <param name="CreatedAt">When the scenario was created.</param>
/// <param name="UpdatedAt">When the latest version was made.</param>
public sealed record ScenarioSummaryDto(
    string Id,
    string Organisation,
    string Name,
    int Version,
    [property: System.Text.Json.Serialization.JsonPropertyName("etag")] string ETag,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>One page of a list.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The most items a page holds.</param>
/// <param name="TotalCount">How many items match in all.</param>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>One immutable version of a scenario, without its body.</summary>
/// <param name="Version">The version number.</param>
/// <param name="ETag">The strong ETag of the version.</param>
/// <param name="CreatedAt">When the version was made.</param>
/// <param name="Deleted">True for the tombstone the deletion made: the scenario ended here (its body repeats the last one).</param>
public sealed record VersionSummaryDto(int Version, [property: System.Text.Json.Serialization.JsonPropertyName("etag")] string ETag, DateTimeOffset CreatedAt, bool Deleted);

/// <summary>One immutable version of a scenario with its body.</summary>
/// <param name="Id">The scenario's id.</param>
/// <param name="Version">The version number.</param>
/// <param name="ETag">The strong ETag of the version.</param>
/// <param name="CreatedAt">When the version was made.</param>
/// <param name="Deleted">True for the tombstone the deletion made.</param>
/// <param name="Scenario">The scenario as it was at this version.</param>
public sealed record ScenarioVersionDto(string Id, int Version, [property: System.Text.Json.Serialization.JsonPropertyName("etag")] string ETag, DateTimeOffset CreatedAt, bool Deleted, ScenarioDto Scenario);

/// <summary>Liveness and database reachability.</summary>
/// <param name="Status">"healthy" (when it is not, /health answers 503 problem+json instead).</param>
/// <param name="Database">"reachable" or "unreachable".</param>
/// <param name="SchemaVersion">The highest schema migration applied.</param>
public sealed record HealthDto(string Status, string Database, int? SchemaVersion);
