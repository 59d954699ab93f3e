using BudgetEngine.Api.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>One /v1 endpoint as routing knows it: method, route pattern, name and the access rule it declares (null when it declares none).</summary>
public sealed record V1Endpoint(string Method, string Pattern, string? Name, AccessRule? Rule)
{
    /// <summary>"GET /v1/scenarios/{id}": how the matrix names it.</summary>
    public string Display => $"{Method} {Pattern}";

    /// <summary>The name routing gives it, or its display when it has none.</summary>
    public string Key => Name ?? Display;
}

/// <summary>Every /v1 endpoint of the running application, read from its <see cref="EndpointDataSource"/>: a new endpoint cannot be missed.</summary>
public static class V1Endpoints
{
    private static readonly Lazy<IReadOnlyList<V1Endpoint>> Cached = new(() =>
    {
        using var app = new BudgetEngineApplication();
        return Of(app.Services);
    });

    /// <summary>The endpoints of a fresh application (started once per test run).</summary>
    public static IReadOnlyList<V1Endpoint> All => Cached.Value;

    /// <summary>The /v1 endpoints of an application's routing.</summary>
    public static IReadOnlyList<V1Endpoint> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(method => new V1Endpoint(
                method,
                e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName,
                e.Metadata.GetOrderedMetadata<AccessRule>().LastOrDefault())))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToArray();
}
