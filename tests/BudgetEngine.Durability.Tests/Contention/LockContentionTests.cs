using System.Net;
using BudgetEngine.Durability.Tests.Server;
using Microsoft.Data.Sqlite;

namespace BudgetEngine.Durability.Tests.Contention;

/// <summary>Another connection holds SQLite's write lock (BEGIN IMMEDIATE) while the API is asked to write.</summary>
[Trait("Category", "Durability")]
public sealed class LockContentionTests : IDisposable
{
    private const string RetryLogLine = "The database is busy or locked; retry";
    private readonly TemporaryDatabase _database = new();
    private ApiServer? _server;

    public void Dispose()
    {
        _server?.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Writes_blocked_longer_than_the_retry_budget_are_retried_then_answer_503_with_retry_after_and_leave_nothing_behind()
    {
        const int retries = 2;
        _server = await ApiServer.StartAsync(_database.Path, new Dictionary<string, string>
        {
            ["Database__BusyTimeoutSeconds"] = "1",
            ["Database__MaxRetryAttempts"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Database__RetryBaseDelayMilliseconds"] = "20",
            ["Database__RetryAfterSeconds"] = "7",
        });
        var client = _server.Client;
        var a = await client.PostScenario(Bodies.Scenario("[contention-a]"));
        var b = await client.PostScenario(Bodies.Scenario("[contention-b]"));
        var (idA, idB) = (a.IdFromLocation(), b.IdFromLocation());
        var before = Snapshot();

        HttpResponseMessage[] blocked;
        HttpResponseMessage readWhileLocked;
        await using (var blocker = HoldWriteLock())
        {
            var writes = new Func<Task<HttpResponseMessage>>[]
            {
                () => client.PostScenario(Bodies.Scenario("[contention-new]")),
                () => client.PostScenario(Bodies.Scenario("[contention-keyed]"), "contention-key"),
                () => client.PutScenario(idA, Bodies.Scenario("[contention-a] v2"), a.ETag()),
                () => client.DeleteScenario(idB, b.ETag()),
                () => client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "v1/reconciliations")
                {
                    Content = Bodies.Json(Bodies.Scenario("[contention-reconcile]")),
                    Headers = { { "Idempotency-Key", "contention-reconcile-key" } },
                }),
            };
            blocked = await Task.WhenAll(writes.Select(w => w()));
            readWhileLocked = await client.GetAsync($"v1/scenarios/{idA}");
        }

        foreach (var response in blocked)
        {
            await response.ShouldBeProblem(503);
            response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        }
        _server.CountLogLines(RetryLogLine).Should().Be(blocked.Length * retries, "each write was retried the configured number of times before it gave up");
        readWhileLocked.StatusCode.Should().Be(HttpStatusCode.OK, "in WAL mode reads go on while a writer holds the lock");
        Snapshot().Should().Be(before, "a write that answered 503 left nothing behind");
        StoredDatabase.IntegrityCheck(_database.Path).Should().Equal("ok");
        StoredDatabase.HalfWrittenRows(_database.Path).Should().BeEmpty();

        // The lock is gone: the same writes succeed, and the key that met 503 was never stored, so it creates now.
        (await client.PostScenario(Bodies.Scenario("[contention-new]"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var keyed = await client.PostScenario(Bodies.Scenario("[contention-keyed]"), "contention-key");
        keyed.StatusCode.Should().Be(HttpStatusCode.Created);
        keyed.Headers.Contains("Idempotent-Replayed").Should().BeFalse("the 503 stored no response under the key");
        (await client.PutScenario(idA, Bodies.Scenario("[contention-a] v2"), a.ETag())).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.DeleteScenario(idB, b.ETag())).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var replay = await client.PostScenario(Bodies.Scenario("[contention-keyed]"), "contention-key");
        replay.Headers.Location.Should().Be(keyed.Headers.Location);
        StoredDatabase.ScenariosNamed(_database.Path, "[contention-keyed]").Should().Be(1);
        StoredDatabase.IntegrityCheck(_database.Path).Should().Equal("ok");
    }

    [Fact]
    public async Task A_write_that_meets_a_lock_released_within_the_retry_budget_succeeds()
    {
        _server = await ApiServer.StartAsync(_database.Path, new Dictionary<string, string>
        {
            ["Database__BusyTimeoutSeconds"] = "1",
            ["Database__MaxRetryAttempts"] = "10",
            ["Database__RetryBaseDelayMilliseconds"] = "20",
        });
        Task<HttpResponseMessage> write;
        await using (var blocker = HoldWriteLock())
        {
            write = _server.Client.PostScenario(Bodies.Scenario("[contention-bridged]"), "bridged-key");
            for (var poll = 0; poll < 600 && _server.CountLogLines(RetryLogLine) == 0 && !write.IsCompleted; poll++)
            {
                await Task.Delay(50);
            }
            _server.CountLogLines(RetryLogLine).Should().BeGreaterThan(0, "the write met the lock and is being retried");
        }

        var response = await write;
        response.StatusCode.Should().Be(HttpStatusCode.Created, "a retry after the lock went got through");
        StoredDatabase.ScenariosNamed(_database.Path, "[contention-bridged]").Should().Be(1);
        StoredDatabase.Count(_database.Path, "SELECT count(*) FROM idempotency_keys WHERE key = 'bridged-key'").Should().Be(1);
    }

    /// <summary>A connection of its own holding SQLite's write lock until disposed (rolled back).</summary>
    private SqliteConnection HoldWriteLock()
    {
        var blocker = StoredDatabase.Open(_database.Path);
        using var begin = blocker.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO scenarios (id, organisation, name, created_at, current_version) VALUES ('blocker', 'x', 'x', 'x', 1);";
        begin.ExecuteNonQuery();
        return blocker;
    }

    /// <summary>Everything the API stores, as one comparable text.</summary>
    private string Snapshot() => string.Join('\n',
        StoredDatabase.Strings(_database.Path, "SELECT id || ' v' || current_version || ' ' || ifnull(deleted_at, '-') FROM scenarios ORDER BY id")
            .Concat(StoredDatabase.Strings(_database.Path, "SELECT scenario_id || ' ' || version FROM scenario_versions ORDER BY 1"))
            .Concat(StoredDatabase.Strings(_database.Path, "SELECT key FROM idempotency_keys ORDER BY key")));
}
