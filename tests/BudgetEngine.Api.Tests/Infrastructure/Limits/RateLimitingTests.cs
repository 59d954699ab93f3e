using System.Net;

namespace BudgetEngine.Api.Tests.Infrastructure.Limits;

/// <summary>Rate limiting per key with the built-in limiter: over RateLimiting:PermitsPerMinute, 429 problem+json with Retry-After.</summary>
public sealed class RateLimitingTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new(settings: new Dictionary<string, string?> { ["RateLimiting:PermitsPerMinute"] = "3" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_other_keys_and_health_still_answer()
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
    public async Task Requests_without_a_key_share_the_limit_of_their_address()
    {
        var anonymous = _app.CreateAnonymousClient();
        for (var i = 0; i < 3; i++) await (await anonymous.GetAsync("/v1/scenarios")).ShouldBeProblem(401);

        await (await anonymous.GetAsync("/v1/scenarios")).ShouldBeProblem(429);
    }
}
