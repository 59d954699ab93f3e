using Microsoft.Data.Sqlite;
using Npgsql;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// The database errors that are faults of the file or its disk rather than of a request: read-only, I/O error, full,
/// cannot open, corrupt, not a database, or the file gone from under the API; on PostgreSQL a server that cannot be
/// reached, is shutting down, is read-only or has no room. Each answers 503 with Retry-After and makes /health answer
/// 503 until a write succeeds again.
/// </summary>
public static class DatabaseFaults
{
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>What is wrong with the database, in a few words, when <paramref name="exception"/> is a fault; otherwise null.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        DatabaseFileGoneException gone => gone.Fault,
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            SqliteReadOnly => "the database is read-only",
            SqliteIoError => "the disk answered an I/O error",
            SqliteCorrupt => "the database file is damaged",
            SqliteFull => "the disk is full",
            SqliteCannotOpen => "the database file cannot be opened",
            SqliteNotADatabase => "the database file is not a database",
            _ => null,
        },
        PostgresException postgres => postgres.SqlState switch
        {
            PostgresErrorCodes.ReadOnlySqlTransaction => "the database server is read-only (a standby?)",
            PostgresErrorCodes.DiskFull => "the database server's disk is full",
            PostgresErrorCodes.InsufficientResources or PostgresErrorCodes.OutOfMemory or PostgresErrorCodes.TooManyConnections =>
                "the database server is out of resources: " + postgres.MessageText,
            PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow =>
                "the database server is shutting down or starting",
            var state when state.StartsWith("08", StringComparison.Ordinal) => "the connection to the database server failed",
            _ => null,
        },
        NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException or TimeoutException } =>
            "the database server cannot be reached",
        _ => null,
    };
}

/// <summary>The database file the API opened is no longer at its path (deleted, moved or replaced): nothing is read from or written to it.</summary>
public sealed class DatabaseFileGoneException(string path, string fault)
    : IOException($"The database file {path} is no longer the one the API opened: {fault}. Restart the API once the file is back.")
{
    /// <summary>What happened to the file, in a few words.</summary>
    public string Fault { get; } = fault;
}
