using System.Data.Common;
using BudgetEngine.Api.Infrastructure.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Polly;
using Polly.Retry;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Retries database work that met contention (and nothing else), with exponential backoff and jitter: SQLITE_BUSY and
/// SQLITE_LOCKED; on PostgreSQL a serialization failure (40001), a deadlock (40P01) or a lock not granted within the lock
/// timeout (55P03). Each attempt is the whole unit of work (a transaction is begun again). When the retries are spent
/// the exception escapes and the API answers 503 with Retry-After.
/// </summary>
public sealed class DatabaseRetry
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>The PostgreSQL errors that are contention: serialization_failure, deadlock_detected, lock_not_available.</summary>
    private static readonly HashSet<string> PostgresContention =
    [
        PostgresErrorCodes.SerializationFailure, PostgresErrorCodes.DeadlockDetected, PostgresErrorCodes.LockNotAvailable,
    ];

    private readonly ResiliencePipeline _pipeline;

    public DatabaseRetry(IOptions<DatabaseOptions> options, TimeProvider timeProvider, ApiTelemetry telemetry, ILogger<DatabaseRetry> logger)
    {
        var settings = options.Value;
        var attempts = Math.Max(0, settings.MaxRetryAttempts);
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<DbException>(IsContention),
                MaxRetryAttempts = attempts,
                Delay = TimeSpan.FromMilliseconds(Math.Max(1, settings.RetryBaseDelayMilliseconds)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = retry =>
                {
                    telemetry.BusyRetry();
                    logger.LogWarning("The database is busy or locked; retry {Attempt} of {Attempts} in {Delay} ms ({Reason})",
                        retry.AttemptNumber + 1, attempts, (int)retry.RetryDelay.TotalMilliseconds, retry.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Whether <paramref name="exception"/> is contention that a later attempt may not meet.</summary>
    public static bool IsContention(Exception exception) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked
            || (sqlite.SqliteExtendedErrorCode & 0xFF) is SqliteBusy or SqliteLocked,
        PostgresException postgres => PostgresContention.Contains(postgres.SqlState),
        _ => false,
    };

    /// <summary>Runs <paramref name="work"/>, retrying it on contention.</summary>
    public ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(work, cancellationToken);

    /// <summary>Runs <paramref name="work"/> on a fresh connection from <paramref name="database"/>, the whole attempt retried on contention.</summary>
    public async Task<T> WithConnectionAsync<T>(IConnectionFactory database, Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) =>
        await ExecuteAsync(async token =>
        {
            await using var connection = await database.OpenConnectionAsync(token);
            return await work(connection);
        }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction of its own, committed after it; the whole attempt retried on contention.</summary>
    public async Task<T> InWriteAsync<T>(IConnectionFactory database, Func<WriteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        await ExecuteAsync(async token =>
        {
            await using var write = await database.BeginWriteAsync(token);
            var result = await work(write);
            await write.CommitAsync(token);
            return result;
        }, cancellationToken);
}
