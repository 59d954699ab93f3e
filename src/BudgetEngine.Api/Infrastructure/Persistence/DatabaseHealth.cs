using Dapper;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Whether the database can be written. A fault (see <see cref="DatabaseFaults"/>) marks it unwritable, logged as an
/// error; it stays so until a write succeeds again. While it is unwritable, <see cref="ProbeWriteAsync"/> (which /health
/// calls) tries one small real write, a committed transaction that touches no data (<see cref="SqlDialect.ProbeWriteAsync"/>).
/// </summary>
public sealed class DatabaseHealth(IConnectionFactory database, DatabaseRetry retry, ILogger<DatabaseHealth> logger)
{
    private volatile string? _fault;

    /// <summary>What keeps the database from being written, or null when the last write succeeded.</summary>
    public string? Fault => _fault;

    /// <summary>Records a fault.</summary>
    public void Report(string fault, Exception exception)
    {
        if (_fault != fault) logger.LogError(exception, "The database cannot be written: {Fault}", fault);
        _fault = fault;
    }

    /// <summary>The highest schema migration applied (the query also proves the database answers).</summary>
    public Task<int?> SchemaVersionAsync(CancellationToken ct) =>
        retry.WithConnectionAsync(database, connection => connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_migrations"), ct);

    /// <summary>When unwritable, tries one write; clears the fault when it commits, records the fault when it does not.</summary>
    public async Task ProbeWriteAsync(CancellationToken cancellationToken)
    {
        if (_fault is null) return;
        try
        {
            await using var write = await WriteTransaction.BeginAsync(database, cancellationToken);
            await database.Dialect.ProbeWriteAsync(write.Connection, write.Transaction);
            await write.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (DatabaseFaults.Describe(exception) is { } fault)
        {
            Report(fault, exception);
            return;
        }
        logger.LogWarning("The database can be written again (it could not: {Fault})", _fault);
        _fault = null;
    }
}
