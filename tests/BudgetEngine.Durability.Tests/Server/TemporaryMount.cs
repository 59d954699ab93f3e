using System.Diagnostics;

namespace BudgetEngine.Durability.Tests.Server;

/// <summary>
/// A small tmpfs mounted on a fresh temporary folder, to give the server a disk that fills up or turns read-only;
/// unmounted on dispose. Mounting needs root (CAP_SYS_ADMIN), as the tests of this project run in CI.
/// </summary>
public sealed class TemporaryMount : IDisposable
{
    public TemporaryMount(int kilobytes)
    {
        Folder = Path.Combine(Path.GetTempPath(), "budgetengine-mounts", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k,mode=0755", "tmpfs", Folder);
    }

    /// <summary>The mounted folder.</summary>
    public string Folder { get; }

    /// <summary>Makes the filesystem read-only (no file on it may be open for writing).</summary>
    public void RemountReadOnly() => Run("mount", "-o", "remount,ro", Folder);

    /// <summary>Writes a file named <paramref name="name"/> until the filesystem is full.</summary>
    public void Fill(string name)
    {
        var chunk = new byte[4096];
        using var filler = new FileStream(Path.Combine(Folder, name), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true) filler.Write(chunk);
        }
        catch (IOException)
        {
            // no space left on the device
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Run("umount", "-l", Folder);
            Directory.Delete(Folder);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            // left for the temp folder's cleanup
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()}. These tests mount a tmpfs and need root.");
        }
    }
}
