using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Connections to the PostgreSQL database of <see cref="DatabaseOptions.ConnectionString"/>, pooled by one
/// <see cref="NpgsqlDataSource"/>. Every connection waits at most <see cref="DatabaseOptions.BusyTimeoutSeconds"/> for a
/// lock (lock_timeout; then 55P03, which the retry policy and the 503 treat as SQLite's busy). Writes need no queue in the
/// process: a write transaction is READ COMMITTED and its conditional UPDATEs lock the rows they change, so concurrent
/// writers of one document, in this process or another, take turns on that row only.
/// </summary>
public sealed class PostgresConnectionFactory : IConnectionFactory, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source;

    public PostgresConnectionFactory(IOptions<DatabaseOptions> options)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw new StartRefusedException(
                "Database:Provider is postgres but Database:ConnectionString is empty. Give it (environment Database__ConnectionString), "
                + "e.g. Host=localhost;Database=budgetengine;Username=budgetengine;Password=...");
        }
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        }
        catch (ArgumentException exception)
        {
            throw new StartRefusedException($"Database:ConnectionString is not a valid Npgsql connection string: {exception.Message}", exception);
        }
        var lockTimeout = $"-c lock_timeout={Math.Max(1, settings.BusyTimeoutSeconds) * 1000}";
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? lockTimeout : $"{builder.Options} {lockTimeout}";
        builder.ApplicationName ??= "BudgetEngine";
        Database = builder.Database;
        Host = builder.Host;
        _source = NpgsqlDataSource.Create(builder);
    }

    /// <inheritdoc />
    public SqlDialect Dialect => SqlDialect.Postgres;

    /// <summary>The database's name (for messages; never the password).</summary>
    public string? Database { get; }

    /// <summary>The server's host (for messages).</summary>
    public string? Host { get; }

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>An open connection from the pool.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _source.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken);
        try
        {
            return new WriteTransaction(connection, await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    public void Dispose() => _source.Dispose();
}
