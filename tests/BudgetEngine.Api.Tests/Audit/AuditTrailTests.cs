using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Audit;

/// <summary>Every write is recorded (key id, organisation, time, action, resource, version) and readable by admin, paged, newest first.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ScenarioWritesAreRecordedWithTheKeyTheOrganisationAndTheVersion()
    {
        var (key, keyId) = await _app.CreateKeyAsync("Regio Eigen", "finance-officer");
        var officer = _app.CreateClientWithKey(key);
        var created = await officer.Create(Http.SmallScenario(organisation: "Regio Eigen"));
        var id = (await created.ReadJson())["id"]!.GetValue<string>();
        var updated = await officer.Put($"/v1/scenarios/{id}", Http.SmallScenario(organisation: "Regio Eigen", projectleider: 1m), created.ETag());
        await officer.Delete($"/v1/scenarios/{id}", updated.ETag());

        var entries = (await Audit())["items"]!.AsArray().Where(e => e!["resource"]!.GetValue<string>() == $"/v1/scenarios/{id}").ToArray();

        entries.Select(e => (e!["action"]!.GetValue<string>(), e["version"]!.GetValue<int>())).Should().Equal(("delete", 3), ("update", 2), ("create", 1));
        entries.Should().AllSatisfy(e =>
        {
            e!["keyId"]!.GetValue<string>().Should().Be(keyId);
            e["organisation"]!.GetValue<string>().Should().Be("Regio Eigen");
            e["at"]!.GetValue<DateTimeOffset>().Should().Be(_app.Clock.Now);
        });
    }

    [Fact]
    public async Task KeysCreatedAndRevokedAreRecorded()
    {
        var created = await (await _app.CreateClient().PostAsync("/v1/keys", Http.Json("""{"organisation": "Regio Eigen", "roles": ["reader"]}"""))).ReadJson();
        var id = created["details"]!["id"]!.GetValue<string>();
        await _app.CreateClient().DeleteAsync($"/v1/keys/{id}");

        var actions = (await Audit())["items"]!.AsArray().Where(e => e!["resource"]!.GetValue<string>() == $"/v1/keys/{id}").Select(e => e!["action"]!.GetValue<string>());

        actions.Should().Equal("revoke-key", "create-key");
    }

    [Fact]
    public async Task ARefusedWriteRecordsNothing()
    {
        var before = (await Audit())["totalCount"]!.GetValue<int>();
        var officer = await _app.CreateClientAsync("finance-officer", "Regio Eigen");
        var after0 = (await Audit())["totalCount"]!.GetValue<int>();

        await officer.PostAsync("/v1/scenarios", Http.Json(Http.SmallScenario(organisation: "Regio Ander")));    // 403
        await officer.PostAsync("/v1/scenarios", Http.Json("""{"organisation": "Regio Eigen"}"""));              // 400
        await officer.Put("/v1/scenarios/doesnotexist", Http.SmallScenario(organisation: "Regio Eigen"), "*");    // 404

        after0.Should().Be(before + 1, "the test's own key was recorded");
        (await Audit())["totalCount"]!.GetValue<int>().Should().Be(after0);
    }

    [Fact]
    public async Task TheTrailIsPagedNewestFirst()
    {
        for (var i = 0; i < 3; i++) await _app.CreateClient().Create(Http.SmallScenario($"S{i}", "Regio Eigen"));

        var first = await Audit("?page=1&pageSize=2");
        var second = await Audit("?page=2&pageSize=2");

        var ids = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(e => e!["id"]!.GetValue<long>()).ToArray();
        ids.Should().BeInDescendingOrder().And.OnlyHaveUniqueItems().And.HaveCount(4);
        first["totalCount"]!.GetValue<int>().Should().Be(4, "three scenarios and the bootstrap admin key");
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=101", "pageSize")]
    public async Task ABadPageAnswers400NamingTheParameter(string query, string field)
    {
        var problem = await (await _app.CreateClient().GetAsync("/v1/audit" + query)).ShouldBeProblem(400);

        problem["errors"]![field].Should().NotBeNull();
    }

    [Theory]
    [InlineData("finance-officer")]
    [InlineData("reader")]
    [InlineData("centrumgemeente")]
    public async Task OnlyAdminReadsTheTrail(string role)
    {
        var client = await _app.CreateClientAsync(role, "Regio Eigen");

        await (await client.GetAsync("/v1/audit")).ShouldBeProblem(403);
    }

    private async Task<JsonNode> Audit(string query = "?pageSize=100")
    {
        var response = await _app.CreateClient().GetAsync("/v1/audit" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.ReadJson();
    }
}
