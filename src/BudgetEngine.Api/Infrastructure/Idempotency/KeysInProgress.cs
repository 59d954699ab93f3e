using System.Collections.Concurrent;

namespace BudgetEngine.Api.Infrastructure.Idempotency;

/// <summary>
/// The idempotency keys whose first request is at work in this process. A duplicate waits here for the request that holds
/// its key instead of queueing for the database's write lock behind it, so that the API can tell "your key is still at
/// work" (409) from "the database is busy" (503). Across instances the database's lock on the key does the same
/// (<see cref="IdempotencyStore.FindAsync(string, string, Persistence.WriteTransaction)"/>).
/// </summary>
public sealed class KeysInProgress(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new();

    /// <summary>
    /// Holds <paramref name="subject"/> until the result is disposed, waiting at most <paramref name="patience"/> for the
    /// request of this process that holds it now; null when that request is still at work then.
    /// </summary>
    public async Task<IDisposable?> HoldAsync(string subject, TimeSpan patience, CancellationToken cancellationToken)
    {
        var giveUpAt = clock.GetUtcNow() + patience;
        while (true)
        {
            var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var holder = _held.GetOrAdd(subject, mine);
            if (holder == mine) return new Hold(this, subject, mine);
            var left = giveUpAt - clock.GetUtcNow();
            if (left <= TimeSpan.Zero) return null;
            try
            {
                await holder.Task.WaitAsync(left, clock, cancellationToken);
            }
            catch (TimeoutException)
            {
                return null;
            }
        }
    }

    private sealed class Hold(KeysInProgress owner, string subject, TaskCompletionSource released) : IDisposable
    {
        public void Dispose()
        {
            owner._held.TryRemove(new KeyValuePair<string, TaskCompletionSource>(subject, released));
            released.TrySetResult();
        }
    }
}

/// <summary>The first request with an idempotency key is still at work (in another instance) after a duplicate waited for it.</summary>
public sealed class KeyInProgressException(Exception waited) : Exception("The idempotency key's first request is still at work.", waited);
