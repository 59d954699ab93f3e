using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Xunit;

namespace BudgetEngine.TestSupport;

/// <summary>
/// Which database the tests of the API run against: a SQLite file each (the default), or PostgreSQL when
/// BUDGETENGINE_TEST_PROVIDER is "postgres", on the server whose Npgsql connection string BUDGETENGINE_TEST_POSTGRES
/// gives (<c>eval "$(scripts/postgres-cluster start)"</c> sets it; .ci/run runs the storage tests a second time so). On
/// PostgreSQL every database a test would have had as a file is a schema of its own, named after the file's path, so a
/// test that restarts the API over one file restarts it over one schema.
/// </summary>
public static class TestDatabase
{
    /// <summary>The environment variable that switches the tests to PostgreSQL (value "postgres").</summary>
    public const string ProviderVariable = "BUDGETENGINE_TEST_PROVIDER";

    /// <summary>The environment variable with the connection string of the PostgreSQL server the tests may use.</summary>
    public const string Variable = "BUDGETENGINE_TEST_POSTGRES";

    /// <summary>Whether the tests run against PostgreSQL.</summary>
    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string BUDGETENGINE_TEST_POSTGRES gives (only asked for when the tests run against PostgreSQL).</summary>
    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connection
            ? connection
            : throw new InvalidOperationException(
                $"{ProviderVariable}=postgres but {Variable} is not set: start a cluster with eval \"$(scripts/postgres-cluster start)\".");

    /// <summary>Why a test of SQLite's own behaviour (its file, its locks) does not run against PostgreSQL.</summary>
    public const string SqliteOnlyReason = "about SQLite's file or locks; the tests run against PostgreSQL (" + ProviderVariable + ")";

    /// <summary>
    /// The API's settings for the database that stands for <paramref name="path"/>: Database:Path, or on PostgreSQL
    /// Database:Provider and Database:ConnectionString of its schema (created when absent).
    /// </summary>
    public static Dictionary<string, string?> Settings(string path) => IsPostgres
        ? new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["Database:ConnectionString"] = SchemaConnectionString(path),
        }
        : new Dictionary<string, string?> { ["Database:Path"] = path };

    /// <summary>The connection string of the schema that stands for <paramref name="path"/>, created (empty) when absent.</summary>
    public static string SchemaConnectionString(string path)
    {
        var schema = SchemaOf(path);
        using (var connection = new NpgsqlConnection(PostgresConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {schema}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(PostgresConnectionString) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Drops the schema that stands for <paramref name="path"/> with everything in it (nothing on SQLite).</summary>
    public static void Drop(string path)
    {
        if (!IsPostgres) return;
        using var connection = new NpgsqlConnection(PostgresConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {SchemaOf(path)} CASCADE", connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The schema's name: "t_" and 24 hex digits of the path's SHA-256 (safe as an identifier as it is).</summary>
    public static string SchemaOf(string path) =>
        "t_" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..24].ToLowerInvariant();
}

/// <summary>A test of SQLite's own behaviour (its file, its locks): skipped, saying why, when the tests run against PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestDatabase.IsPostgres) Skip = TestDatabase.SqliteOnlyReason;
    }
}

/// <summary>A test of what only a database shared by several API instances does: skipped, saying why, unless the tests run against PostgreSQL.</summary>
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute()
    {
        if (!TestDatabase.IsPostgres) Skip = "needs a database shared by several API instances: run with " + TestDatabase.ProviderVariable + "=postgres";
    }
}
