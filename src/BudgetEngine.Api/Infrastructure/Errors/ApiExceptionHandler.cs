using BudgetEngine.Contracts.Json;
using System.Text.Json;
using BudgetEngine.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>
/// Answers every exception with RFC 9457 problem+json and never a stack trace: a body that cannot be read is a 400 that
/// names the field, read from the endpoint's own description (the type of its body, its parameters) rather than from the
/// framework's message texts; a database that stays busy is a 503 with Retry-After; a database that cannot be written (read-only,
/// full, I/O error, its file gone) is a 503 with Retry-After that /health repeats until a write succeeds; anything else a
/// 500 that says only that it happened.
/// </summary>
public sealed class ApiExceptionHandler(
    IProblemDetailsService problems, IOptions<ProblemDetailsOptions> problemOptions, IOptions<DatabaseOptions> database,
    DatabaseHealth databaseHealth, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var fault = DatabaseFaults.Describe(exception);
        if (fault is not null) databaseHealth.Report(fault, exception);
        var (status, title, detail, errors) = fault is null
            ? Describe(httpContext, exception)
            : (StatusCodes.Status503ServiceUnavailable, "The database cannot be written.",
                $"Nothing was stored: {fault}. Try again after the time in Retry-After; GET /health says when the database can be written again.", null);
        if (status >= 500)
        {
            logger.LogError(exception, "Request {Method} {Path} failed with {Status}", httpContext.Request.Method, httpContext.Request.Path, status);
        }
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = database.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        httpContext.Response.StatusCode = status;
        var problem = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail };
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = null, // never serialised: no stack trace leaves the server
        };
        if (await problems.TryWriteAsync(context)) return true;
        // The Accept header names only another type (text/csv on a reconciliation, say): the problem is still problem+json,
        // customised as the service would have done, rather than a bare status without a body.
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
    }

    private (int Status, string Title, string? Detail, Dictionary<string, string[]>? Errors) Describe(HttpContext http, Exception exception)
    {
        // The exception handler runs with the endpoint cleared; the feature keeps the one that failed and its route values.
        var failed = http.Features.Get<IExceptionHandlerFeature>();
        var endpoint = failed?.Endpoint ?? http.GetEndpoint();
        var routeValues = failed?.RouteValues ?? http.Request.RouteValues;
        switch (exception)
        {
            case BadHttpRequestException { InnerException: JsonException json }:
                var (pointer, message) = JsonErrors.Describe(json, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType, jsonOptions.Value.SerializerOptions);
                return (StatusCodes.Status400BadRequest, "The request body is not a valid document.",
                    "See errors: each key is a JSON pointer to the field.", new() { [pointer] = [message] });
            case BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType }:
                return (StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json.",
                    "The request's Content-Type must be application/json.", new() { ["Content-Type"] = ["Use application/json."] });
            case BadHttpRequestException when BoundParameters.FirstUnreadable(endpoint, routeValues, http.Request.Query) is { } unreadable:
                return (StatusCodes.Status400BadRequest, "A parameter has a value of the wrong type.", $"'{unreadable.Value}' is not a valid {unreadable.Name}.",
                    new() { [unreadable.Name] = [$"Give {Expected(unreadable.Type)}."] });
            case BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } when endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is not null:
                // The endpoint takes a JSON body, the body read as JSON and every parameter parses: the body is missing or null.
                return (StatusCodes.Status400BadRequest, "The request has no body.", "Send the document as JSON.", new() { [""] = ["A JSON body is required."] });
            case BadHttpRequestException bad:
                return (bad.StatusCode, "The request cannot be read.", null, null);
            case SqliteException sqlite when SqliteRetry.IsBusyOrLocked(sqlite):
                return (StatusCodes.Status503ServiceUnavailable, "The database is busy.", "Try again after the time in Retry-After.", null);
            default:
                return (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", "The error has been logged. Quote the traceId when you report it.", null);
        }
    }

    private static string Expected(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(int) || t == typeof(long) => "a whole number",
        _ => "a value of the documented type",
    };
}
