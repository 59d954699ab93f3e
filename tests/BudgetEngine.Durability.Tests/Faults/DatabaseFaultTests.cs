using System.Net;
using BudgetEngine.Durability.Tests.Server;

namespace BudgetEngine.Durability.Tests.Faults;

/// <summary>
/// While the API runs, its database file is deleted, replaced, or its disk fills up: writes answer 503 problem+json
/// with Retry-After (never 201 into a file that is gone, never 500), and /health answers 503 "unwritable" until a
/// write succeeds again.
/// </summary>
[Trait("Category", "Durability")]
public sealed class DatabaseFaultTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private ApiServer? _server;
    private TemporaryMount? _mount;

    public void Dispose()
    {
        _server?.Dispose();
        _mount?.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task A_deleted_data_folder_refuses_writes_with_503_and_health_says_unwritable()
    {
        _server = await ApiServer.StartAsync(_database.Path);
        (await _server.Client.PostScenario(Bodies.Scenario("before"))).StatusCode.Should().Be(HttpStatusCode.Created);

        Directory.Delete(_database.Folder, recursive: true);

        using var write = await _server.Client.PostScenario(Bodies.Scenario("into a deleted file"));
        await ShouldBeUnwritable(write, "the database file was deleted");
        await HealthShouldBeUnwritable("the database file was deleted");
        File.Exists(_database.Path).Should().BeFalse("nothing creates a new file behind the operator's back");
    }

    [Fact]
    public async Task A_replaced_database_file_refuses_writes_with_503()
    {
        _server = await ApiServer.StartAsync(_database.Path);
        (await _server.Client.PostScenario(Bodies.Scenario("before"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var copy = _database.Path + ".copy";
        File.Copy(_database.Path, copy);

        File.Move(copy, _database.Path, overwrite: true);

        using var write = await _server.Client.PostScenario(Bodies.Scenario("into the replaced file"));
        await ShouldBeUnwritable(write, "the database file was moved or replaced");
        await HealthShouldBeUnwritable("the database file was moved or replaced");
    }

    [Fact]
    public async Task A_full_disk_answers_503_with_retry_after_and_health_recovers_once_a_write_succeeds()
    {
        _mount = new TemporaryMount(kilobytes: 4096);
        var path = Path.Combine(_mount.Folder, "budgetengine.db");
        _server = await ApiServer.StartAsync(path);
        (await _server.Client.PostScenario(Bodies.Scenario("before"))).StatusCode.Should().Be(HttpStatusCode.Created);

        _mount.Fill("filler");
        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt < 200 && refused is null; attempt++)
        {
            var response = await _server.Client.PostScenario(Bodies.Scenario($"on a full disk {attempt} " + new string('x', 150)));
            if (response.StatusCode == HttpStatusCode.Created) { response.Dispose(); continue; } // the write-ahead log still had room
            refused = response;
        }
        refused.Should().NotBeNull("a full disk refuses writes sooner or later");
        await ShouldBeUnwritable(refused!, "the disk is full");
        refused!.Dispose();
        await HealthShouldBeUnwritable("the disk is full");

        File.Delete(Path.Combine(_mount.Folder, "filler"));

        using var health = await _server.Client.GetAsync("health");
        health.StatusCode.Should().Be(HttpStatusCode.OK, "health's own write succeeds once there is room again");
        (await _server.Client.PostScenario(Bodies.Scenario("after"))).StatusCode.Should().Be(HttpStatusCode.Created);
        _server.CountLogLines("The database cannot be written: the disk is full").Should().BeGreaterThan(0, "the fault is logged as an error");
    }

    private static async Task ShouldBeUnwritable(HttpResponseMessage response, string fault)
    {
        await response.ShouldBeProblem(503);
        response.Headers.RetryAfter.Should().NotBeNull("a 503 says when to try again");
        (await response.ReadJson())["detail"]!.GetValue<string>().Should().Contain(fault);
    }

    private async Task HealthShouldBeUnwritable(string fault)
    {
        using var health = await _server!.Client.GetAsync("health");
        await health.ShouldBeProblem(503);
        var body = await health.ReadJson();
        body["database"]!.GetValue<string>().Should().Be("unwritable");
        body["fault"]!.GetValue<string>().Should().Be(fault);
    }
}
