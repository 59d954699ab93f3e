using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>
/// The body of an error answered without one (an unknown route, a wrong method, a refusal by access control): always
/// problem+json, as every other error. The problem details service writes only what the Accept header allows, and left
/// alone a client that asked for text/csv got "Status Code: 404; Not Found" as text/plain; it now gets the same
/// problem, customised as the service does it, whatever it accepts.
/// </summary>
public static class StatusCodeProblems
{
    public static async Task WriteAsync(StatusCodeContext statusCode)
    {
        var http = statusCode.HttpContext;
        var context = new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = http.Response.StatusCode },
        };
        if (await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(context)) return;
        http.RequestServices.GetRequiredService<IOptions<ProblemDetailsOptions>>().Value.CustomizeProblemDetails?.Invoke(context);
        await TypedResults.Problem(context.ProblemDetails).ExecuteAsync(http);
    }
}
