using System.Data.Common;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// The database the stores read and write, whichever provider <see cref="DatabaseOptions.Provider"/> names: it opens
/// connections, begins the one kind of write transaction, and says in which SQL dialect to speak to it. Every store
/// depends on this, never on a provider.
/// </summary>
public interface IConnectionFactory
{
    /// <summary>The few SQL differences between the providers.</summary>
    SqlDialect Dialect { get; }

    /// <summary>An open connection.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A connection holding an open write transaction: SQLite's write lock (this process's write turn, then BEGIN
    /// IMMEDIATE), or a PostgreSQL transaction in READ COMMITTED, whose conditional writes lock the rows they change.
    /// </summary>
    Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken);
}
