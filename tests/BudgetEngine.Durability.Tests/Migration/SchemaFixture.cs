using System.Net;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Durability.Tests.Server;
using Microsoft.Data.Sqlite;

namespace BudgetEngine.Durability.Tests.Migration;

/// <summary>
/// The fixture databases: fixtures/schema-v&lt;N&gt;.db was made by the API when its latest migration was N, through its
/// own HTTP API (so it holds what that version really wrote), then checkpointed into one self-contained file.
/// </summary>
public static class SchemaFixture
{
    /// <summary>The highest migration the API under test knows.</summary>
    public static int CurrentSchemaVersion => Migrations.All.Max(m => m.Version);

    /// <summary>The fixture file for a schema version.</summary>
    public static string PathFor(int schemaVersion) => Path.Combine(Repository.Fixtures, $"schema-v{schemaVersion}.db");

    /// <summary>Every committed fixture, oldest schema first.</summary>
    public static IEnumerable<string> All() =>
        Directory.Exists(Repository.Fixtures)
            ? Directory.GetFiles(Repository.Fixtures, "schema-v*.db").OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)
            : [];

    /// <summary>The tables whose every row a migration must keep.</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "scenarios", "scenario_versions", "idempotency_keys",
        "duvo_distributions", "duvo_distribution_versions", "duvo_plans", "duvo_plan_versions",
        "api_keys", "audit_log", "municipality_lists", "municipality_list_versions",
    ];

    private const string Distribution = """
        { "description": "Fixture (illustrative figures)", "macroBudget": 1000000, "phaseIn": 0.5,
          "transitionBudget": { "name": "Transitiebudget", "amount": 100000 }, "lossCap": { "maxFraction": 0.05 },
          "centrumgemeenten": [
            { "code": "GM0307", "name": "Amersfoort", "historical": 400000, "keyWeight": 3 },
            { "code": "GM0344", "name": "Utrecht", "historical": 600000, "keyWeight": 7 } ] }
        """;

    private static string PlanFromDistribution(decimal opvang) => $$"""
        { "name": "Utrecht", "categories": [
            { "name": "Veilig Thuis", "amount": 1000000,
              "parts": [{ "name": "Veilig Thuis voor minderjarigen", "amount": 250000, "source": "Jeugd", "tags": ["minors"] }] },
            { "name": "Opvang en begeleiding", "amount": {{opvang.ToString(System.Globalization.CultureInfo.InvariantCulture)}} } ] }
        """;

    /// <summary>Stores a list of municipalities and replaces it once.</summary>
    private static async Task StoreMunicipalitiesAsync(HttpClient client)
    {
        const string List = """
            { "source": "Fixture (extract of CBS, Gemeentelijke indelingen per jaar)", "date": "2026-01-01",
              "municipalities": [ { "code": "GM0344", "name": "Utrecht" },
                                  { "code": "GM0620", "name": "Vianen", "validUntil": "2018-12-31", "successors": ["GM1961"] },
                                  { "code": "GM1961", "name": "Vijfheerenlanden", "validFrom": "2019-01-01" } ] }
            """;
        var first = await client.PutJson("v1/municipalities", List);
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PutJson("v1/municipalities", List, first.ETag())).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Creates a finance officer's key and a reader's key, and revokes the reader's.</summary>
    private static async Task StoreKeysAsync(HttpClient client)
    {
        (await client.PostAsync("v1/keys", Bodies.Json("""{ "organisation": "Gemeente Duurzaam", "roles": ["finance-officer"], "name": "Fixture: finance" }""")))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var reader = await client.PostAsync("v1/keys", Bodies.Json("""{ "organisation": "Gemeente Duurzaam", "roles": ["reader"], "name": "Fixture: revoked" }"""));
        reader.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await reader.ReadJson())["details"]!["id"]!.GetValue<string>();
        (await client.DeleteAsync($"v1/keys/{id}")).IsSuccessStatusCode.Should().BeTrue();
    }

    /// <summary>Stores the DU VO sample plans, a national distribution, and a plan that takes its payment from it, changed twice.</summary>
    private static async Task StoreDuVoAsync(HttpClient client)
    {
        foreach (var sample in Directory.GetFiles(Path.Combine(Repository.Root, "samples", "duvo"), "plan-GM*.json").Order(StringComparer.Ordinal))
        {
            var parts = Path.GetFileNameWithoutExtension(sample).Split('-');
            (await client.PutJson($"v1/centrumgemeenten/{parts[1]}/duvo/{parts[2]}/plan", await File.ReadAllTextAsync(sample)))
                .StatusCode.Should().Be(HttpStatusCode.Created, sample);
        }
        (await client.PutJson("v1/duvo/2016/distribution", Distribution)).StatusCode.Should().Be(HttpStatusCode.Created);
        var plan = await client.PutJson("v1/centrumgemeenten/GM0344/duvo/2016/plan", PlanFromDistribution(400000m));
        plan.StatusCode.Should().Be(HttpStatusCode.Created);
        var second = await client.PutJson("v1/centrumgemeenten/GM0344/duvo/2016/plan", PlanFromDistribution(410000m), plan.ETag());
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PutJson("v1/centrumgemeenten/GM0344/duvo/2016/plan", PlanFromDistribution(420000m), second.ETag()))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>
    /// Writes fixtures/schema-v&lt;current&gt;.db: the API over a new file stores the samples and a small scenario, changes one
    /// twice, deletes one (a tombstone), answers two keyed POSTs, and stores DU VO plans and a distribution (one plan changed twice); then the file is checkpointed and vacuumed on its own.
    /// </summary>
    public static async Task<string> GenerateAsync()
    {
        using var database = new TemporaryDatabase();
        using (var server = await ApiServer.StartAsync(database.Path))
        {
            var client = server.Client;
            foreach (var sample in Directory.GetFiles(Path.Combine(Repository.Root, "samples"), "*.json").Order(StringComparer.Ordinal))
            {
                (await client.PostScenario(await File.ReadAllTextAsync(sample))).StatusCode.Should().Be(HttpStatusCode.Created, sample);
            }
            var changed = await client.PostScenario(Bodies.Scenario("Fixture: changed twice"), "fixture-create-key");
            changed.StatusCode.Should().Be(HttpStatusCode.Created);
            var second = await client.PutScenario(changed.IdFromLocation(), Bodies.Scenario("Fixture: changed twice (v2)", projectleider: 21000m), changed.ETag());
            second.StatusCode.Should().Be(HttpStatusCode.OK);
            (await client.PutScenario(changed.IdFromLocation(), Bodies.Scenario("Fixture: changed twice (v3)", projectleider: 22000m), second.ETag()))
                .StatusCode.Should().Be(HttpStatusCode.OK);
            var deleted = await client.PostScenario(Bodies.Scenario("Fixture: deleted"));
            (await client.DeleteScenario(deleted.IdFromLocation(), deleted.ETag())).StatusCode.Should().Be(HttpStatusCode.NoContent);
            var reconcile = new HttpRequestMessage(HttpMethod.Post, "v1/reconciliations") { Content = Bodies.Json(Bodies.Scenario("Fixture: reconciled")) };
            reconcile.Headers.Add("Idempotency-Key", "fixture-reconcile-key");
            (await client.SendAsync(reconcile)).StatusCode.Should().Be(HttpStatusCode.OK);
            if (CurrentSchemaVersion >= 2) await StoreDuVoAsync(client);
            if (CurrentSchemaVersion >= 3) await StoreKeysAsync(client);
            if (CurrentSchemaVersion >= 5) await StoreMunicipalitiesAsync(client);
            server.Kill();
        }

        using (var connection = StoredDatabase.Open(database.Path))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE; VACUUM;";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        var schema = (int)StoredDatabase.Count(database.Path, "SELECT max(version) FROM schema_migrations");
        var target = PathFor(schema);
        Directory.CreateDirectory(Repository.Fixtures);
        File.Copy(database.Path, target, overwrite: true);
        return target;
    }

    /// <summary>Every row of a table as text (each column quoted), limited to the given columns, sorted.</summary>
    public static IReadOnlyList<string> Rows(string path, string table, IReadOnlyList<string> columns) =>
        StoredDatabase.Strings(path, $"SELECT {string.Join(" || '|' || ", columns.Select(c => $"quote(\"{c}\")"))} FROM \"{table}\"")
            .Order(StringComparer.Ordinal).ToArray();

    /// <summary>The column names of a table.</summary>
    public static IReadOnlyList<string> Columns(string path, string table) =>
        StoredDatabase.Strings(path, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");
}
