using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

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
            .WithDescription("200 with status \"healthy\" when the process answers and the database answers a query; 503 problem+json when the database "
                + "does not (\"database\": \"unreachable\"), or cannot be written (\"database\": \"unwritable\", with the reason in \"fault\") since a "
                + "write failed on a read-only, full or failing disk or since its file was deleted or replaced, until a write succeeds again.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public static async Task<Results<Ok<HealthDto>, ProblemHttpResult>> CheckHealth(
        DatabaseHealth database, IOptions<DatabaseOptions> options, HttpContext http, ILogger<DatabaseHealth> logger, CancellationToken ct)
    {
        try
        {
            await database.ProbeWriteAsync(ct);
            var schema = await database.SchemaVersionAsync(ct);
            if (database.Fault is null) return TypedResults.Ok(new HealthDto("healthy", "reachable", schema));
        }
        catch (Exception exception) when (DatabaseFaults.Describe(exception) is { } fault)
        {
            database.Report(fault, exception);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The health check could not reach the database");
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The database is unreachable.",
                detail: "The API is alive but cannot query its database.",
                extensions: new Dictionary<string, object?> { ["database"] = "unreachable" });
        }
        http.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The database cannot be written.",
            detail: $"The API is alive and reads, but writes fail: {database.Fault}. It answers 200 again once a write succeeds.",
            extensions: new Dictionary<string, object?> { ["database"] = "unwritable", ["fault"] = database.Fault });
    }
}
