namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>The configuration section "Database" (environment: Database__Provider, Database__Path, Database__ConnectionString, ...).</summary>
public sealed class DatabaseOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Database";

    /// <summary><see cref="Provider"/>: one SQLite file, embedded (the default).</summary>
    public const string SqliteProvider = "sqlite";

    /// <summary><see cref="Provider"/>: a PostgreSQL database, which several API instances may share.</summary>
    public const string PostgresProvider = "postgres";

    /// <summary>Which database the API keeps its data in: "sqlite" (default, <see cref="Path"/>) or "postgres" (<see cref="ConnectionString"/>).</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite file; a relative path resolves against the content root. Created, with its folder, if absent.</summary>
    public string Path { get; set; } = "data/budgetengine.db";

    /// <summary>
    /// The PostgreSQL database as an Npgsql connection string, e.g. <c>Host=db;Database=budgetengine;Username=budgetengine;Password=...</c>
    /// (only with Provider postgres). The database must exist; the API creates and migrates its tables.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How long one statement waits for a lock, in seconds: SQLite's busy timeout, PostgreSQL's lock_timeout. Kept short:
    /// the retry policy handles contention.
    /// </summary>
    public int BusyTimeoutSeconds { get; set; } = 2;

    /// <summary>
    /// How often work that met contention (SQLITE_BUSY or SQLITE_LOCKED; a PostgreSQL serialization failure, deadlock or
    /// lock timeout) is retried before the API answers 503.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The first retry's delay in milliseconds; later ones back off exponentially, with jitter.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 50;

    /// <summary>The Retry-After the API sends with a 503 when the database stays busy, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Whether <see cref="Provider"/> names PostgreSQL (any case); anything but "sqlite" or "postgres" stops the start.</summary>
    public bool UsesPostgres => string.Equals(Provider?.Trim(), PostgresProvider, StringComparison.OrdinalIgnoreCase);
}
