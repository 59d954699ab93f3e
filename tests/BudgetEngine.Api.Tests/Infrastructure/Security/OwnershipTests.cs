using System.Net;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>Nobody reads or changes what is not theirs: another organisation's scenarios are invisible (404), never readable.</summary>
public sealed class OwnershipTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    private Task<HttpClient> OfficerOf(string organisation) => _app.CreateClientAsync("finance-officer", organisation);

    [Fact]
    public async Task A_finance_officer_lists_only_its_own_organisations_scenarios()
    {
        await (await OfficerOf("Regio Eigen")).Create(Http.SmallScenario("Ours", "Regio Eigen"));
        await (await OfficerOf("Regio Ander")).Create(Http.SmallScenario("Theirs", "Regio Ander"));
        var officer = await _app.CreateClientAsync("finance-officer", "regio eigen ");

        var all = await (await officer.GetAsync("/v1/scenarios")).ReadJson();
        var asked = await (await officer.GetAsync("/v1/scenarios?organisation=Regio%20Ander")).ReadJson();

        all["items"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Should().Equal("Ours");
        all["totalCount"]!.GetValue<int>().Should().Be(1, "others' scenarios are not even counted");
        asked["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Another_organisations_scenario_answers_exactly_like_one_that_does_not_exist()
    {
        var theirs = (await (await (await OfficerOf("Regio Ander")).Create(Http.SmallScenario(organisation: "Regio Ander"))).ReadJson())["id"]!.GetValue<string>();
        var reader = await _app.CreateClientAsync("reader", "Regio Eigen");

        var hidden = await (await reader.GetAsync($"/v1/scenarios/{theirs}")).ShouldBeProblem(404);
        var missing = await (await reader.GetAsync("/v1/scenarios/doesnotexist")).ShouldBeProblem(404);

        hidden["title"]!.GetValue<string>().Should().Be(missing["title"]!.GetValue<string>());
        hidden["detail"]!.GetValue<string>().Should().Be($"Geen scenario heeft het id '{theirs}'.");
    }

    [Fact]
    public async Task A_comparison_with_another_organisations_scenario_is_not_found()
    {
        var ours = (await (await (await OfficerOf("Regio Eigen")).Create(Http.SmallScenario(organisation: "Regio Eigen"))).ReadJson())["id"]!.GetValue<string>();
        var theirs = (await (await (await OfficerOf("Regio Ander")).Create(Http.SmallScenario(organisation: "Regio Ander"))).ReadJson())["id"]!.GetValue<string>();
        var officer = await _app.CreateClientAsync("finance-officer", "Regio Eigen");

        await (await officer.GetAsync($"/v1/scenarios/{ours}/comparison/{theirs}")).ShouldBeProblem(404);
    }

    [Fact]
    public async Task A_finance_officer_cannot_store_a_scenario_for_another_organisation()
    {
        var officer = await _app.CreateClientAsync("finance-officer", "Regio Eigen");

        var problem = await (await officer.PostAsync("/v1/scenarios", Http.Json(Http.SmallScenario(organisation: "Regio Ander")))).ShouldBeProblem(403);

        problem["errors"]!["/organisation"].Should().NotBeNull();
        (await (await _app.CreateAdminClient().GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task A_finance_officer_cannot_hand_its_scenario_to_another_organisation()
    {
        var officer = await _app.CreateClientAsync("finance-officer", "Regio Eigen");
        var created = await officer.Create(Http.SmallScenario(organisation: "Regio Eigen"));
        var id = (await created.ReadJson())["id"]!.GetValue<string>();

        await (await officer.Put($"/v1/scenarios/{id}", Http.SmallScenario(organisation: "Regio Ander"), created.ETag())).ShouldBeProblem(403);

        (await (await officer.GetAsync($"/v1/scenarios/{id}")).ReadJson())["version"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Organisations_compare_trimmed_and_ignoring_case()
    {
        var officer = await _app.CreateClientAsync("finance-officer", "Regio Eigen");

        var response = await officer.PostAsync("/v1/scenarios", Http.Json(Http.SmallScenario(organisation: "  REGIO EIGEN ")));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_reader_reads_but_never_writes()
    {
        var created = await (await OfficerOf("Regio Eigen")).Create(Http.SmallScenario(organisation: "Regio Eigen"));
        var id = (await created.ReadJson())["id"]!.GetValue<string>();
        var reader = await _app.CreateClientAsync("reader", "Regio Eigen");

        (await reader.GetAsync($"/v1/scenarios/{id}/reconciliation")).StatusCode.Should().Be(HttpStatusCode.OK);
        var problem = await (await reader.Put($"/v1/scenarios/{id}", Http.SmallScenario(organisation: "Regio Eigen"), created.ETag())).ShouldBeProblem(403);
        problem["requiredRoles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("finance-officer", "admin");
        await (await reader.Delete($"/v1/scenarios/{id}", created.ETag())).ShouldBeProblem(403);
    }
}
