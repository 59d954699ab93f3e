namespace BudgetEngine.Api.Infrastructure.Idempotency;

/// <summary>The configuration section "Idempotency" (environment: Idempotency__RetentionHours).</summary>
public sealed class IdempotencyOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Idempotency";

    /// <summary>How long a stored response answers a replay of its key, in hours (default 24); older ones are removed.</summary>
    public int RetentionHours { get; set; } = 24;

    /// <summary>How long one key is kept.</summary>
    public TimeSpan Retention => TimeSpan.FromHours(Math.Max(1, RetentionHours));
}
