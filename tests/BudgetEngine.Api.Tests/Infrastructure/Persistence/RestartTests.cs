using System.Net;

namespace BudgetEngine.Api.Tests.Infrastructure.Persistence;

public sealed class RestartTests : IDisposable
{
    private readonly string _path = BudgetEngineApplication.NewDatabasePath();

    public void Dispose() => BudgetEngineApplication.DeleteDatabase(_path);

    [Fact]
    public async Task A_restart_over_the_same_file_keeps_every_scenario_and_version()
    {
        string kept, deleted;
        using (var first = new BudgetEngineApplication(_path))
        {
            var client = first.CreateClient("finance-officer", "Gemeente Testdorp");
            var created = await client.Create(Http.SmallScenario("Kept"));
            kept = (await created.ReadJson())["id"]!.GetValue<string>();
            (await client.Put($"/v1/scenarios/{kept}", Http.SmallScenario("Kept v2"), created.ETag())).StatusCode.Should().Be(HttpStatusCode.OK);
            var toDelete = await client.Create(Http.SmallScenario("Deleted"));
            deleted = (await toDelete.ReadJson())["id"]!.GetValue<string>();
            (await client.Delete($"/v1/scenarios/{deleted}", toDelete.ETag())).StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        using var second = new BudgetEngineApplication(_path);
        var again = second.CreateClient("finance-officer", "Gemeente Testdorp");
        var read = await again.GetAsync($"/v1/scenarios/{kept}");
        read.ETag().Should().Be($"\"{kept}-v2\"");
        (await read.ReadJson())["scenario"]!["name"]!.GetValue<string>().Should().Be("Kept v2");
        (await (await again.GetAsync($"/v1/scenarios/{kept}/versions/1")).ReadJson())["scenario"]!["name"]!.GetValue<string>().Should().Be("Kept");
        (await (await again.GetAsync($"/v1/scenarios/{deleted}/versions")).ReadJson()).AsArray().Should().HaveCount(2);
        await (await again.GetAsync($"/v1/scenarios/{deleted}")).ShouldBeProblem(410);
        (await (await again.GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(1);
    }

    [SqliteOnlyFact]
    public async Task The_database_file_and_its_folder_are_created_when_absent()
    {
        File.Exists(_path).Should().BeFalse();

        using var app = new BudgetEngineApplication(_path);
        (await app.CreateAnonymousClient().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);

        File.Exists(_path).Should().BeTrue();
    }
}
