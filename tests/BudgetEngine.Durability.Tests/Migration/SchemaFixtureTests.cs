using System.Net;
using BudgetEngine.Durability.Tests.Server;

namespace BudgetEngine.Durability.Tests.Migration;

/// <summary>A database made by an earlier schema version (fixtures/schema-v&lt;N&gt;.db) opens, migrates and keeps every row.</summary>
[Trait("Category", "Durability")]
public sealed class SchemaFixtureTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private ApiServer? _server;

    public void Dispose()
    {
        _server?.Dispose();
        _database.Dispose();
    }

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in SchemaFixture.All()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public async Task The_current_schema_version_has_a_fixture_database()
    {
        var path = SchemaFixture.PathFor(SchemaFixture.CurrentSchemaVersion);
        if (!File.Exists(path) && Environment.GetEnvironmentVariable("BUDGETENGINE_APPROVE") == "1")
        {
            (await SchemaFixture.GenerateAsync()).Should().Be(path);
        }
        File.Exists(path).Should().BeTrue(
            $"every schema version keeps a fixture database, so that the next migration is tested against real data of this one; "
            + $"make {Path.GetFileName(path)} with scripts/make-schema-fixture (BUDGETENGINE_APPROVE=1) and commit it");
        SchemaFixture.All().Should().Contain(path);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_fixture_database_opens_migrates_and_keeps_every_scenario_version_and_key(string fixture)
    {
        var source = Path.Combine(Repository.Fixtures, fixture);
        File.Copy(source, _database.Path);
        var tables = SchemaFixture.Tables.Where(t => SchemaFixture.Columns(source, t).Count > 0).ToArray(); // a table later migrations add is not in an older fixture
        var before = tables.ToDictionary(t => t, t => SchemaFixture.Columns(source, t));
        var rowsBefore = tables.ToDictionary(t => t, t => SchemaFixture.Rows(source, t, before[t]));
        rowsBefore["scenarios"].Should().HaveCountGreaterThanOrEqualTo(4, "a fixture holds enough to be worth migrating");
        StoredDatabase.Count(source, "SELECT count(*) FROM scenario_versions WHERE deleted = 1").Should().BePositive("a fixture holds a tombstone");
        StoredDatabase.Count(source, "SELECT max(version) FROM scenario_versions").Should().BeGreaterThan(1, "a fixture holds a changed scenario");

        // A fixture's keys were saved when it was made, longer ago than Idempotency:RetentionHours: kept long enough here to replay one.
        _server = await ApiServer.StartAsync(_database.Path, new Dictionary<string, string> { ["Idempotency__RetentionHours"] = "1000000" });

        var health = await (await _server.Client.GetAsync("health")).ReadJson();
        health["schemaVersion"]!.GetValue<int>().Should().Be(SchemaFixture.CurrentSchemaVersion, $"{fixture} is migrated to the current schema");
        StoredDatabase.Strings(_database.Path, "SELECT version FROM schema_migrations ORDER BY version")
            .Should().Equal(Enumerable.Range(1, SchemaFixture.CurrentSchemaVersion).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var table in tables)
        {
            // The server may add rows of its own at start (this run's BUDGETENGINE_ADMIN_KEY), never change or lose one.
            SchemaFixture.Rows(_database.Path, table, before[table]).Should().Contain(rowsBefore[table], $"every row of {table} in {fixture} survives the migration unchanged");
        }
        StoredDatabase.IntegrityCheck(_database.Path).Should().Equal("ok");
        StoredDatabase.HalfWrittenRows(_database.Path).Should().BeEmpty();

        var client = _server.Client;
        foreach (var row in StoredDatabase.Strings(_database.Path, "SELECT scenario_id || ' ' || version || ' ' || deleted || ' ' || json_extract(body, '$.name') FROM scenario_versions"))
        {
            var parts = row.Split(' ', 4);
            var version = await client.GetAsync($"v1/scenarios/{parts[0]}/versions/{parts[1]}");
            version.StatusCode.Should().Be(HttpStatusCode.OK, $"{fixture}: version {parts[1]} of {parts[0]} is readable");
            var json = await version.ReadJson();
            json["scenario"]!["name"]!.GetValue<string>().Should().Be(parts[3]);
            json["deleted"]!.GetValue<bool>().Should().Be(parts[2] == "1");
        }
        foreach (var id in StoredDatabase.Strings(_database.Path, "SELECT id FROM scenarios WHERE deleted_at IS NULL"))
        {
            (await client.GetAsync($"v1/scenarios/{id}/reconciliation")).StatusCode.Should().Be(HttpStatusCode.OK, $"{fixture}: {id} still reconciles");
        }

        if (tables.Contains("duvo_plan_versions"))
        {
            foreach (var row in StoredDatabase.Strings(_database.Path, "SELECT centrumgemeente || ' ' || year || ' ' || version FROM duvo_plan_versions"))
            {
                var (code, year, version) = (row.Split(' ')[0], row.Split(' ')[1], row.Split(' ')[2]);
                (await client.GetAsync($"v1/centrumgemeenten/{code}/duvo/{year}/plan/versions/{version}")).StatusCode
                    .Should().Be(HttpStatusCode.OK, $"{fixture}: DU VO plan {code} {year} version {version} is readable");
                (await client.GetAsync($"v1/centrumgemeenten/{code}/duvo/{year}/breakdown?version={version}")).StatusCode
                    .Should().Be(HttpStatusCode.OK, $"{fixture}: DU VO plan {code} {year} version {version} still breaks down");
            }
            StoredDatabase.Count(_database.Path, "SELECT count(*) FROM duvo_distribution_versions").Should().Be(
                StoredDatabase.Count(source, "SELECT count(*) FROM duvo_distribution_versions"));
        }

        var replay = await client.PostScenario(Bodies.Scenario("Fixture: changed twice"), "fixture-create-key");
        // Keys saved before they were scoped (scope '') replay for any caller until they expire; a scoped key only for the API
        // key that saved it, which in a fixture is the admin key of the run that made it, not this run's.
        var scoped = StoredDatabase.Count(source, "SELECT count(*) FROM pragma_table_info('idempotency_keys') WHERE name = 'scope'") > 0;
        replay.Headers.Contains("Idempotent-Replayed").Should().Be(!scoped, scoped
            ? $"{fixture}: a key another API key saved is not this caller's"
            : $"{fixture}: a key saved before the migration still replays");
        var latest = await client.GetAsync(replay.Headers.Location!.OriginalString.TrimStart('/'));
        (await client.PutScenario(replay.IdFromLocation(), Bodies.Scenario("After the migration"), latest.ETag()))
            .StatusCode.Should().Be(HttpStatusCode.OK, $"{fixture}: a migrated scenario takes a new version");
    }
}
