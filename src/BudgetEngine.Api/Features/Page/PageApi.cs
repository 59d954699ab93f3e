using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Features.Page;

/// <summary>GET /: a small read-only overview of the scenarios with their findings and charts, for a person with a browser.</summary>
public static class PageApi
{
    /// <summary>
    /// The page's own policy: scripts and styles only from this server, data only from this API, no inline script, no
    /// framing. The charts are inline SVG the API drew (presentation attributes, no script).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
        + "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static RouteGroupBuilder MapPage(this IEndpointRouteBuilder routes)
    {
        var page = routes.MapGroup("").AllowAnonymous().AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-cache";
            return await next(context);
        });

        page.MapGet("/", Overview)
            .WithTags("Page")
            .WithName("Overview")
            .WithSummary("The overview page (HTML)")
            .WithDescription("A read-only page for finance officers: the scenarios with their findings and reconciliation charts, downloads as CSV and JSON. "
                + "It calls this API from the browser with the API key pasted into it (kept in sessionStorage, sent as Authorization: Bearer), "
                + "or handed over once as #key=... in the address. The page itself holds no data and needs no key.")
            .Produces<string>(StatusCodes.Status200OK, "text/html");

        // The page's script and style sheet are static files, not API operations: left out of the OpenAPI document.
        page.MapGet("/page/overview.js", () => Serve(PageAssets.Script)).ExcludeFromDescription();
        page.MapGet("/page/overview.css", () => Serve(PageAssets.Style)).ExcludeFromDescription();
        return page;
    }

    public static FileContentHttpResult Overview() => Serve(PageAssets.Index);

    private static FileContentHttpResult Serve(PageAssets.Asset asset) => TypedResults.File(asset.Content, asset.ContentType);
}
