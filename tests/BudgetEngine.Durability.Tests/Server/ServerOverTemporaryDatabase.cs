namespace BudgetEngine.Durability.Tests.Server;

/// <summary>A test class whose every test gets the built API as its own process over a fresh temporary database, stopped afterwards.</summary>
public abstract class ServerOverTemporaryDatabase : IAsyncLifetime
{
    /// <summary>The database file the server runs over.</summary>
    protected TemporaryDatabase Database { get; } = new();

    /// <summary>The running server (started before each test).</summary>
    protected ApiServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ApiServer.StartAsync(Database.Path);

    public Task DisposeAsync()
    {
        Server?.Dispose();
        Database.Dispose();
        return Task.CompletedTask;
    }
}
