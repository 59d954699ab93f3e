using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetEngine.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BudgetEngine.Durability.Tests.Server;

/// <summary>
/// Reads a database file directly (its own unpooled connection), to check what the API cannot show; on PostgreSQL
/// (<see cref="TestDatabase"/>) the schema that stands for the file, where the queries say so.
/// </summary>
public static class StoredDatabase
{
    /// <summary>An unpooled read-write connection (read-write so that it may recover a WAL left by a killed process).</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>An unpooled connection that creates the file.</summary>
    public static SqliteConnection OpenNew(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The rows of PRAGMA integrity_check: exactly "ok" for a sound file.</summary>
    public static IReadOnlyList<string> IntegrityCheck(string path) => Strings(path, "PRAGMA integrity_check;");

    /// <summary>
    /// Every way the stored scenarios could be half-written, as readable sentences; empty when there is none:
    /// a scenario whose versions are not exactly 1..current_version, a version without its scenario, a body that is not
    /// JSON, a deletion flag that disagrees with the tombstone, an idempotency record of a creation that points nowhere,
    /// and on SQLite a broken foreign key (PostgreSQL enforces them on every write). The same on both providers.
    /// </summary>
    public static IReadOnlyList<string> HalfWrittenRows(string path) =>
    [
        .. Strings(path, """
            SELECT 'scenario ' || s.id || ' is at version ' || s.current_version || ' but has ' || count(v.version) || ' versions up to ' || coalesce(max(v.version), 0)
            FROM scenarios s LEFT JOIN scenario_versions v ON v.scenario_id = s.id
            GROUP BY s.id, s.current_version
            HAVING count(v.version) <> s.current_version OR coalesce(max(v.version), 0) <> s.current_version OR coalesce(min(v.version), 0) <> 1
            """),
        .. Strings(path, """
            SELECT 'version ' || v.version || ' of ' || v.scenario_id || ' has no scenario'
            FROM scenario_versions v LEFT JOIN scenarios s ON s.id = v.scenario_id WHERE s.id IS NULL
            """),
        .. Rows(path, "SELECT scenario_id, version, body FROM scenario_versions")
            .Where(row => !IsJson(row[2]))
            .Select(row => $"version {row[1]} of {row[0]} has a body that is not JSON"),
        .. Strings(path, """
            SELECT 'scenario ' || s.id || ' disagrees with its latest version on being deleted'
            FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = s.current_version
            WHERE (CASE WHEN s.deleted_at IS NULL THEN 0 ELSE 1 END) <> (CASE WHEN v.deleted THEN 1 ELSE 0 END)
            """),
        .. CreationsPointingNowhere(path),
        .. (TestDatabase.IsPostgres ? [] : Strings(path, "SELECT 'foreign key broken in ' || \"table\" FROM pragma_foreign_key_check")),
    ];

    /// <summary>How many scenarios (deleted ones included) have a name that contains <paramref name="text"/>.</summary>
    public static long ScenariosNamed(string path, string text) =>
        Rows(path, "SELECT name FROM scenarios").Count(row => row[0].Contains(text, StringComparison.Ordinal));

    /// <summary>The first column of every row of <paramref name="sql"/>, as text.</summary>
    public static IReadOnlyList<string> Strings(string path, string sql) => Rows(path, sql).Select(row => row[0]).ToArray();

    /// <summary>Every row of <paramref name="sql"/>, each column as text ("NULL" for null).</summary>
    public static IReadOnlyList<string[]> Rows(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)
                .ToArray());
        }
        return rows;
    }

    /// <summary>One scalar of <paramref name="sql"/>.</summary>
    public static long Count(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An open connection to the database that <paramref name="path"/> stands for: the SQLite file, or its PostgreSQL schema.</summary>
    public static DbConnection Connect(string path)
    {
        if (!TestDatabase.IsPostgres) return Open(path);
        var connection = new NpgsqlConnection(TestDatabase.SchemaConnectionString(path));
        connection.Open();
        return connection;
    }

    private static IEnumerable<string> CreationsPointingNowhere(string path)
    {
        var scenarios = Strings(path, "SELECT id FROM scenarios").Select(id => $"/v1/scenarios/{id}").ToHashSet();
        foreach (var row in Rows(path, "SELECT key, response_headers FROM idempotency_keys WHERE status = 201 AND path = '/v1/scenarios'"))
        {
            var location = JsonNode.Parse(row[1])?["Location"]?.GetValue<string>();
            if (location is null || !scenarios.Contains(location)) yield return $"idempotency key {row[0]} answered {location ?? "NULL"}, which does not exist";
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
