using System.Net;
using System.Text;
using BudgetEngine.Api.Infrastructure.Security;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>Keys are never stored or logged in clear: only the SHA-256 hash and an 8-character prefix are kept.</summary>
public sealed class KeySecrecyTests
{
    [SqliteOnlyFact]
    public async Task No_key_appears_in_the_logs_or_the_database_file()
    {
        using var app = new BudgetEngineApplication { CaptureLevel = LogLevel.Trace };
        var key = await UseANewKeyEveryWay(app);

        SqliteConnection.ClearAllPools();
        var bytes = Files(app.DatabasePath).SelectMany(File.ReadAllBytes).ToArray();
        foreach (var secret in new[] { key, BudgetEngineApplication.AdminKey })
        {
            Contains(bytes, Encoding.UTF8.GetBytes(secret)).Should().BeFalse("the database holds only hashes");
            Contains(bytes, ApiKeySecrets.Hash(secret)).Should().BeTrue("the key's SHA-256 hash is what is stored");
        }
    }

    [PostgresOnlyFact]
    public async Task No_key_appears_in_the_logs_or_any_row_of_the_PostgreSQL_schema()
    {
        using var app = new BudgetEngineApplication { CaptureLevel = LogLevel.Trace };
        var key = await UseANewKeyEveryWay(app);

        // Every row of every table of the API's schema as PostgreSQL writes it out (bytea as \x and lower-case hex).
        await using var connection = await app.OpenDatabaseAsync();
        var tables = (await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")).ToArray();
        tables.Should().Contain("api_keys");
        var rows = new List<string>();
        foreach (var table in tables) rows.AddRange(await connection.QueryAsync<string>($"SELECT t::text FROM \"{table}\" t"));
        var stored = string.Join("\n", rows);
        foreach (var secret in new[] { key, BudgetEngineApplication.AdminKey })
        {
            stored.Should().NotContain(secret, "the database holds only hashes");
            stored.Should().Contain(Convert.ToHexStringLower(ApiKeySecrets.Hash(secret)), "the key's SHA-256 hash is what is stored");
        }
    }

    /// <summary>
    /// Creates a finance officer's key through the API and uses it for a write, a 403, a near miss (401) and a 400, all
    /// logged at Trace; checks that neither it nor the admin key is in the logs, and gives it.
    /// </summary>
    private static async Task<string> UseANewKeyEveryWay(BudgetEngineApplication app)
    {
        var created = await (await app.CreateAdminClient().PostAsync("/v1/keys",
            Http.Json("""{"organisation": "Regio Eigen", "roles": ["finance-officer"]}"""))).ReadJson();
        var key = created["key"]!.GetValue<string>();
        var officer = app.CreateClientWithKey(key);
        await officer.Create(Http.SmallScenario(organisation: "Regio Eigen"));
        await officer.GetAsync("/v1/keys");                                    // 403
        await app.CreateClientWithKey(key + "x").GetAsync("/v1/scenarios");    // 401 with a near miss
        await officer.PostAsync("/v1/scenarios", Http.Json("{ not json"));     // 400

        var logs = string.Join("\n", app.Logs.Messages);
        logs.Should().NotBeEmpty();
        logs.Should().NotContain(key).And.NotContain(BudgetEngineApplication.AdminKey);
        return key;
    }

    [Fact]
    public void Generated_keys_are_256_bits_of_randomness()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeySecrets.Generate()).ToArray();

        keys.Should().OnlyHaveUniqueItems();
        keys.Should().AllSatisfy(k => Convert.FromBase64String(k[3..].Replace('-', '+').Replace('_', '/') + "=").Should().HaveCount(32));
    }

    [Fact]
    public void A_key_matches_only_its_own_hash()
    {
        var key = ApiKeySecrets.Generate();

        ApiKeySecrets.Matches(key, ApiKeySecrets.Hash(key)).Should().BeTrue();
        ApiKeySecrets.Matches(key[..^1] + (key[^1] == 'A' ? 'B' : 'A'), ApiKeySecrets.Hash(key)).Should().BeFalse();
    }

    private static IEnumerable<string> Files(string database) =>
        new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists);

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
