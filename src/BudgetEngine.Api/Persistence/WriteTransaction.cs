using Microsoft.Data.Sqlite;

namespace BudgetEngine.Api.Persistence;

/// <summary>
/// One connection holding a BEGIN IMMEDIATE transaction (SQLite's single write lock): everything done through it commits
/// together or not at all. The idempotency filter opens one around a POST so that the resource it stores and the key's
/// saved response are one commit; the stores take it as an optional argument and then neither begin nor commit themselves.
/// Disposing without <see cref="CommitAsync"/> rolls back.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private WriteTransaction(SqliteConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The transaction on it.</summary>
    public SqliteTransaction Transaction { get; }

    /// <summary>Opens a connection and takes the write lock (SQLITE_BUSY when another writer keeps it past the busy timeout).</summary>
    public static async Task<WriteTransaction> BeginAsync(SqliteConnectionFactory database, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            return new WriteTransaction(connection, connection.BeginTransaction(deferred: false));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Makes everything done in this transaction durable (synchronous=FULL: the WAL is synced before this returns).</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
