using System.Collections.Concurrent;
using System.Net;
using BudgetEngine.Durability.Tests.Server;
using Xunit.Abstractions;

namespace BudgetEngine.Durability.Tests.Backup;

/// <summary>
/// scripts/backup copies the database while the API runs and writes; scripts/restore puts the copy back. Every write
/// acknowledged before the backup began is in the restored database, whole; the copy is sound and complete.
/// </summary>
[Trait("Category", "Durability")]
public sealed class BackupRestoreTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 8;
    private readonly TemporaryDatabase _database = new();
    private readonly TemporaryDatabase _restored = new();
    private ApiServer? _server;

    public void Dispose()
    {
        _server?.Dispose();
        _database.Dispose();
        _restored.Dispose();
    }

    [Fact]
    public async Task A_backup_taken_under_write_load_restores_every_write_acknowledged_before_it_began()
    {
        _server = await ApiServer.StartAsync(_database.Path);
        var acks = new ConcurrentQueue<(DateTime At, string Id, int Version, string Name)>();
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => Write(w, acks, failures, stop.Token))).ToArray();
        while (acks.Count < 200 && failures.IsEmpty) await Task.Delay(20);

        var backupFile = Path.Combine(_database.Folder, "backup.db");
        var began = DateTime.UtcNow;
        var (exitCode, log) = await Script.RunAsync("backup", _database.Path, backupFile);
        var ended = DateTime.UtcNow;
        await Task.Delay(200);
        stop.Cancel();
        await Task.WhenAll(writers);

        exitCode.Should().Be(0, log);
        failures.Should().BeEmpty("every write under load is acknowledged");
        var before = acks.Where(a => a.At < began).ToList();
        acks.Count(a => a.At >= began && a.At <= ended).Should().BePositive("writes were acknowledged while the backup ran");
        output.WriteLine($"{acks.Count} writes acknowledged, {before.Count} before the backup began; {log.Trim()}");

        _server.Dispose();
        _server = null;
        var (restoreCode, restoreLog) = await Script.RunAsync("restore", backupFile, _restored.Path);
        restoreCode.Should().Be(0, restoreLog);
        StoredDatabase.IntegrityCheck(_restored.Path).Should().Equal("ok");
        StoredDatabase.HalfWrittenRows(_restored.Path).Should().BeEmpty();

        _server = await ApiServer.StartAsync(_restored.Path);
        foreach (var ack in before)
        {
            using var response = await _server.Client.GetAsync($"v1/scenarios/{ack.Id}/versions/{ack.Version}");
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"version {ack.Version} of {ack.Id} was acknowledged before the backup began");
            (await response.ReadJson())["scenario"]!["name"]!.GetValue<string>().Should().Be(ack.Name);
        }
    }

    [Fact]
    public async Task Restore_refuses_while_the_API_has_the_database_open_and_changes_nothing()
    {
        _server = await ApiServer.StartAsync(_database.Path);
        (await _server.Client.PostScenario(Bodies.Scenario("kept"))).EnsureSuccessStatusCode();
        var backupFile = Path.Combine(_database.Folder, "backup.db");
        (await Script.RunAsync("backup", _database.Path, backupFile)).ExitCode.Should().Be(0);

        var (exitCode, log) = await Script.RunAsync("restore", backupFile, _database.Path);

        exitCode.Should().NotBe(0);
        log.Should().Contain("stop the API first");
        (await _server.Client.PostScenario(Bodies.Scenario("still writable"))).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Backup_never_overwrites_an_existing_file()
    {
        _server = await ApiServer.StartAsync(_database.Path);
        var backupFile = Path.Combine(_database.Folder, "backup.db");
        await File.WriteAllTextAsync(backupFile, "an older backup");

        var (exitCode, log) = await Script.RunAsync("backup", _database.Path, backupFile);

        exitCode.Should().NotBe(0);
        log.Should().Contain("never overwritten");
        (await File.ReadAllTextAsync(backupFile)).Should().Be("an older backup");
    }

    private async Task Write(int writer, ConcurrentQueue<(DateTime, string, int, string)> acks, ConcurrentQueue<string> failures, CancellationToken stop)
    {
        var client = _server!.Client;
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var name = $"backup w{writer} n{n}";
            using var created = await client.PostScenario(Bodies.Scenario(name));
            if (created.StatusCode != HttpStatusCode.Created) { failures.Enqueue($"{name}: {(int)created.StatusCode}"); return; }
            acks.Enqueue((DateTime.UtcNow, created.IdFromLocation(), 1, name));
            using var changed = await client.PutScenario(created.IdFromLocation(), Bodies.Scenario(name + " v2"), created.ETag());
            if (changed.StatusCode != HttpStatusCode.OK) { failures.Enqueue($"{name} v2: {(int)changed.StatusCode}"); return; }
            acks.Enqueue((DateTime.UtcNow, created.IdFromLocation(), 2, name + " v2"));
        }
    }
}
