using Dapper;
using Npgsql;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Opens the PostgreSQL database at start and applies every pending migration of <see cref="PostgresMigrations"/>, each in
/// its own transaction, under a session advisory lock (<c>pg_advisory_lock</c>): of several instances starting together
/// one migrates while the others wait, then find nothing left to do. The lock is held until the start's own first writes
/// are made (see <see cref="IDatabaseInitializer.InitializeAsync"/>). A database that cannot be reached, or that holds
/// tables but no BudgetEngine schema, stops the start with a message saying what to do; nothing is changed.
/// </summary>
public sealed class PostgresInitializer(PostgresConnectionFactory database, TimeProvider clock, ILogger<PostgresInitializer> logger)
    : IDatabaseInitializer
{
    /// <summary>The first half of the advisory lock instances start under ("BEng" in ASCII); the second is the hash of the schema the API lives in.</summary>
    public const int StartLockKey = 0x4245_6E67;

    /// <summary>How long a starting instance waits for another one's start, at most.</summary>
    private static readonly TimeSpan StartLockTimeout = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public bool CreatedNow { get; private set; }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> InitializeAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await database.OpenAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            throw new StartRefusedException(
                $"The PostgreSQL database {database.Database} on {database.Host} cannot be reached: {exception.Message}. "
                + "Check Database:ConnectionString (environment Database__ConnectionString), that the server runs and that the database exists.",
                exception);
        }
        try
        {
            await connection.ExecuteAsync($"SET lock_timeout = {(int)StartLockTimeout.TotalMilliseconds}");
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@key, hashtext(current_schema()))", new { key = StartLockKey });
            await connection.ExecuteAsync("RESET lock_timeout");
            await MigrateAsync(connection, cancellationToken);
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                await SqlDialect.Postgres.ProbeWriteAsync(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
            }
            return new StartLock(connection);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await connection.DisposeAsync();
            throw new StartRefusedException(
                $"Another API instance has been starting on the PostgreSQL database {database.Database} for over {StartLockTimeout.TotalMinutes} minutes "
                + "(it holds the start lock). Stop it, or wait until it has started, and start this one again.", exception);
        }
        catch (PostgresException exception)
        {
            await connection.DisposeAsync();
            throw new StartRefusedException(
                $"The PostgreSQL database {database.Database} on {database.Host} refused the start: {exception.Message}. Nothing was changed by the statement that failed.",
                exception);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var hasSchema = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations')");
        if (!hasSchema)
        {
            var tables = await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
            if (tables > 0)
            {
                throw new StartRefusedException(
                    $"The PostgreSQL database {database.Database} holds {tables} table(s) in schema {await connection.ExecuteScalarAsync<string>("SELECT current_schema()")} "
                    + "but no BudgetEngine schema; no schema is created over them. Point Database:ConnectionString at an empty database (or give it a Search Path "
                    + "of an empty schema).");
            }
            await connection.ExecuteAsync("""
                CREATE TABLE schema_migrations (
                    version    integer NOT NULL PRIMARY KEY,
                    name       text    NOT NULL,
                    applied_at text    NOT NULL
                )
                """);
        }
        var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations")).ToHashSet();
        CreatedNow = applied.Count == 0;
        foreach (var migration in PostgresMigrations.All.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(migration.Sql, transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = Timestamps.Format(clock.GetUtcNow()) }, transaction);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied schema migration {Version}: {Name}", migration.Version, migration.Name);
        }
    }

    /// <summary>The session advisory lock of the start, released (and its connection returned) on dispose.</summary>
    private sealed class StartLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key, hashtext(current_schema()))", new { key = StartLockKey });
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
