using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>The database's registrations: the provider Database:Provider names, behind <see cref="IConnectionFactory"/> and <see cref="IDatabaseInitializer"/>.</summary>
public static class DatabaseServiceExtensions
{
    public static IServiceCollection AddBudgetEngineDatabase(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseFile>();
        services.AddSingleton<DatabaseHealth>();
        services.AddSingleton<DatabaseRetry>();
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<PostgresConnectionFactory>();
        services.AddSingleton<PostgresInitializer>();
        // Chosen when first asked for (at start), so that configuration added by a host or a test counts.
        services.AddSingleton<IConnectionFactory>(provider => UsesPostgres(provider)
            ? provider.GetRequiredService<PostgresConnectionFactory>()
            : provider.GetRequiredService<SqliteConnectionFactory>());
        services.AddSingleton<IDatabaseInitializer>(provider => UsesPostgres(provider)
            ? provider.GetRequiredService<PostgresInitializer>()
            : provider.GetRequiredService<DatabaseInitializer>());
        return services;
    }

    private static bool UsesPostgres(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.UsesPostgres) return true;
        if (string.Equals(options.Provider?.Trim(), DatabaseOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase)) return false;
        throw new StartRefusedException(
            $"Database:Provider is \"{options.Provider}\"; give \"{DatabaseOptions.SqliteProvider}\" (the default, Database:Path) or \"{DatabaseOptions.PostgresProvider}\" (Database:ConnectionString).");
    }
}
