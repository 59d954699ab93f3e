using BudgetEngine.Durability.Tests.Server;

namespace BudgetEngine.Durability.Tests.MultiInstance;

/// <summary>
/// A test class whose every test gets two API processes over one new PostgreSQL schema (the one that stands for a
/// temporary database path, see <see cref="BudgetEngine.TestSupport.TestDatabase"/>), started one after the other (the
/// first creates the schema) and stopped afterwards. Its tests are <c>[PostgresOnlyFact]</c>: one SQLite file per
/// process is never shared. Were the provider setting ignored, the instances would write a SQLite file in the database's
/// folder instead; the class fails the test if one appears.
/// </summary>
public abstract class TwoInstances : IAsyncLifetime
{
    /// <summary>The database both instances use.</summary>
    protected TemporaryDatabase Database { get; } = new();

    protected ApiServer First { get; private set; } = null!;

    protected ApiServer Second { get; private set; } = null!;

    /// <summary>Settings both instances are started with, besides the database.</summary>
    protected virtual IReadOnlyDictionary<string, string> InstanceSettings => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        if (!BudgetEngine.TestSupport.TestDatabase.IsPostgres) return;
        First = await ApiServer.StartAsync(Database.Path, InstanceSettings);
        Second = await ApiServer.StartAsync(Database.Path, InstanceSettings);
    }

    public Task DisposeAsync()
    {
        First?.Dispose();
        Second?.Dispose();
        var sqliteFileWritten = Directory.EnumerateFiles(Database.Folder).Any();
        Database.Dispose();
        sqliteFileWritten.Should().BeFalse("the instances keep everything in PostgreSQL");
        return Task.CompletedTask;
    }
}
