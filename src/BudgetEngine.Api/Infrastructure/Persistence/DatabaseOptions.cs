namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>The configuration section "Database" (environment: Database__Path, ...).</summary>
public sealed class DatabaseOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Database";

    /// <summary>The SQLite file; a relative path resolves against the content root. Created, with its folder, if absent.</summary>
    public string Path { get; set; } = "data/budgetengine.db";

    /// <summary>How long one statement waits for a lock before SQLITE_BUSY, in seconds. Kept short: the retry policy handles contention.</summary>
    public int BusyTimeoutSeconds { get; set; } = 2;

    /// <summary>How often a statement that met SQLITE_BUSY or SQLITE_LOCKED is retried before the API answers 503.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The first retry's delay in milliseconds; later ones back off exponentially, with jitter.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 50;

    /// <summary>The Retry-After the API sends with a 503 when the database stays busy, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 1;
}
