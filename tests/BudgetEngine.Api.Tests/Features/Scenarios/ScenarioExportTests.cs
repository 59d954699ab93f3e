using System.Net;

namespace BudgetEngine.Api.Tests.Features.Scenarios;

/// <summary>GET /v1/scenarios/{id}/export: a JSON file that posts back unchanged.</summary>
public sealed class ScenarioExportTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public ScenarioExportTests() => _client = _app.CreateClient("finance-officer", "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_export_posted_back_is_the_same_scenario_and_exports_identically()
    {
        var id = await Store(Repository.GooiEnVechtstreek);
        var export = await _client.GetStringAsync($"/v1/scenarios/{id}/export");

        var copy = await Store(export);

        (await _client.GetStringAsync($"/v1/scenarios/{copy}/export")).Should().Be(export);
        (await _client.GetStringAsync($"/v1/scenarios/{copy}/reconciliation")).Should().Be(await _client.GetStringAsync($"/v1/scenarios/{id}/reconciliation"));
    }

    [Fact]
    public async Task An_imported_table_exports_as_the_JSON_sample()
    {
        var imported = await _client.PostAsync("/v1/scenarios/import",
            SheetSamples.Multipart(SheetSamples.GooiEnVechtstreekCsv, SheetSamples.GooiEnVechtstreekScenarioPart));
        var importedId = (await imported.ReadJson())["id"]!.GetValue<string>();
        var postedId = await Store(Repository.GooiEnVechtstreek);

        (await _client.GetStringAsync($"/v1/scenarios/{importedId}/export")).Should().Be(await _client.GetStringAsync($"/v1/scenarios/{postedId}/export"));
    }

    [Fact]
    public async Task The_export_is_an_attachment_named_after_the_scenario_and_version()
    {
        var id = await Store(Repository.GooiEnVechtstreek);

        var response = await _client.GetAsync($"/v1/scenarios/{id}/export");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be("regio-gooi-en-vechtstreek-ghnt-actieprogramma-2018-2021-v1.json");
    }

    [Fact]
    public async Task An_earlier_version_can_be_exported()
    {
        var id = await Store(Http.SmallScenario(organisation: "Regio Gooi en Vechtstreek", projectleider: 20000m));
        var etag = (await _client.GetAsync($"/v1/scenarios/{id}")).ETag();
        (await _client.Put($"/v1/scenarios/{id}", Http.SmallScenario(organisation: "Regio Gooi en Vechtstreek", projectleider: 30000m), etag)).EnsureSuccessStatusCode();

        var first = await (await _client.GetAsync($"/v1/scenarios/{id}/export?version=1")).ReadJson();

        first["lines"]![0]!["amounts"]!["2019"].Euros().Should().Be(20000m);
    }

    [Fact]
    public async Task Unknown_and_deleted_scenarios_are_problems()
    {
        await (await _client.GetAsync("/v1/scenarios/nope/export")).ShouldBeProblem(404);
        var id = await Store(Http.SmallScenario(organisation: "Regio Gooi en Vechtstreek"));
        await (await _client.GetAsync($"/v1/scenarios/{id}/export?version=7")).ShouldBeProblem(404);
        (await _client.Delete($"/v1/scenarios/{id}", "*")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await _client.GetAsync($"/v1/scenarios/{id}/export")).ShouldBeProblem(410);
    }

    [Theory]
    [InlineData("Regio Gooi en Vechtstreek", "regio-gooi-en-vechtstreek")]
    [InlineData("Coördinatie / Ouderen 2020", "coordinatie-ouderen-2020")]
    [InlineData("***", "scenario")]
    public void File_names_are_slugs(string text, string slug) => Api.Features.Scenarios.ExportApi.Slug(text).Should().Be(slug);

    private async Task<string> Store(string json) => (await (await _client.Create(json)).ReadJson())["id"]!.GetValue<string>();
}
