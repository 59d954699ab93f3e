using System.Net;
using BudgetEngine.Api.Infrastructure.Idempotency;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetEngine.Api.Tests.Infrastructure.Idempotency;

/// <summary>
/// An Idempotency-Key belongs to the caller who sent it (its API key), holds only a successful answer, and expires after
/// Idempotency:RetentionHours; a keyed POST /v1/reconciliations keeps a hash, not the answer.
/// </summary>
public sealed class IdempotencyScopeTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    private static Task<HttpResponseMessage> Post(HttpClient client, string url, string body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Http.Json(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Another_caller_with_the_same_key_and_body_gets_its_own_answer_not_the_first_callers()
    {
        var first = await _app.CreateClientAsync("finance-officer", "Regio Eigen");
        var second = await _app.CreateClientAsync("finance-officer", "Regio Eigen");
        var body = Http.SmallScenario(organisation: "Regio Eigen");

        var a = await Post(first, "/v1/scenarios", body, "shared-key");
        var b = await Post(second, "/v1/scenarios", body, "shared-key");

        b.StatusCode.Should().Be(HttpStatusCode.Created);
        b.Headers.Contains("Idempotent-Replayed").Should().BeFalse("the key is another caller's");
        b.Headers.Location.Should().NotBe(a.Headers.Location);
    }

    [Fact]
    public async Task Another_callers_key_with_another_body_is_not_422()
    {
        var first = await _app.CreateClientAsync("finance-officer", "Regio Eigen");
        var other = await _app.CreateClientAsync("finance-officer", "Regio Ander");
        await Post(first, "/v1/scenarios", Http.SmallScenario(organisation: "Regio Eigen"), "their-key");

        var response = await Post(other, "/v1/scenarios", Http.SmallScenario(organisation: "Regio Ander"), "their-key");

        response.StatusCode.Should().Be(HttpStatusCode.Created, "nobody learns that another caller used a key");
    }

    [Fact]
    public async Task A_refusal_is_not_stored_so_the_same_key_may_be_retried_after_the_cause()
    {
        var officer = await _app.CreateClientAsync("finance-officer", "Regio Eigen");

        await (await Post(officer, "/v1/scenarios", Http.SmallScenario(organisation: "Regio Ander"), "retry-key")).ShouldBeProblem(403);
        var retried = await Post(officer, "/v1/scenarios", Http.SmallScenario(organisation: "Regio Eigen"), "retry-key");

        retried.StatusCode.Should().Be(HttpStatusCode.Created, "the 403 was not stored under the key");
        Count("SELECT count(*) FROM idempotency_keys").Should().Be(1);
    }

    [Fact]
    public async Task A_stored_answer_expires_after_the_retention_and_is_cleaned_up()
    {
        var client = _app.CreateClient("finance-officer", "Gemeente Testdorp");
        var first = await Post(client, "/v1/scenarios", Http.SmallScenario("Eerste"), "old-key");

        _app.Clock.Now += TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1);
        var later = await Post(client, "/v1/scenarios", Http.SmallScenario("Tweede"), "old-key");

        later.StatusCode.Should().Be(HttpStatusCode.Created, "after 24 hours the key is free again, not a 422");
        later.Headers.Location.Should().NotBe(first.Headers.Location);
        _app.Clock.Now += TimeSpan.FromHours(25);
        (await _app.Services.GetRequiredService<IdempotencyCleanup>().RemoveExpiredAsync(CancellationToken.None)).Should().Be(1);
        Count("SELECT count(*) FROM idempotency_keys").Should().Be(0);
    }

    [Fact]
    public async Task A_keyed_reconciliation_stores_a_hash_and_recomputes_on_replay()
    {
        var client = _app.CreateClient("finance-officer", "Gemeente Testdorp");
        var first = await Post(client, "/v1/reconciliations", Repository.GooiEnVechtstreek, "reconcile-key");
        var replay = await Post(client, "/v1/reconciliations", Repository.GooiEnVechtstreek, "reconcile-key");

        var answer = await first.Content.ReadAsByteArrayAsync();
        (await replay.Content.ReadAsByteArrayAsync()).Should().Equal(answer);
        replay.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        Count("SELECT length(response_body) FROM idempotency_keys").Should().Be(32, "only the SHA-256 of the answer is kept, not its bytes");
        answer.Length.Should().BeGreaterThan(1000);
    }

    private long Count(string sql)
    {
        using var connection = _app.OpenDatabaseAsync().GetAwaiter().GetResult();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
