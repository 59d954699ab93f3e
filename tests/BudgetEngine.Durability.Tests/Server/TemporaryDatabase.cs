using Microsoft.Data.Sqlite;

namespace BudgetEngine.Durability.Tests.Server;

/// <summary>A database path in a fresh temporary folder; the folder goes on dispose.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "budgetengine-durability", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "budgetengine.db");
    }

    /// <summary>The folder that holds the file and its -wal and -shm.</summary>
    public string Folder { get; }

    /// <summary>The database file (it does not exist until a server or a copy makes it).</summary>
    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open is removed with the temp folder later
        }
    }
}
