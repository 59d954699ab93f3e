using System.Net;

namespace BudgetEngine.Api.Tests.Infrastructure.Limits;

/// <summary>Rate limiting per key with the built-in limiter: over RateLimiting:PermitsPerMinute, 429 problem+json with Retry-After.</summary>
public sealed class RateLimitingTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new(settings: new Dictionary<string, string?> { ["RateLimiting:PermitsPerMinute"] = "3" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AKeyOverItsLimitGets429WithRetryAfterWhileOtherKeysAndHealthStillAnswer()
    {
        var busy = await _app.CreateClientAsync("reader", "Regio Eigen");
        var other = await _app.CreateClientAsync("reader", "Regio Eigen");
        for (var i = 0; i < 3; i++) (await busy.GetAsync("/v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK);

        var refused = await busy.GetAsync("/v1/scenarios");

        await refused.ShouldBeProblem(429);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await other.GetAsync("/v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK, "the limit is per key");
        (await busy.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, "health is not rate limited");
    }

    [Fact]
    public async Task RequestsWithoutAKeyShareTheLimitOfTheirAddress()
    {
        var anonymous = _app.CreateAnonymousClient();
        for (var i = 0; i < 3; i++) await (await anonymous.GetAsync("/v1/scenarios")).ShouldBeProblem(401);

        await (await anonymous.GetAsync("/v1/scenarios")).ShouldBeProblem(429);
    }
}
