using BudgetEngine.Api.Infrastructure.Languages;
using Microsoft.Net.Http.Headers;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// Headers every answer carries: X-Content-Type-Options: nosniff (a browser never reads an answer as another type than
/// it says), and on /v1 answers, which hold an organisation's data, Cache-Control: no-store unless the endpoint chose
/// its own (a stored reconciliation is "private, no-cache", revalidated by its ETag); Vary: Accept-Language, as the texts of
/// every answer (findings, errors, problems) are in the language the request asks for.
/// </summary>
public sealed class ResponseHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.Append(HeaderNames.Vary, RequestLanguage.Header);
            if (http.Request.Path.StartsWithSegments("/v1") && string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
