using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Idempotency;

/// <summary>
/// Removes idempotency keys older than Idempotency:RetentionHours every hour, in batches of 500 so that
/// writers wait for the lock only briefly. A failed round is logged and tried again at the next one.
/// </summary>
public sealed class IdempotencyCleanup(IdempotencyStore store, IOptions<IdempotencyOptions> options, TimeProvider clock, ILogger<IdempotencyCleanup> logger)
    : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RemoveExpiredAsync(stoppingToken);
        }
    }

    /// <summary>One round: every expired key, batch by batch; how many were removed.</summary>
    public async Task<int> RemoveExpiredAsync(CancellationToken ct)
    {
        var total = 0;
        try
        {
            int removed;
            do
            {
                removed = await store.RemoveExpiredAsync(Batch, ct);
                total += removed;
            }
            while (removed == Batch);
            if (total > 0) logger.LogInformation("Removed {Count} idempotency keys older than {Hours} hours", total, options.Value.RetentionHours);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Removing expired idempotency keys failed; tried again within the hour");
        }
        return total;
    }
}
