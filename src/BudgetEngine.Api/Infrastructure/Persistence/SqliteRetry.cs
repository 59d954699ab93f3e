using BudgetEngine.Api.Infrastructure.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Retries database work that met SQLITE_BUSY or SQLITE_LOCKED (and nothing else), with exponential backoff and
/// jitter. When the retries are spent the exception escapes and the API answers 503 with Retry-After.
/// </summary>
public sealed class SqliteRetry
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly ResiliencePipeline _pipeline;

    public SqliteRetry(IOptions<DatabaseOptions> options, TimeProvider timeProvider, ApiTelemetry telemetry, ILogger<SqliteRetry> logger)
    {
        var settings = options.Value;
        var attempts = Math.Max(0, settings.MaxRetryAttempts);
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsBusyOrLocked),
                MaxRetryAttempts = attempts,
                Delay = TimeSpan.FromMilliseconds(Math.Max(1, settings.RetryBaseDelayMilliseconds)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = retry =>
                {
                    telemetry.BusyRetry();
                    logger.LogWarning("The database is busy or locked; retry {Attempt} of {Attempts} in {Delay} ms",
                        retry.AttemptNumber + 1, attempts, (int)retry.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>True for SQLITE_BUSY and SQLITE_LOCKED, extended codes included.</summary>
    public static bool IsBusyOrLocked(SqliteException exception) =>
        (exception.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked
        || (exception.SqliteExtendedErrorCode & 0xFF) is SqliteBusy or SqliteLocked;

    /// <summary>Runs <paramref name="work"/>, retrying it on busy or locked.</summary>
    public ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(work, cancellationToken);

    /// <summary>Runs <paramref name="work"/> on a fresh connection from <paramref name="database"/>, the whole attempt retried on busy or locked.</summary>
    public async Task<T> WithConnectionAsync<T>(SqliteConnectionFactory database, Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken) =>
        await ExecuteAsync(async token =>
        {
            await using var connection = await database.OpenAsync(token);
            return await work(connection);
        }, cancellationToken);
}
