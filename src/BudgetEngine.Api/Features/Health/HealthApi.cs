using BudgetEngine.Api.Contracts;
using BudgetEngine.Api.Features.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Features.Health;

/// <summary>Liveness and database reachability.</summary>
public static class HealthApi
{
    public static RouteHandlerBuilder MapHealth(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/health", CheckHealth)
            .WithTags("Health")
            .WithName("Health")
            .AllowAnonymous()
            .WithSummary("Is the API alive and its database reachable?")
            .WithDescription("200 with status \"healthy\" when the process answers and the database answers a query; 503 problem+json when the database does not.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public static async Task<Results<Ok<HealthDto>, ProblemHttpResult>> CheckHealth(ScenarioStore store, ILogger<ScenarioStore> logger, CancellationToken ct)
    {
        try
        {
            var schema = await store.SchemaVersionAsync(ct);
            return TypedResults.Ok(new HealthDto("healthy", "reachable", schema));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The health check could not reach the database");
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The database is unreachable.",
                detail: "The API is alive but cannot query its database.",
                extensions: new Dictionary<string, object?> { ["status"] = "unhealthy", ["database"] = "unreachable" });
        }
    }
}
