using Dapper;
using Microsoft.Data.Sqlite;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Opens the database at start. A new file (absent or empty, with no write-ahead log) is created, switched to WAL and
/// given the schema, and one write proves it writable. Files that exist and are not empty are never given a schema over them: a write-ahead log whose
/// header is damaged, a failed PRAGMA quick_check or a file without the schema stops the start with a message saying
/// what to do, and nothing is changed. Then every pending migration is applied, each in its own transaction.
/// </summary>
public sealed class DatabaseInitializer(SqliteConnectionFactory database, DatabaseFile file, TimeProvider clock, ILogger<DatabaseInitializer> logger)
    : IDatabaseInitializer
{
    /// <summary>Whether this start created the database (only then are samples loaded).</summary>
    public bool CreatedNow { get; private set; }

    /// <inheritdoc />
    /// <remarks>The start lock is nothing: SQLite serves one process.</remarks>
    public async Task<IAsyncDisposable> InitializeAsync(CancellationToken cancellationToken)
    {
        var path = database.FilePath;
        var existing = NotEmpty(path) || NotEmpty(path + "-wal");
        if (NotEmpty(path + "-wal") && WriteAheadLog.DamagedHeader(path + "-wal") is { } damage)
        {
            throw new StartRefusedException(
                $"The write-ahead log {path}-wal is damaged ({damage}); SQLite would ignore it and start without the writes it holds. "
                + "Nothing was changed. Restore the database from a backup (scripts/restore), or move the database and its -wal aside to start empty.");
        }
        try
        {
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                var check = (await connection.QueryAsync<string>("PRAGMA quick_check;")).ToList();
                if (check is not ["ok"])
                {
                    throw new StartRefusedException(
                        $"The database {path} failed PRAGMA quick_check: {Shortened(string.Join("; ", check))}. "
                        + "Nothing was changed. Restore it from a backup (scripts/restore), or move it aside to start empty.");
                }
                if (existing && await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migrations'") == 0)
                {
                    throw new StartRefusedException(
                        $"The database {path} exists and is not empty but holds no BudgetEngine schema; no schema is created over it. "
                        + "Point Database:Path at the right file, restore one from a backup (scripts/restore), or move this one aside to start empty.");
                }
                await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
                await MigrateAsync(connection, cancellationToken);
                await ProbeWriteAsync(connection, cancellationToken);
            }
            file.Hold(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException || DatabaseFaults.Describe(exception) is not null)
        {
            var fault = DatabaseFaults.Describe(exception) ?? "the folder or file cannot be written";
            throw new StartRefusedException(
                exception is SqliteException { SqliteErrorCode: 11 or 26 }
                    ? $"The database {path} cannot be read: {fault} ({exception.Message}). "
                      + "Nothing was changed. Restore it from a backup (scripts/restore), or move it aside to start empty."
                    : $"The database {path} cannot be opened for writing: {fault} ({exception.Message}). "
                      + "Is the filesystem read-only or the folder not writable by this user? Give Database:Path (environment Database__Path) a writable location.",
                exception);
        }
        CreatedNow = !existing;
        return NoStartLock.Instance;
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL
            ) STRICT;
            """);
        foreach (var migration in Migrations.All.OrderBy(m => m.Version))
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            var applied = await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version", new { migration.Version }, transaction);
            if (applied == 0)
            {
                await connection.ExecuteAsync(migration.Sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { migration.Version, migration.Name, AppliedAt = Timestamps.Format(clock.GetUtcNow()) }, transaction);
                logger.LogInformation("Applied schema migration {Version}: {Name}", migration.Version, migration.Name);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>One committed write that changes no data (the header's user_version rewritten), so that a file SQLite opened read-only stops the start.</summary>
    private static async Task ProbeWriteAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await SqlDialect.Sqlite.ProbeWriteAsync(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Shortened(string text) => text.Length <= 300 ? text : text[..300] + " ...";

    private static bool NotEmpty(string path) => File.Exists(path) && new FileInfo(path).Length > 0;
}

/// <summary>The start lock of a database that needs none.</summary>
internal sealed class NoStartLock : IAsyncDisposable
{
    public static NoStartLock Instance { get; } = new();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>How timestamps are stored: ISO 8601 UTC with milliseconds, so text order is time order.</summary>
public static class Timestamps
{
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal);
}
