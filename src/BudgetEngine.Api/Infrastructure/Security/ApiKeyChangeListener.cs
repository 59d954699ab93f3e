using BudgetEngine.Api.Infrastructure.Persistence;
using Dapper;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// On PostgreSQL, makes a key created or revoked through any API instance count in this one at once: it LISTENs on
/// <see cref="Channel"/>, which <see cref="ApiKeyStore"/> NOTIFYs in every transaction that changes a key (delivered at
/// commit), and clears the <see cref="ApiKeyCache"/> on each notification. While the listening connection is down
/// (the server restarting, say) the cache is cleared on every reconnection, and entries expire after
/// <see cref="SecurityOptions.KeyCacheSeconds"/> regardless. Does nothing on SQLite, whose one process clears its cache itself.
/// </summary>
public sealed class ApiKeyChangeListener(
    IOptions<DatabaseOptions> options, IServiceProvider services, ApiKeyCache cache, ILogger<ApiKeyChangeListener> logger) : BackgroundService
{
    /// <summary>The notification channel of key changes.</summary>
    public const string Channel = "budgetengine_api_keys";

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.UsesPostgres) return;
        var database = services.GetRequiredService<PostgresConnectionFactory>();
        var reconnecting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenAsync(stoppingToken);
                var schema = await connection.ExecuteScalarAsync<string>("SELECT current_schema()");
                connection.Notification += (_, notification) =>
                {
                    if (notification.Payload == schema) cache.Invalidate(); // instances of other schemas in the database have keys of their own
                };
                await connection.ExecuteAsync($"LISTEN {Channel}");
                if (reconnecting) cache.Invalidate(); // a change made while nobody listened
                reconnecting = true;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception,
                    "Listening for API key changes failed; listening again in {Delay} s (meanwhile a key revoked through another instance is refused here within Security:KeyCacheSeconds)",
                    ReconnectDelay.TotalSeconds);
                cache.Invalidate();
                try
                {
                    await Task.Delay(ReconnectDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
