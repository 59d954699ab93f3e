using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.Audit;

/// <summary>Every write is recorded (key id, organisation, time, action, resource, version) and readable by admin, paged, newest first.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Scenario_writes_are_recorded_with_the_key_the_organisation_and_the_version()
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
    public async Task Keys_created_and_revoked_are_recorded()
    {
        var created = await (await _app.CreateAdminClient().PostAsync("/v1/keys", Http.Json("""{"organisation": "Regio Eigen", "roles": ["reader"]}"""))).ReadJson();
        var id = created["details"]!["id"]!.GetValue<string>();
        await _app.CreateAdminClient().DeleteAsync($"/v1/keys/{id}");

        var actions = (await Audit())["items"]!.AsArray().Where(e => e!["resource"]!.GetValue<string>() == $"/v1/keys/{id}").Select(e => e!["action"]!.GetValue<string>());

        actions.Should().Equal("revoke-key", "create-key");
    }

    [Fact]
    public async Task A_refused_write_records_nothing()
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
    public async Task The_trail_is_paged_newest_first()
    {
        var officer = await _app.CreateClientAsync("finance-officer", "Regio Eigen");
        for (var i = 0; i < 3; i++) await officer.Create(Http.SmallScenario($"S{i}", "Regio Eigen"));

        var first = await Audit("?page=1&pageSize=2");
        var second = await Audit("?page=2&pageSize=2");

        var ids = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(e => e!["id"]!.GetValue<long>()).ToArray();
        ids.Should().BeInDescendingOrder().And.OnlyHaveUniqueItems().And.HaveCount(4);
        first["totalCount"]!.GetValue<int>().Should().Be(5, "three scenarios, the finance officer's key and the bootstrap admin key");
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=101", "pageSize")]
    public async Task A_bad_page_answers_400_naming_the_parameter(string query, string field)
    {
        var problem = await (await _app.CreateAdminClient().GetAsync("/v1/audit" + query)).ShouldBeProblem(400);

        problem["errors"]![field].Should().NotBeNull();
    }

    [Theory]
    [InlineData("finance-officer")]
    [InlineData("reader")]
    [InlineData("centrumgemeente")]
    public async Task Only_admin_reads_the_trail(string role)
    {
        var client = await _app.CreateClientAsync(role, "Regio Eigen");

        await (await client.GetAsync("/v1/audit")).ShouldBeProblem(403);
    }

    private async Task<JsonNode> Audit(string query = "?pageSize=100")
    {
        var response = await _app.CreateAdminClient().GetAsync("/v1/audit" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.ReadJson();
    }
}

/// <summary>DU VO writes are audited too, and a centrumgemeente's key writes only its own plan.</summary>
public sealed class DuVoAuditTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    private static string UtrechtPlan => File.ReadAllText(Path.Combine(Repository.Samples, "duvo", "plan-GM0344-2015-utrecht.json"));

    [Fact]
    public async Task A_centrumgemeentes_plan_is_recorded_as_put_plan_by_its_key()
    {
        var (key, keyId) = await _app.CreateKeyAsync("GM0344", "centrumgemeente");

        var response = await _app.CreateClientWithKey(key).PutAsync("/v1/centrumgemeenten/GM0344/duvo/2015/plan", Http.Json(UtrechtPlan));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var latest = (await (await _app.CreateAdminClient().GetAsync("/v1/audit?pageSize=1")).ReadJson())["items"]![0]!;
        latest["action"]!.GetValue<string>().Should().Be("put-plan");
        latest["resource"]!.GetValue<string>().Should().Be("/v1/centrumgemeenten/GM0344/duvo/2015/plan");
        latest["keyId"]!.GetValue<string>().Should().Be(keyId);
        latest["version"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Another_centrumgemeentes_plan_is_invisible_and_unwritable()
    {
        var amersfoort = await _app.CreateClientAsync("centrumgemeente", "GM0307");
        await (await _app.CreateClientAsync("centrumgemeente", "GM0344")).PutAsync("/v1/centrumgemeenten/GM0344/duvo/2015/plan", Http.Json(UtrechtPlan));

        await (await amersfoort.GetAsync("/v1/centrumgemeenten/GM0344/duvo/2015/plan")).ShouldBeProblem(404);
        await (await amersfoort.PutAsync("/v1/centrumgemeenten/GM0344/duvo/2015/plan", Http.Json(UtrechtPlan))).ShouldBeProblem(404);
        var listed = await (await amersfoort.GetAsync("/v1/centrumgemeenten")).ReadJson();
        listed.AsArray().Should().BeEmpty("Amersfoort has nothing stored; Utrecht is not its business");
    }
}
