using BudgetEngine.Durability.Tests.Server;
using BudgetEngine.TestSupport;

namespace BudgetEngine.Durability.Tests.MultiInstance;

/// <summary>Two instances started at the same moment over an empty schema: the schema is made once, by one of them.</summary>
[Trait("Category", "Durability")]
public sealed class ConcurrentStartTests : IDisposable
{
    private const string Applied = "Applied schema migration";
    private readonly TemporaryDatabase _database = new();
    private readonly List<ApiServer> _instances = [];

    public void Dispose()
    {
        foreach (var instance in _instances) instance.Dispose();
        _database.Dispose();
    }

    [PostgresOnlyFact]
    public async Task Two_instances_starting_together_over_an_empty_database_migrate_it_once()
    {
        // The migrations are logged at Information; a start that failed is not tried again, so a clash would show.
        var settings = new Dictionary<string, string> { ["Logging__LogLevel__BudgetEngine.Api.Infrastructure.Persistence"] = "Information" };
        var starts = Enumerable.Range(0, 2).Select(_ => ApiServer.StartAsync(_database.Path, settings, attempts: 1)).ToArray();
        foreach (var start in starts)
        {
            try
            {
                _instances.Add(await start);
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException("Both instances start: neither may fail on the other's migration.", exception);
            }
        }

        var versions = StoredDatabase.Strings(_database.Path, "SELECT version FROM schema_migrations ORDER BY version").Select(int.Parse).ToArray();
        versions.Should().NotBeEmpty().And.Equal(Enumerable.Range(1, versions.Length), "every migration is recorded once, in order");
        var appliedBy = _instances.Select(i => i.CountLogLines(Applied)).ToArray();
        appliedBy.Sum().Should().Be(versions.Length, $"each migration was applied once, by one instance: {string.Join(", ", appliedBy)}");
        appliedBy.Should().Contain(0, "the instance that waited for the other's start found nothing left to do");
        foreach (var instance in _instances)
        {
            var health = await (await instance.Client.GetAsync("health")).ReadJson();
            health["schemaVersion"]!.GetValue<int>().Should().Be(versions[^1], "both run the schema of the last migration");
        }
        Directory.EnumerateFiles(_database.Folder).Should().BeEmpty("the instances keep everything in PostgreSQL");
    }
}
