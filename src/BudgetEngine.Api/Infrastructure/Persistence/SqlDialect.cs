using System.Data.Common;
using Dapper;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// The few places where SQLite and PostgreSQL need different SQL. Everything else (the stores' queries, upserts as
/// INSERT ... ON CONFLICT, LIMIT and OFFSET, row values) is written once in the SQL both understand; results are read
/// through <see cref="DatabaseValues"/>, which takes either provider's types.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>SQLite (one file, one writer at a time).</summary>
    public static SqlDialect Sqlite { get; } = new SqliteDialect();

    /// <summary>PostgreSQL (shared by several API instances).</summary>
    public static SqlDialect Postgres { get; } = new PostgresDialect();

    /// <summary>The provider's name as <see cref="DatabaseOptions.Provider"/> spells it.</summary>
    public abstract string Name { get; }

    /// <summary>The schema migrations in this dialect, in order (the same numbers and names for both).</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>A condition: <paramref name="part"/> occurs in <paramref name="text"/>, ignoring case (both SQL expressions).</summary>
    public abstract string ContainsIgnoringCase(string text, string part);

    /// <summary>
    /// Makes the writers of one <paramref name="subject"/> (an idempotency key, the set of API keys) take turns until
    /// <paramref name="write"/> ends, in every process on the database. SQLite's write lock already makes every writer
    /// take turns; on PostgreSQL a transaction-scoped advisory lock does, waited for at most the lock timeout.
    /// </summary>
    public abstract Task SerializeAsync(WriteTransaction write, string subject);

    /// <summary>
    /// Tells every API instance listening on <paramref name="channel"/> that something changed, once <paramref name="write"/>
    /// commits (PostgreSQL's NOTIFY, naming the schema the API lives in; nothing on SQLite, whose one process knows already).
    /// </summary>
    public abstract Task NotifyAsync(WriteTransaction write, string channel);

    /// <summary>One committed write that changes no data, to prove the database can be written.</summary>
    public abstract Task ProbeWriteAsync(DbConnection connection, DbTransaction transaction);

    private sealed class SqliteDialect : SqlDialect
    {
        public override string Name => DatabaseOptions.SqliteProvider;

        public override IReadOnlyList<Migration> Migrations => Persistence.Migrations.All;

        public override string ContainsIgnoringCase(string text, string part) => $"instr(lower({text}), lower({part})) > 0";

        public override Task SerializeAsync(WriteTransaction write, string subject) => Task.CompletedTask;

        public override Task NotifyAsync(WriteTransaction write, string channel) => Task.CompletedTask;

        public override async Task ProbeWriteAsync(DbConnection connection, DbTransaction transaction)
        {
            // Rewrites the header's user_version with its own value.
            var version = await connection.ExecuteScalarAsync<long>("PRAGMA user_version;", transaction: transaction);
            await connection.ExecuteAsync($"PRAGMA user_version = {version};", transaction: transaction);
        }
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override string Name => DatabaseOptions.PostgresProvider;

        public override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

        public override string ContainsIgnoringCase(string text, string part) => $"strpos(lower({text}), lower({part})) > 0";

        public override Task SerializeAsync(WriteTransaction write, string subject) =>
            write.Connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(@subject, 0))", new { subject }, write.Transaction);

        public override Task NotifyAsync(WriteTransaction write, string channel) =>
            write.Connection.ExecuteAsync("SELECT pg_notify(@channel, current_schema())", new { channel }, write.Transaction);

        // Assigning the transaction an id fails on a server that cannot write (a standby, or a database set read-only).
        public override Task ProbeWriteAsync(DbConnection connection, DbTransaction transaction) =>
            connection.ExecuteAsync("SELECT pg_current_xact_id()", transaction: transaction);
    }
}

/// <summary>Reads a column as either provider gives it (SQLite: long for every integer and boolean; PostgreSQL: int, long or bool).</summary>
public static class DatabaseValues
{
    /// <summary>An integer column.</summary>
    public static int Integer(object? value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A boolean column (or an integer 0 or 1).</summary>
    public static bool Boolean(object? value) => Convert.ToBoolean(value, System.Globalization.CultureInfo.InvariantCulture);
}
