using Microsoft.Data.Sqlite;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// One connection holding a BEGIN IMMEDIATE transaction (SQLite's single write lock): everything done through it commits
/// together or not at all. The idempotency filter opens one around a POST so that the resource it stores and the key's
/// saved response are one commit; the stores take it as an optional argument and then neither begin nor commit themselves.
/// Disposing without <see cref="CommitAsync"/> rolls back.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private readonly IDisposable _turn;

    private WriteTransaction(IDisposable turn, SqliteConnection connection, SqliteTransaction transaction)
    {
        _turn = turn;
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The transaction on it.</summary>
    public SqliteTransaction Transaction { get; }

    /// <summary>
    /// Waits for this process's turn to write, opens a connection and takes SQLite's write lock (SQLITE_BUSY when another
    /// writer keeps either past the busy timeout).
    /// </summary>
    public static async Task<WriteTransaction> BeginAsync(SqliteConnectionFactory database, CancellationToken cancellationToken)
    {
        var turn = await database.EnterWriteAsync(cancellationToken);
        SqliteConnection? connection = null;
        try
        {
            connection = await database.OpenAsync(cancellationToken);
            return new WriteTransaction(turn, connection, connection.BeginTransaction(deferred: false));
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync();
            turn.Dispose();
            throw;
        }
    }

    /// <summary>Makes everything done in this transaction durable (synchronous=FULL: the WAL is synced before this returns).</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            _turn.Dispose();
        }
    }
}
