using BudgetEngine.TestSupport;
using Microsoft.Data.Sqlite;

namespace BudgetEngine.Durability.Tests.Server;

/// <summary>
/// A database path in a fresh temporary folder; the folder goes on dispose. When the tests run against PostgreSQL
/// (<see cref="TestDatabase"/>), the path names the schema that stands for the file, dropped on dispose too.
/// </summary>
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
        TestDatabase.Drop(Path);
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
