using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>
/// Writes a problem as application/problem+json whatever the request's Accept header names (text/csv, an xlsx sheet),
/// customised as every other problem (trace id, language): the framework's writer declines such requests. Registered after it.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problems, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        _ = TypedResults.Problem(problem); // fills type and title from the status where they are missing, as the framework's writer does
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
