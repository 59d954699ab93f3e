namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>The configuration section "Security" (environment: Security__KeyCacheSeconds, ...): how API keys are checked.</summary>
public sealed class SecurityOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Security";

    /// <summary>
    /// How long a key that opened the API is remembered in memory, in seconds (default 30; 0 looks every key up in the
    /// database on every request). A key revoked or created through this process takes effect at once, and on PostgreSQL
    /// one revoked through any instance too (LISTEN/NOTIFY); one revoked directly in the database, by another process over
    /// the same SQLite file, or while an instance's notifications are interrupted, within this time.
    /// </summary>
    public int KeyCacheSeconds { get; set; } = 30;

    /// <summary>The most keys remembered at once (default 10,000). Only keys that opened the API are remembered, never unknown ones.</summary>
    public int KeyCacheCapacity { get; set; } = 10_000;
}
