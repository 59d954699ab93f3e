namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Keeps a handle on the database file the API opened, so that it notices when the file at the configured path is no
/// longer that file: deleted (its folder removed), moved away or replaced by another. SQLite would go on writing into
/// the deleted file, and every acknowledged write would be lost at the next start. On Linux the handle's
/// /proc/self/fd link names where the opened file is now (with " (deleted)" once it has no name); elsewhere only a
/// missing file is noticed. The handle is held for the life of the process and never closed: closing any descriptor of
/// a file drops every POSIX lock the process holds on it, SQLite's included.
/// </summary>
public sealed class DatabaseFile
{
    private FileStream? _held;
    private string? _openedAs;

    /// <summary>Starts watching <paramref name="path"/>, which must exist.</summary>
    public void Hold(string path)
    {
        _held = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        _openedAs = Where();
    }

    /// <summary>Throws <see cref="DatabaseFileGoneException"/> when the file at <paramref name="path"/> is not the one opened.</summary>
    public void EnsureStillAt(string path)
    {
        if (_held is null) return;
        if (!File.Exists(path)) throw new DatabaseFileGoneException(path, "the database file was deleted");
        var now = Where();
        if (_openedAs is not null && now != _openedAs) throw new DatabaseFileGoneException(path, "the database file was moved or replaced");
    }

    private string? Where()
    {
        try
        {
            return new FileInfo($"/proc/self/fd/{_held!.SafeFileHandle.DangerousGetHandle()}").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
