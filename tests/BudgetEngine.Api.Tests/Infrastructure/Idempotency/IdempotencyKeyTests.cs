using System.Net;

namespace BudgetEngine.Api.Tests.Infrastructure.Idempotency;

public sealed class IdempotencyKeyTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public IdempotencyKeyTests() => _client = _app.CreateClient("finance-officer", "Gemeente Testdorp");

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> Post(string url, string body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Http.Json(body) };
        request.Headers.Add("Idempotency-Key", key);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task Replaying_a_create_returns_the_first_response_and_stores_once()
    {
        var first = await Post("/v1/scenarios", Http.SmallScenario(), "create-1");
        var replay = await Post("/v1/scenarios", Http.SmallScenario(), "create-1");

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        replay.StatusCode.Should().Be(HttpStatusCode.Created);
        replay.Headers.Location.Should().Be(first.Headers.Location);
        replay.ETag().Should().Be(first.ETag());
        (await replay.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        replay.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await (await _client.GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422()
    {
        await Post("/v1/scenarios", Http.SmallScenario("One"), "create-2");

        var other = await Post("/v1/scenarios", Http.SmallScenario("Two"), "create-2");

        await other.ShouldBeProblem(422);
        (await (await _client.GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Replaying_a_reconciliation_returns_the_first_response()
    {
        var first = await Post("/v1/reconciliations", Repository.GooiEnVechtstreek, "reconcile-1");
        var replay = await Post("/v1/reconciliations", Repository.GooiEnVechtstreek, "reconcile-1");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await replay.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        replay.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    [Fact]
    public async Task The_same_key_with_another_query_is_422()
    {
        await Post("/v1/reconciliations", Repository.GooiEnVechtstreek, "reconcile-2");

        var other = await Post("/v1/reconciliations?includeConditional=false", Repository.GooiEnVechtstreek, "reconcile-2");

        await other.ShouldBeProblem(422);
    }

    [Fact]
    public async Task The_same_key_on_another_route_is_422()
    {
        await Post("/v1/reconciliations", Http.SmallScenario(), "shared-key");

        await (await Post("/v1/scenarios", Http.SmallScenario(), "shared-key")).ShouldBeProblem(422);
    }

    [Fact]
    public async Task An_overlong_key_is_400_naming_the_header()
    {
        var problem = await (await Post("/v1/scenarios", Http.SmallScenario(), new string('k', 201))).ShouldBeProblem(400);

        problem["errors"]!["Idempotency-Key"]![0]!.GetValue<string>().Should().Contain("hoogstens 200 tekens");
    }
}
