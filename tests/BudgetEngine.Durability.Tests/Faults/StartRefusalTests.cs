using BudgetEngine.Durability.Tests.Server;

namespace BudgetEngine.Durability.Tests.Faults;

/// <summary>
/// The API refuses to start, with a message that says what is wrong and what to do, a non-zero exit and no stack trace,
/// rather than start "healthy" over a damaged database or create a schema over files that hold data. The files are left
/// exactly as they were.
/// </summary>
[Trait("Category", "Durability")]
public sealed class StartRefusalTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private TemporaryMount? _mount;

    public void Dispose()
    {
        _mount?.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task A_write_ahead_log_with_a_damaged_header_stops_the_start_and_is_left_alone()
    {
        await LeaveAWriteAheadLog(_database.Path);
        var wal = _database.Path + "-wal";
        using (var file = new FileStream(wal, FileMode.Open, FileAccess.Write)) file.Write(new byte[8]); // magic and format version zeroed
        var before = Snapshot(_database.Path);

        var (exitCode, output) = await ApiServer.RunUntilExitAsync(_database.Path);

        ShouldBeARefusal(exitCode, output, "-wal is damaged");
        Snapshot(_database.Path).Should().Equal(before, "no schema is created and no sample loaded over the files");
    }

    [Fact]
    public async Task A_failed_quick_check_stops_the_start()
    {
        await LeaveAWriteAheadLog(_database.Path);
        StoredDatabase.Strings(_database.Path, "PRAGMA wal_checkpoint(TRUNCATE);");
        var page = StoredDatabase.Count(_database.Path, "SELECT rootpage FROM sqlite_schema WHERE name = 'scenario_versions'");
        var pageSize = StoredDatabase.Count(_database.Path, "PRAGMA page_size;");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var file = new FileStream(_database.Path, FileMode.Open, FileAccess.Write))
        {
            file.Position = (page - 1) * pageSize;
            file.Write(Enumerable.Repeat((byte)0xFF, 64).ToArray()); // the header of the table's root page
        }

        var (exitCode, output) = await ApiServer.RunUntilExitAsync(_database.Path);

        ShouldBeARefusal(exitCode, output, "Restore it from a backup");
    }

    [Fact]
    public async Task A_file_that_holds_data_but_no_schema_is_not_given_one()
    {
        using (var foreign = StoredDatabase.OpenNew(_database.Path))
        {
            using var command = foreign.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('someone else''s data');";
            command.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = Snapshot(_database.Path);

        var (exitCode, output) = await ApiServer.RunUntilExitAsync(_database.Path);

        ShouldBeARefusal(exitCode, output, "holds no BudgetEngine schema");
        Snapshot(_database.Path).Should().Equal(before);
    }

    [Fact]
    public async Task A_read_only_filesystem_at_start_gives_a_clear_message()
    {
        _mount = new TemporaryMount(kilobytes: 4096);
        var path = Path.Combine(_mount.Folder, "budgetengine.db");
        using (var server = await ApiServer.StartAsync(path)) { }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _mount.RemountReadOnly();

        var (exitCode, output) = await ApiServer.RunUntilExitAsync(path);

        ShouldBeARefusal(exitCode, output, "Is the filesystem read-only");
    }

    [Fact]
    public async Task A_new_database_folder_on_a_read_only_filesystem_gives_a_clear_message()
    {
        _mount = new TemporaryMount(kilobytes: 1024);
        _mount.RemountReadOnly();

        var (exitCode, output) = await ApiServer.RunUntilExitAsync(Path.Combine(_mount.Folder, "data", "budgetengine.db"));

        ShouldBeARefusal(exitCode, output, "Is the filesystem read-only");
    }

    [Fact]
    public async Task An_admin_key_shorter_than_32_characters_stops_the_start()
    {
        var (exitCode, output) = await ApiServer.RunUntilExitAsync(_database.Path, new Dictionary<string, string> { ["BUDGETENGINE_ADMIN_KEY"] = "admin" });

        ShouldBeARefusal(exitCode, output, "BUDGETENGINE_ADMIN_KEY is 5 characters; an admin key needs at least 32");
    }

    [Fact]
    public async Task A_new_admin_key_while_another_is_active_warns_how_to_revoke_the_old_one()
    {
        using (var first = await ApiServer.StartAsync(_database.Path)) { }
        var oldKeyId = StoredDatabase.Strings(_database.Path, "SELECT id FROM api_keys WHERE revoked_at IS NULL").Single();
        var newKey = "another-admin-key-" + Guid.NewGuid().ToString("N");

        using var second = await ApiServer.StartAsync(_database.Path, new Dictionary<string, string> { ["BUDGETENGINE_ADMIN_KEY"] = newKey });

        second.Log.Should().Contain($"other admin key(s) still open the API: {oldKeyId}").And.Contain($"DELETE /v1/keys/{oldKeyId}");
        second.Log.Should().NotContain(newKey);
    }

    private static void ShouldBeARefusal(int exitCode, string output, string reason)
    {
        exitCode.Should().NotBe(0, output);
        output.Should().Contain("The API did not start").And.Contain(reason);
        output.Should().NotContain("   at ", "a refusal is a message, not a stack trace");
        output.Should().NotContain("Unhandled exception");
    }

    /// <summary>Starts the API, writes, and kills it, so that the writes are in the -wal and not yet in the database file.</summary>
    private static async Task LeaveAWriteAheadLog(string path)
    {
        using var server = await ApiServer.StartAsync(path);
        for (var n = 0; n < 3; n++) (await server.Client.PostScenario(Bodies.Scenario($"kept {n}"))).EnsureSuccessStatusCode();
        server.Kill();
        new FileInfo(path + "-wal").Length.Should().BePositive("the writes wait in the write-ahead log");
    }

    private static Dictionary<string, string> Snapshot(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists)
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
