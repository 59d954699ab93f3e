using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Features.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The stored version an export or chart shows: the one ?version names, or the latest of a scenario that is not deleted.</summary>
public static class ScenarioVersions
{
    /// <summary>The version's body and number, or the problem (404 unknown scenario or version, 410 deleted).</summary>
    public static async Task<(string? Body, int Version, ProblemHttpResult? Problem)> FindAsync(ScenarioStore store, string id, int? version, CancellationToken ct)
    {
        if (version is { } n)
        {
            var stored = await store.VersionAsync(id, n, ct);
            if (stored?.Body is { } body) return (body, n, null);
            return (null, 0, await store.FindAsync(id, ct) is null ? Problems.NotFound(id) : Problems.VersionNotFound(id, n));
        }
        var latest = await store.FindAsync(id, ct);
        if (latest is null) return (null, 0, Problems.NotFound(id));
        if (latest.Deleted) return (null, 0, Problems.Gone(id));
        return (latest.Body, latest.Version, null);
    }
}
