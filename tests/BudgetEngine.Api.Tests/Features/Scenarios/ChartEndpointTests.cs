using System.Net;
using System.Xml.Linq;
using BudgetEngine.Api.Features.Scenarios;
using BudgetEngine.Core.Reconciliation;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetEngine.Api.Tests.Features.Scenarios;

/// <summary>GET /v1/scenarios/{id}/reconciliation.svg.</summary>
public sealed class ChartEndpointTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public ChartEndpointTests() => _client = _app.CreateClient("finance-officer", "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_stored_scenario_is_charted_as_an_SVG_image()
    {
        var id = await Store(Repository.GooiEnVechtstreek);

        var response = await _client.GetAsync($"/v1/scenarios/{id}/reconciliation.svg");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        svg.Name.LocalName.Should().Be("svg");
        svg.Attribute("aria-labelledby")!.Value.Should().Be($"chart-{id}-title chart-{id}-desc");
    }

    [Fact]
    public async Task The_query_chooses_the_reconciliation_as_for_the_JSON_one()
    {
        var id = await Store(Repository.GooiEnVechtstreek);

        var chart = await _client.GetStringAsync($"/v1/scenarios/{id}/reconciliation.svg?includeConditional=false");

        chart.Should().Contain("class=\"over-allocated\" data-year=\"2021\"").And.Contain("€ -200.000,00");
    }

    [Fact]
    public async Task A_stored_versions_chart_is_drawn_once_per_version_and_options()
    {
        var id = await Store(Repository.GooiEnVechtstreek);
        var cache = _app.Services.GetRequiredService<ReconciliationCache>();
        var withConditional = ReconciliationOptions.Default;
        var withoutConditional = withConditional with { IncludeConditional = false };

        var first = await _client.GetStringAsync($"/v1/scenarios/{id}/reconciliation.svg");

        cache.FindChart(id, 1, withConditional).Should().Be(first, "the chart of version 1 is kept");
        cache.FindChart(id, 1, withoutConditional).Should().BeNull("other options are another chart");
        (await _client.GetStringAsync($"/v1/scenarios/{id}/reconciliation.svg?version=1")).Should().Be(first);
    }

    [Fact]
    public async Task Problems_are_problem_JSON()
    {
        await (await _client.GetAsync("/v1/scenarios/nope/reconciliation.svg")).ShouldBeProblem(404);
        var id = await Store(Http.SmallScenario(organisation: "Regio Gooi en Vechtstreek"));
        await (await _client.GetAsync($"/v1/scenarios/{id}/reconciliation.svg?recognition=later")).ShouldBeProblem(400);
        await (await _client.GetAsync($"/v1/scenarios/{id}/reconciliation.svg?version=9")).ShouldBeProblem(404);
    }

    private async Task<string> Store(string json) => (await (await _client.Create(json)).ReadJson())["id"]!.GetValue<string>();
}
