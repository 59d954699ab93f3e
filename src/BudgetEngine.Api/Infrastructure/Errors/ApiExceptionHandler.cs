using BudgetEngine.Api.Infrastructure.Telemetry;
using BudgetEngine.Contracts.Json;
using System.Text.Json;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;
using BudgetEngine.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
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
    DatabaseHealth databaseHealth, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions, ApiTelemetry telemetry, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var fault = DatabaseFaults.Describe(exception);
        if (fault is not null) databaseHealth.Report(fault, exception);
        var (status, title, detail, errors) = fault is null
            ? Describe(httpContext, exception)
            : (StatusCodes.Status503ServiceUnavailable, ProblemTexts.Of("Database.Unwritable.Title"), ProblemTexts.Of("Database.Unwritable.Detail", ProblemTexts.Text(fault)), null);
        if (status >= 500)
        {
            logger.LogError(exception, "Request {Method} {Path} failed with {Status}", httpContext.Request.Method, httpContext.Request.Path, status);
        }
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            telemetry.Unavailable(fault is null ? "busy" : "unwritable");
            httpContext.Response.Headers.RetryAfter = database.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        httpContext.Response.StatusCode = status;
        var problem = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status }
            : ProblemLanguage.AttachErrors(new HttpValidationProblemDetails { Status = status }, errors);
        ProblemLanguage.Attach(problem, title, detail);
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

    private (int Status, ErrorText Title, ErrorText? Detail, (string Field, Func<MessageLanguage, string> Message)[]? Errors) Describe(HttpContext http, Exception exception)
    {
        // The exception handler runs with the endpoint cleared; the feature keeps the one that failed and its route values.
        var failed = http.Features.Get<IExceptionHandlerFeature>();
        var endpoint = failed?.Endpoint ?? http.GetEndpoint();
        var routeValues = failed?.RouteValues ?? http.Request.RouteValues;
        switch (exception)
        {
            case BadHttpRequestException { InnerException: JsonException json }:
                var error = JsonErrors.Describe(json, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType, jsonOptions.Value.SerializerOptions);
                return (StatusCodes.Status400BadRequest, Text("Body.Invalid.Title"), Text("Body.Invalid.Detail"), [(error.Path, error.MessageIn)]);
            case BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType }:
                return (StatusCodes.Status415UnsupportedMediaType, Text("Body.NotJson.Title"), Text("Body.NotJson.Detail"), [("Content-Type", Text("Body.NotJson.Error").In)]);
            case BadHttpRequestException when BoundParameters.FirstUnreadable(endpoint, routeValues, http.Request.Query) is { } unreadable:
                return (StatusCodes.Status400BadRequest, Text("Parameter.WrongType.Title"),
                    Text("Parameter.WrongType.Detail", ProblemTexts.Text(unreadable.Value), ProblemTexts.Text(unreadable.Name)),
                    [(unreadable.Name, Text(Expected(unreadable.Type)).In)]);
            case BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } when endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is not null:
                // The endpoint takes a JSON body, the body read as JSON and every parameter parses: the body is missing or null.
                return (StatusCodes.Status400BadRequest, Text("Body.Missing.Title"), Text("Body.Missing.Detail"), [("", Text("Body.Missing.Error").In)]);
            case BadHttpRequestException bad:
                return (bad.StatusCode, Text("Request.Unreadable.Title"), null, null);
            case var contention when DatabaseRetry.IsContention(contention):
                return (StatusCodes.Status503ServiceUnavailable, Text("Database.Busy.Title"), Text("Database.Busy.Detail"), null);
            default:
                return (StatusCodes.Status500InternalServerError, Text("Unexpected.Title"), Text("Unexpected.Detail"), null);
        }
    }

    /// <summary>The id of the text saying what a parameter of <paramref name="type"/> takes.</summary>
    private static string Expected(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(bool) => "Parameter.Expected.Boolean",
        var t when t == typeof(int) || t == typeof(long) => "Parameter.Expected.WholeNumber",
        _ => "Parameter.Expected.Documented",
    };

    private static ErrorText Text(string id, params MessageArgument[] arguments) => ProblemTexts.Of(id, arguments);
}
