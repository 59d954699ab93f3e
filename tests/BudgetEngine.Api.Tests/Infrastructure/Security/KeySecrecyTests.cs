using System.Net;
using System.Text;
using BudgetEngine.Api.Infrastructure.Security;
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

        SqliteConnection.ClearAllPools();
        var bytes = Files(app.DatabasePath).SelectMany(File.ReadAllBytes).ToArray();
        foreach (var secret in new[] { key, BudgetEngineApplication.AdminKey })
        {
            Contains(bytes, Encoding.UTF8.GetBytes(secret)).Should().BeFalse("the database holds only hashes");
            Contains(bytes, ApiKeySecrets.Hash(secret)).Should().BeTrue("the key's SHA-256 hash is what is stored");
        }
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
