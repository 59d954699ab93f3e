using System.Net;
using BudgetEngine.Api.Infrastructure.Idempotency;
using BudgetEngine.Api.Infrastructure.Security;
using Dapper;

namespace BudgetEngine.Api.Tests.Infrastructure.Idempotency;

/// <summary>
/// A duplicate of a keyed POST waits for the first request with its key at most Database:BusyTimeoutSeconds (1 s here);
/// when the first is still at work then, it answers 409 problem+json with Retry-After (2 s here), and the same request
/// sent again once the first has finished gets the first's answer.
/// </summary>
public sealed class KeyInProgressTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new(settings: new Dictionary<string, string?>
    {
        ["Database:BusyTimeoutSeconds"] = "1",
        ["Database:MaxRetryAttempts"] = "3", // the first request, held by a lock, keeps trying for about 4 s
        ["Database:RetryBaseDelayMilliseconds"] = "10",
        ["Database:RetryAfterSeconds"] = "2",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_duplicate_of_a_request_still_at_work_answers_409_with_Retry_After_and_replays_the_first_answer_afterwards()
    {
        var client = await _app.CreateClientAsync(Roles.FinanceOfficer, "Gemeente Testdorp");
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
        Task<HttpResponseMessage> first;
        HttpResponseMessage duplicate;
        await using (var blocker = await _app.OpenDatabaseAsync())
        {
            // The first request gets its key, then waits for a write lock the test holds (SQLite: the file's;
            // PostgreSQL: the scenarios table's), retrying for about 4 s.
            await using var hold = blocker.CreateCommand();
            hold.CommandText = TestDatabase.IsPostgres ? "BEGIN; LOCK TABLE scenarios IN EXCLUSIVE MODE;" : "BEGIN EXCLUSIVE;";
            await hold.ExecuteNonQueryAsync();
            first = Post(client, "at-work");
            await Task.Delay(500);

            duplicate = await Post(client, "at-work");

            hold.CommandText = "ROLLBACK;";
            await hold.ExecuteNonQueryAsync();
        }

        var problem = await duplicate.ShouldBeProblem(409);
        duplicate.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(2), "Database:RetryAfterSeconds");
        problem["errors"]!.ToJsonString().Should().Contain("Idempotency-Key");
        var created = await first;
        created.StatusCode.Should().Be(HttpStatusCode.Created, "the first request goes on once the lock is gone");
        var again = await Post(client, "at-work");
        again.StatusCode.Should().Be(HttpStatusCode.Created);
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        again.Headers.Location.Should().Be(created.Headers.Location);
        (await again.Content.ReadAsStringAsync()).Should().Be(await created.Content.ReadAsStringAsync());
        (await (await client.GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(1);
    }

    [PostgresOnlyFact]
    public async Task A_duplicate_of_a_key_held_by_another_instance_answers_409_with_Retry_After_and_the_key_serves_once_it_is_free()
    {
        var (key, keyId) = await _app.CreateKeyAsync("Gemeente Testdorp", Roles.FinanceOfficer);
        var client = _app.CreateClientWithKey(key);
        HttpResponseMessage duplicate;
        await using (var otherInstance = await _app.OpenDatabaseAsync())
        {
            // What another instance's first request with the key holds while it works: the key's lock, in its transaction.
            await using var transaction = await otherInstance.BeginTransactionAsync();
            await otherInstance.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(@subject, 0))",
                new { subject = IdempotencyStore.Subject(keyId, "elsewhere") }, transaction);

            duplicate = await Post(client, "elsewhere");
        }

        await duplicate.ShouldBeProblem(409);
        duplicate.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(2));
        var first = await Post(client, "elsewhere");
        first.StatusCode.Should().Be(HttpStatusCode.Created, "the other instance stored nothing under the key, so this request is the first");
        first.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        var replay = await Post(client, "elsewhere");
        replay.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        replay.Headers.Location.Should().Be(first.Headers.Location);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/scenarios") { Content = Http.Json(Http.SmallScenario("At work")) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
