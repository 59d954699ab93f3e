using Microsoft.Data.Sqlite;

namespace BudgetEngine.Durability.Tests.Server;

/// <summary>Reads a database file directly (its own unpooled connection), to check what the API cannot show.</summary>
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
    /// JSON, a deletion flag that disagrees with the tombstone, an idempotency record of a creation that points nowhere.
    /// </summary>
    public static IReadOnlyList<string> HalfWrittenRows(string path) =>
    [
        .. Strings(path, """
            SELECT 'scenario ' || s.id || ' is at version ' || s.current_version || ' but has ' || count(v.version) || ' versions up to ' || ifnull(max(v.version), 0)
            FROM scenarios s LEFT JOIN scenario_versions v ON v.scenario_id = s.id
            GROUP BY s.id
            HAVING count(v.version) <> s.current_version OR ifnull(max(v.version), 0) <> s.current_version OR ifnull(min(v.version), 0) <> 1
            """),
        .. Strings(path, """
            SELECT 'version ' || v.version || ' of ' || v.scenario_id || ' has no scenario'
            FROM scenario_versions v LEFT JOIN scenarios s ON s.id = v.scenario_id WHERE s.id IS NULL
            """),
        .. Strings(path, "SELECT 'version ' || version || ' of ' || scenario_id || ' has a body that is not JSON' FROM scenario_versions WHERE json_valid(body) = 0"),
        .. Strings(path, """
            SELECT 'scenario ' || s.id || ' disagrees with its latest version on being deleted'
            FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = s.current_version
            WHERE (s.deleted_at IS NOT NULL) <> (v.deleted = 1)
            """),
        .. Strings(path, """
            SELECT 'idempotency key ' || k.key || ' answered ' || json_extract(k.response_headers, '$.Location') || ', which does not exist'
            FROM idempotency_keys k
            WHERE k.status = 201 AND k.path = '/v1/scenarios'
              AND NOT EXISTS (SELECT 1 FROM scenarios s WHERE '/v1/scenarios/' || s.id = json_extract(k.response_headers, '$.Location'))
            """),
        .. Strings(path, "SELECT 'foreign key broken in ' || \"table\" FROM pragma_foreign_key_check"),
    ];

    /// <summary>How many scenarios (deleted ones included) have a name that contains <paramref name="text"/>.</summary>
    public static long ScenariosNamed(string path, string text)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM scenarios WHERE instr(name, $text) > 0";
        command.Parameters.AddWithValue("$text", text);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The first column of every row of <paramref name="sql"/>, as text.</summary>
    public static IReadOnlyList<string> Strings(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.IsDBNull(0) ? "NULL" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return rows;
    }

    /// <summary>One scalar of <paramref name="sql"/>.</summary>
    public static long Count(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
