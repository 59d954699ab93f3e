using Microsoft.Data.Sqlite;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// The database errors that are faults of the file or its disk rather than of a request: read-only, I/O error, full,
/// cannot open, corrupt, not a database, or the file gone from under the API. Each answers 503 with Retry-After and
/// makes /health answer 503 until a write succeeds again.
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
