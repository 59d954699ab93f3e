namespace BudgetEngine.Api.Tests.Infrastructure.Persistence;

public sealed class BusyDatabaseTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new(settings: new Dictionary<string, string?>
    {
        ["Database:BusyTimeoutSeconds"] = "1",
        ["Database:MaxRetryAttempts"] = "1",
        ["Database:RetryBaseDelayMilliseconds"] = "10",
        ["Database:RetryAfterSeconds"] = "3",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_write_that_stays_locked_answers_503_with_retry_after_and_not_500()
    {
        var client = _app.CreateClient("finance-officer", "Gemeente Testdorp");
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();

        await using (var blocker = await _app.OpenDatabaseAsync())
        {
            // SQLite: the file's write lock; PostgreSQL: the table in a mode that lets only plain reads through.
            await using var hold = blocker.CreateCommand();
            hold.CommandText = TestDatabase.IsPostgres ? "BEGIN; LOCK TABLE scenarios IN EXCLUSIVE MODE;" : "BEGIN EXCLUSIVE;";
            await hold.ExecuteNonQueryAsync();

            var response = await client.PostAsync("/v1/scenarios", Http.Json(Http.SmallScenario()));

            await response.ShouldBeProblem(503);
            response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
            hold.CommandText = "ROLLBACK;";
            await hold.ExecuteNonQueryAsync();
        }

        (await client.PostAsync("/v1/scenarios", Http.Json(Http.SmallScenario()))).StatusCode.Should().Be(System.Net.HttpStatusCode.Created, "the lock is gone");
    }
}
