using System.Globalization;
using System.Threading.RateLimiting;
using BudgetEngine.Api.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Limits;

/// <summary>The configuration section "RateLimiting" (environment: RateLimiting__PermitsPerMinute).</summary>
public sealed class RateLimitingOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "RateLimiting";

    /// <summary>Requests one key (or, without a key, one remote address) may make per minute (default 600).</summary>
    public int PermitsPerMinute { get; set; } = 600;
}

/// <summary>
/// Rate limiting per key with the built-in limiter: a fixed window of a minute per key id (per remote address for
/// requests without a valid key). Over the limit: 429 problem+json with Retry-After in seconds.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy the /v1 groups require.</summary>
    public const string PerKey = "per-key";

    public static IServiceCollection AddBudgetEngineRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PerKey, context =>
            {
                var permits = Math.Max(1, context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.PermitsPerMinute);
                return RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = Reject;
        });
        return services;
    }

    /// <summary>"key:{id}" for an authenticated key, else "ip:{remote address}".</summary>
    public static string PartitionOf(HttpContext context) =>
        Caller.Of(context.User) is { } caller ? "key:" + caller.KeyId : "ip:" + context.Connection.RemoteIpAddress;

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: $"Your key made more requests this minute than RateLimiting:PermitsPerMinute allows. Try again after {seconds} seconds (Retry-After).")
            .ExecuteAsync(http);
    }
}
