using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.Scenarios;

public sealed class ScenarioLifecycleTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public ScenarioLifecycleTests() => _client = _app.CreateClient("finance-officer", "Gemeente Testdorp");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Creating_a_scenario_answers_201_with_location_and_ETag_and_the_canonical_body()
    {
        var response = await _client.Create(Http.SmallScenario());

        response.Headers.Location!.ToString().Should().MatchRegex("^/v1/scenarios/[0-9a-z]{12}$");
        var body = await response.ReadJson();
        var id = body["id"]!.GetValue<string>();
        response.ETag().Should().Be($"\"{id}-v1\"");
        body["etag"]!.GetValue<string>().Should().Be(response.ETag());
        body["version"]!.GetValue<int>().Should().Be(1);
        body["scenario"]!["lines"]![0]!["amounts"]!["2019"]!.ToJsonString().Should().Be("20000.00", "amounts are written with two decimals");
        body["scenario"]!["lines"]![0]!["coverage"]!["kind"]!.GetValue<string>().Should().Be("single", "the shorthand coverage is stored as an object");
    }

    [Fact]
    public async Task Reading_a_scenario_gives_its_latest_version_and_ETag()
    {
        var created = await (await _client.Create(Http.SmallScenario("Read me"))).ReadJson();
        var id = created["id"]!.GetValue<string>();

        var response = await _client.GetAsync($"/v1/scenarios/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.ETag().Should().Be($"\"{id}-v1\"");
        (await response.ReadJson())["scenario"]!["name"]!.GetValue<string>().Should().Be("Read me");
    }

    [Fact]
    public async Task Updating_with_the_current_ETag_makes_a_new_version()
    {
        var created = await _client.Create(Http.SmallScenario());
        var id = (await created.ReadJson())["id"]!.GetValue<string>();

        var updated = await _client.Put($"/v1/scenarios/{id}", Http.SmallScenario("Renamed", projectleider: 25000m), created.ETag());

        updated.StatusCode.Should().Be(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        updated.ETag().Should().Be($"\"{id}-v2\"");
        var body = await updated.ReadJson();
        body["version"]!.GetValue<int>().Should().Be(2);
        body["scenario"]!["name"]!.GetValue<string>().Should().Be("Renamed");
        var read = await (await _client.GetAsync($"/v1/scenarios/{id}")).ReadJson();
        read["scenario"]!["lines"]![0]!["amounts"]!["2019"].Euros().Should().Be(25000m);
    }

    [Fact]
    public async Task Updating_with_a_stale_ETag_answers_412_and_changes_nothing()
    {
        var created = await _client.Create(Http.SmallScenario());
        var id = (await created.ReadJson())["id"]!.GetValue<string>();
        var first = await _client.Put($"/v1/scenarios/{id}", Http.SmallScenario("First change"), created.ETag());
        first.StatusCode.Should().Be(HttpStatusCode.OK);

        var stale = await _client.Put($"/v1/scenarios/{id}", Http.SmallScenario("Lost change"), created.ETag());

        var problem = await stale.ShouldBeProblem(412);
        problem["currentETag"]!.GetValue<string>().Should().Be($"\"{id}-v2\"");
        var read = await (await _client.GetAsync($"/v1/scenarios/{id}")).ReadJson();
        read["scenario"]!["name"]!.GetValue<string>().Should().Be("First change");
        read["version"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task Updating_without_If_match_answers_428()
    {
        var id = (await (await _client.Create(Http.SmallScenario())).ReadJson())["id"]!.GetValue<string>();

        var response = await _client.Put($"/v1/scenarios/{id}", Http.SmallScenario("No precondition"), ifMatch: null);

        await response.ShouldBeProblem(428);
    }

    [Fact]
    public async Task An_ETag_of_another_scenario_does_not_match()
    {
        var a = await _client.Create(Http.SmallScenario("A"));
        var b = (await (await _client.Create(Http.SmallScenario("B"))).ReadJson())["id"]!.GetValue<string>();

        var response = await _client.Put($"/v1/scenarios/{b}", Http.SmallScenario("B2"), a.ETag());

        await response.ShouldBeProblem(412);
    }

    [Fact]
    public async Task Deleting_leaves_a_tombstone_and_keeps_the_history()
    {
        var created = await _client.Create(Http.SmallScenario());
        var id = (await created.ReadJson())["id"]!.GetValue<string>();

        var deleted = await _client.Delete($"/v1/scenarios/{id}", created.ETag());

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await _client.GetAsync($"/v1/scenarios/{id}")).ShouldBeProblem(410);
        var list = await (await _client.GetAsync("/v1/scenarios")).ReadJson();
        list["items"]!.AsArray().Should().BeEmpty();
        var versions = (await (await _client.GetAsync($"/v1/scenarios/{id}/versions")).ReadJson()).AsArray();
        versions.Select(v => (v!["version"]!.GetValue<int>(), v["deleted"]!.GetValue<bool>()))
            .Should().Equal((1, false), (2, true));
        var first = await (await _client.GetAsync($"/v1/scenarios/{id}/versions/1")).ReadJson();
        first["scenario"]!["name"]!.GetValue<string>().Should().Be("Test scenario");
    }

    [Fact]
    public async Task Deleting_needs_If_match_and_the_current_ETag()
    {
        var created = await _client.Create(Http.SmallScenario());
        var id = (await created.ReadJson())["id"]!.GetValue<string>();
        await _client.Put($"/v1/scenarios/{id}", Http.SmallScenario("v2"), created.ETag());

        await (await _client.Delete($"/v1/scenarios/{id}", null)).ShouldBeProblem(428);
        await (await _client.Delete($"/v1/scenarios/{id}", created.ETag())).ShouldBeProblem(412);
        (await _client.GetAsync($"/v1/scenarios/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deleted_scenario_cannot_be_changed_again()
    {
        var created = await _client.Create(Http.SmallScenario());
        var id = (await created.ReadJson())["id"]!.GetValue<string>();
        await _client.Delete($"/v1/scenarios/{id}", created.ETag());

        await (await _client.Put($"/v1/scenarios/{id}", Http.SmallScenario(), "*")).ShouldBeProblem(410);
        await (await _client.Delete($"/v1/scenarios/{id}", "*")).ShouldBeProblem(410);
    }

    [Fact]
    public async Task Unknown_scenarios_answer_404()
    {
        await (await _client.GetAsync("/v1/scenarios/doesnotexist")).ShouldBeProblem(404);
        await (await _client.Put("/v1/scenarios/doesnotexist", Http.SmallScenario(), "*")).ShouldBeProblem(404);
        await (await _client.Delete("/v1/scenarios/doesnotexist", "*")).ShouldBeProblem(404);
        await (await _client.GetAsync("/v1/scenarios/doesnotexist/versions")).ShouldBeProblem(404);
        await (await _client.GetAsync("/v1/scenarios/doesnotexist/versions/1")).ShouldBeProblem(404);
        await (await _client.GetAsync("/v1/scenarios/doesnotexist/reconciliation")).ShouldBeProblem(404);
    }

    [Fact]
    public async Task The_list_pages_and_filters_by_organisation_and_name()
    {
        var admin = _app.CreateAdminClient(); // only admin lists across organisations
        await admin.Create(Http.SmallScenario("Begroting 2019", "Regio Noord"));
        await admin.Create(Http.SmallScenario("Begroting 2020", "Regio Noord"));
        await admin.Create(Http.SmallScenario("Begroting 2020", "Regio Zuid"));

        var noord = await (await admin.GetAsync("/v1/scenarios?organisation=regio%20noord&pageSize=1")).ReadJson();
        noord["totalCount"]!.GetValue<int>().Should().Be(2);
        noord["items"]!.AsArray().Should().HaveCount(1);
        var secondPage = await (await admin.GetAsync("/v1/scenarios?organisation=Regio%20Noord&pageSize=1&page=2")).ReadJson();
        secondPage["items"]!.AsArray().Should().HaveCount(1);
        secondPage["items"]![0]!["id"]!.GetValue<string>().Should().NotBe(noord["items"]![0]!["id"]!.GetValue<string>());

        var named = await (await admin.GetAsync("/v1/scenarios?name=2020")).ReadJson();
        named["items"]!.AsArray().Select(i => i!["organisation"]!.GetValue<string>()).Should().BeEquivalentTo("Regio Noord", "Regio Zuid");

        await (await admin.GetAsync("/v1/scenarios?pageSize=1000")).ShouldBeProblem(400);
        await (await admin.GetAsync("/v1/scenarios?page=0")).ShouldBeProblem(400);
    }

    [Fact]
    public async Task Every_change_is_a_new_immutable_version()
    {
        var created = await _client.Create(Http.SmallScenario("v1"));
        var id = (await created.ReadJson())["id"]!.GetValue<string>();
        var v2 = await _client.Put($"/v1/scenarios/{id}", Http.SmallScenario("v2"), created.ETag());
        await _client.Put($"/v1/scenarios/{id}", Http.SmallScenario("v3"), v2.ETag());

        var versions = (await (await _client.GetAsync($"/v1/scenarios/{id}/versions")).ReadJson()).AsArray();
        versions.Select(v => v!["version"]!.GetValue<int>()).Should().Equal(1, 2, 3);
        versions.Select(v => v!["etag"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
        for (var n = 1; n <= 3; n++)
        {
            var version = await _client.GetAsync($"/v1/scenarios/{id}/versions/{n}");
            version.ETag().Should().Be($"\"{id}-v{n}\"");
            (await version.ReadJson())["scenario"]!["name"]!.GetValue<string>().Should().Be($"v{n}");
        }
        await (await _client.GetAsync($"/v1/scenarios/{id}/versions/4")).ShouldBeProblem(404);
    }
}
