using System.Text.Json.Nodes;
using BudgetEngine.Api.Tests.Features.DuVo;

namespace BudgetEngine.Api.Tests.Infrastructure.OpenApi;

/// <summary>
/// The answers the server really sends fit the response schemas the approved document declares for their route, status and
/// media type: every required property present, null only where nullable, the declared types and enum values, no property a
/// closed schema does not declare (see <see cref="ResponseSchema"/> for the subset of JSON Schema read).
/// </summary>
public sealed class ResponseSchemaTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_reconciliation_fits_its_schema()
    {
        var client = await FinanceOfficer();

        var response = await client.PostAsync("/v1/reconciliations", Http.Json(Repository.GooiEnVechtstreek));

        await ShouldFit(response, "POST", "/v1/reconciliations");
    }

    [Fact]
    public async Task A_stored_scenario_its_version_list_and_its_reconciliation_fit_their_schemas()
    {
        var client = await FinanceOfficer();
        var created = await client.Create(Repository.GooiEnVechtstreek);
        await ShouldFit(created, "POST", "/v1/scenarios");
        var id = (await created.ReadJson())["id"]!.GetValue<string>();

        await ShouldFit(await client.GetAsync($"/v1/scenarios/{id}"), "GET", "/v1/scenarios/{id}");
        await ShouldFit(await client.GetAsync($"/v1/scenarios/{id}/reconciliation"), "GET", "/v1/scenarios/{id}/reconciliation");
        await ShouldFit(await client.GetAsync("/v1/scenarios"), "GET", "/v1/scenarios");
    }

    [Fact]
    public async Task A_DU_VO_breakdown_stored_or_not_fits_its_schema()
    {
        var centrumgemeente = await _app.CreateClientAsync("centrumgemeente", "GM0202");
        await centrumgemeente.PutNew(DuVoRequests.PlanUrl("GM0202", 2020), DuVoRequests.Arnhem2020Cofinanciering);
        var withoutCodeOrYear = DuVoRequests.Plan(1_000m, ("Veilig Thuis", 400m));

        await ShouldFit(await centrumgemeente.GetAsync(DuVoRequests.BreakdownUrl("GM0202", 2020)), "GET", "/v1/centrumgemeenten/{code}/duvo/{year}/breakdown");
        await ShouldFit(await centrumgemeente.PostAsync("/v1/duvo/breakdowns", Http.Json(DuVoRequests.Arnhem2020Cofinanciering)), "POST", "/v1/duvo/breakdowns");
        await ShouldFit(await centrumgemeente.PostAsync("/v1/duvo/breakdowns", Http.Json(withoutCodeOrYear)), "POST", "/v1/duvo/breakdowns");
    }

    [Fact]
    public async Task Problems_fit_their_schemas()
    {
        var client = await FinanceOfficer();
        var created = await client.Create(Repository.GooiEnVechtstreek);
        var id = (await created.ReadJson())["id"]!.GetValue<string>();
        var invalid = JsonNode.Parse(Repository.GooiEnVechtstreek)!.AsObject();
        invalid["lines"]![0]!["amounts"]!["2019"] = 12.345m;

        await ShouldFit(await client.PostAsync("/v1/reconciliations", Http.Json(invalid.ToJsonString())), "POST", "/v1/reconciliations", status: 400);
        await ShouldFit(await client.GetAsync("/v1/scenarios/no-such-scenario"), "GET", "/v1/scenarios/{id}", status: 404);
        await ShouldFit(await client.Put($"/v1/scenarios/{id}", Repository.GooiEnVechtstreek, "\"stale\""), "PUT", "/v1/scenarios/{id}", status: 412);
        await ShouldFit(await client.Put($"/v1/scenarios/{id}", Repository.GooiEnVechtstreek, ifMatch: null), "PUT", "/v1/scenarios/{id}", status: 428);
    }

    [Fact]
    public async Task The_checker_names_a_missing_required_property_and_an_undeclared_null()
    {
        // A reconciliation without its years, and with null findings: the schema requires the one and does not allow the other.
        var client = await FinanceOfficer();
        var answer = (await (await client.PostAsync("/v1/reconciliations", Http.Json(Repository.GooiEnVechtstreek))).ReadJson()).AsObject();
        answer.Remove("years");
        answer["findings"] = null;
        using var altered = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = Http.Json(answer.ToJsonString()) };

        var differences = await ResponseSchema.OfApprovedDocument.DifferencesAsync(altered, "POST", "/v1/reconciliations");

        differences.Should().Contain(d => d.Contains("years")).And.Contain(d => d.StartsWith("/findings: null"));
    }

    private Task<HttpClient> FinanceOfficer() => _app.CreateClientAsync("finance-officer", "Regio Gooi en Vechtstreek");

    private static async Task ShouldFit(HttpResponseMessage response, string method, string route, int status = 0)
    {
        if (status != 0) ((int)response.StatusCode).Should().Be(status, await response.Content.ReadAsStringAsync());
        else ((int)response.StatusCode).Should().BeInRange(200, 299, await response.Content.ReadAsStringAsync());
        var differences = await ResponseSchema.OfApprovedDocument.DifferencesAsync(response, method, route);
        differences.Should().BeEmpty($"{method} {route} answers {(int)response.StatusCode} as the document declares:\n{await response.Content.ReadAsStringAsync()}");
    }
}
