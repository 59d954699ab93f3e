using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Tests.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetEngine.Api.Tests.Infrastructure.Limits;

/// <summary>Every /v1 endpoint in the route table is rate-limited per key: a new endpoint without a limiter fails here.</summary>
public sealed class RateLimitCoverageTests
{
    [Fact]
    public void Every_v1_endpoint_requires_the_per_key_rate_limit()
    {
        using var app = new BudgetEngineApplication();

        var unlimited = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null
                        || e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != RateLimits.PerKey)
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText)
            .ToArray();

        V1Endpoints.All.Should().NotBeEmpty();
        unlimited.Should().BeEmpty("every /v1 route takes the per-key limit (RequireRateLimiting(RateLimits.PerKey))");
    }
}
