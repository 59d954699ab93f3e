using System.Data.Common;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// One connection holding one write transaction: everything done through it commits together or not at all. The
/// idempotency filter opens one around a POST so that the resource it stores and the key's saved response are one
/// commit; the stores take it as an optional argument and then neither begin nor commit themselves. Disposing without
/// <see cref="CommitAsync"/> rolls back. <see cref="IConnectionFactory.BeginWriteAsync"/> says what the transaction
/// holds on each provider.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private readonly IDisposable? _turn;

    /// <summary>A transaction over <paramref name="connection"/>; <paramref name="turn"/>, when given, is released with it.</summary>
    public WriteTransaction(DbConnection connection, DbTransaction transaction, IDisposable? turn = null)
    {
        _turn = turn;
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>The open connection.</summary>
    public DbConnection Connection { get; }

    /// <summary>The transaction on it.</summary>
    public DbTransaction Transaction { get; }

    /// <summary>Begins a write transaction on <paramref name="database"/>.</summary>
    public static Task<WriteTransaction> BeginAsync(IConnectionFactory database, CancellationToken cancellationToken) =>
        database.BeginWriteAsync(cancellationToken);

    /// <summary>Makes everything done in this transaction durable.</summary>
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
            _turn?.Dispose();
        }
    }
}
