using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Opens pooled connections to the one database file, foreign keys on and synchronous=FULL, and keeps the process's
/// write queue: SQLite has one write lock per file, and a writer that meets it taken sleeps and polls in a blocked thread
/// without any order. Writers of this process therefore queue here first, asynchronously and in turn, for at most the busy
/// timeout; SQLite's own busy wait is left to other processes' locks.
/// </summary>
public sealed class SqliteConnectionFactory : IConnectionFactory
{
    private const int SqliteBusy = 5;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeSpan _busyTimeout;
    private readonly DatabaseFile _file;

    public SqliteConnectionFactory(IOptions<DatabaseOptions> options, IHostEnvironment environment, DatabaseFile file)
    {
        _file = file;
        var path = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        FilePath = path;
        _busyTimeout = TimeSpan.FromSeconds(Math.Max(1, options.Value.BusyTimeoutSeconds));
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, options.Value.BusyTimeoutSeconds),
        }.ToString();
    }

    /// <inheritdoc />
    public SqlDialect Dialect => SqlDialect.Sqlite;

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    /// <summary>The connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// An open connection with the per-connection pragmas applied; <see cref="DatabaseFileGoneException"/> when the file
    /// at the path is no longer the one the API opened at start.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        _file.EnsureStillAt(FilePath);
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            connection.CreateFunction("organisation_key", (string? organisation) => organisation is null ? null : BudgetEngine.Contracts.OrganisationName.Key(organisation), isDeterministic: true);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = FULL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>
    /// Waits for this process's turn to write, opens a connection and takes SQLite's write lock (SQLITE_BUSY when another
    /// writer keeps either past the busy timeout).
    /// </summary>
    public async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var turn = await EnterWriteAsync(cancellationToken);
        SqliteConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            return new WriteTransaction(connection, connection.BeginTransaction(deferred: false), turn);
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync();
            turn.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Waits for this process's turn to write, at most the busy timeout; then SQLITE_BUSY, as if SQLite had refused the
    /// lock, so the retry policy and the 503 apply alike. Dispose the result to let the next writer in.
    /// </summary>
    public async Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        if (!await _writeGate.WaitAsync(_busyTimeout, cancellationToken))
        {
            throw new SqliteException("database is locked: the writers of this process queued past the busy timeout", SqliteBusy);
        }
        return new Turn(_writeGate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
