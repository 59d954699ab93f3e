using System.Net;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Security;
using Dapper;

namespace BudgetEngine.Api.Tests.Infrastructure.Persistence;

/// <summary>
/// Two API instances over one PostgreSQL schema, in this process: what they share is only the database, so whatever
/// holds across them is held by the database (row locks, advisory locks, notifications), not by either process.
/// </summary>
public sealed class SharedDatabaseTests : IDisposable
{
    private readonly string _path = BudgetEngineApplication.NewDatabasePath();

    public void Dispose() => BudgetEngineApplication.DeleteDatabase(_path);

    [PostgresOnlyFact]
    public async Task Of_sixteen_concurrent_puts_with_one_etag_through_two_instances_exactly_one_wins()
    {
        using var first = new BudgetEngineApplication(_path);
        using var second = new BudgetEngineApplication(_path);
        var (key, _) = await first.CreateKeyAsync("Gemeente Testdorp", Roles.FinanceOfficer);
        HttpClient[] clients = [first.CreateClientWithKey(key), second.CreateClientWithKey(key)];
        var created = await clients[0].Create(Http.SmallScenario("Shared"));
        var id = (await created.ReadJson())["id"]!.GetValue<string>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            clients[i % 2].Put($"/v1/scenarios/{id}", Http.SmallScenario($"Shared, writer {i}"), created.ETag())));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).Should().Be(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.PreconditionFailed).Should().Be(15);
        (await (await clients[1].GetAsync($"/v1/scenarios/{id}/versions")).ReadJson()).AsArray().Should().HaveCount(2, "version 1 and the one winner");
    }

    [PostgresOnlyFact]
    public async Task Sixteen_concurrent_posts_with_one_idempotency_key_through_two_instances_make_one_scenario()
    {
        using var first = new BudgetEngineApplication(_path);
        using var second = new BudgetEngineApplication(_path);
        var (key, _) = await first.CreateKeyAsync("Gemeente Testdorp", Roles.FinanceOfficer);
        HttpClient[] clients = [first.CreateClientWithKey(key), second.CreateClientWithKey(key)];

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/scenarios") { Content = Http.Json(Http.SmallScenario("Once")) };
            request.Headers.Add("Idempotency-Key", "one-key");
            return clients[i % 2].SendAsync(request);
        }));

        answers.Should().AllSatisfy(a => a.StatusCode.Should().Be(HttpStatusCode.Created));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        bodies.Distinct().Should().ContainSingle("every reply is the first one's, byte for byte");
        (await (await clients[1].GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(1);
    }

    [PostgresOnlyFact]
    public async Task A_key_revoked_through_one_instance_is_refused_by_the_other_at_once()
    {
        using var first = new BudgetEngineApplication(_path);
        using var second = new BudgetEngineApplication(_path);
        var (key, keyId) = await first.CreateKeyAsync("Gemeente Testdorp", Roles.Reader);
        var reader = second.CreateClientWithKey(key);
        (await reader.GetAsync("/v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK, "the second instance now remembers the key (30 s by default)");

        (await first.CreateAdminClient().DeleteAsync($"/v1/keys/{keyId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await Eventually(async () => (await reader.GetAsync("/v1/scenarios")).StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5));
    }

    [PostgresOnlyFact]
    public async Task Two_instances_starting_together_migrate_once_and_store_the_admin_key_once()
    {
        using var first = new BudgetEngineApplication(_path);
        using var second = new BudgetEngineApplication(_path);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        var applied = first.Logs.Messages.Concat(second.Logs.Messages).Count(m => m.Contains("Applied schema migration", StringComparison.Ordinal));
        var migrations = SqlDialect.Postgres.Migrations.Count;
        applied.Should().Be(migrations, "every migration, each applied by one instance");
        await using var connection = await first.OpenDatabaseAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations")).Should().Be(migrations);
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM api_keys")).Should().Be(1, "the admin key both were given is stored once");
        (await second.CreateAnonymousClient().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task Eventually(Func<Task<bool>> condition, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (!await condition())
        {
            DateTime.UtcNow.Should().BeBefore(until, "the condition should hold within {0}", within);
            await Task.Delay(50);
        }
    }
}
