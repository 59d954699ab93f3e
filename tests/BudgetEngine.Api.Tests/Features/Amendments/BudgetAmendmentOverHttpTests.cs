using System.Net;
using System.Text.Json.Nodes;
using BudgetEngine.Formats.Read;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetEngine.Api.Tests.Features.Amendments;

/// <summary>
/// GET /v1/scenarios/{id}/versions/{n}/changes: the begrotingswijziging between two versions of a stored scenario. Version 1
/// is the small scenario (GHNT 75,000 in 2019; Projectleider 20,000 in 2019 and 2020); version 2 raises Projectleider 2019
/// to 25,000 "for the extra training", by "raadsbesluit 2019-7".
/// </summary>
public sealed class BudgetAmendmentOverHttpTests : IDisposable
{
    private const string Organisation = "Gemeente Testdorp";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    private static string Amended()
    {
        var scenario = JsonNode.Parse(Http.SmallScenario(projectleider: 25_000m))!.AsObject();
        scenario["reason"] = "Extra training";
        scenario["decision"] = "raadsbesluit 2019-7";
        return scenario.ToJsonString();
    }

    private async Task<(HttpClient Client, string Id)> StoredWithTwoVersions()
    {
        var client = await _app.CreateClientAsync("finance-officer", Organisation);
        var created = await client.Create(Http.SmallScenario());
        var id = (await created.ReadJson())["id"]!.GetValue<string>();
        (await client.Put($"/v1/scenarios/{id}", Amended(), created.ETag())).StatusCode.Should().Be(HttpStatusCode.OK);
        return (client, id);
    }

    [Fact]
    public async Task The_changes_of_a_version_list_each_changed_line_year_with_both_amounts()
    {
        var (client, id) = await StoredWithTwoVersions();

        var changes = await (await client.GetAsync($"/v1/scenarios/{id}/versions/2/changes")).ReadJson();

        changes["from"]!["version"]!.GetValue<int>().Should().Be(1);
        changes["to"]!["version"]!.GetValue<int>().Should().Be(2);
        var line = changes["lines"]!.AsArray().Should().ContainSingle().Subject!;
        (line["line"]!.GetValue<string>(), line["year"]!.GetValue<int>(), line["change"]!.GetValue<string>()).Should().Be(("Projectleider", 2019, "changed"));
        // 25,000 - 20,000 = 5,000.
        (line["before"].Euros(), line["after"].Euros(), line["difference"].Euros()).Should().Be((20_000m, 25_000m, 5_000m));
        changes["grants"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task The_changes_give_every_years_closing_balance_per_source_before_and_after()
    {
        var (client, id) = await StoredWithTwoVersions();

        var years = (await (await client.GetAsync($"/v1/scenarios/{id}/versions/2/changes")).ReadJson())["closingBalances"]!.AsArray();

        // GHNT before: 75,000 - 20,000 = 55,000, then 55,000 - 20,000 = 35,000; after: 50,000 and 30,000.
        years.Select(y => (y!["year"]!.GetValue<int>(), y["bySource"]![0]!["source"]!.GetValue<string>(), y["bySource"]![0]!["before"].Euros(),
            y["bySource"]![0]!["after"].Euros(), y["bySource"]![0]!["difference"].Euros()))
            .Should().Equal((2019, "GHNT", 55_000m, 50_000m, -5_000m), (2020, "GHNT", 35_000m, 30_000m, -5_000m));
        years[1]!["budget"]!["difference"].Euros().Should().Be(-5_000m);
    }

    [Fact]
    public async Task A_version_keeps_the_reason_and_decision_its_put_carried()
    {
        var (client, id) = await StoredWithTwoVersions();

        var changes = await (await client.GetAsync($"/v1/scenarios/{id}/versions/2/changes")).ReadJson();
        var version2 = await (await client.GetAsync($"/v1/scenarios/{id}/versions/2")).ReadJson();
        var version1 = await (await client.GetAsync($"/v1/scenarios/{id}/versions/1")).ReadJson();

        (changes["reason"]!.GetValue<string>(), changes["decision"]!.GetValue<string>()).Should().Be(("Extra training", "raadsbesluit 2019-7"));
        version2["scenario"]!["decision"]!.GetValue<string>().Should().Be("raadsbesluit 2019-7");
        version1["scenario"]!.AsObject().ContainsKey("reason").Should().BeFalse("version 1 was stored without one, and reads as it was stored");
    }

    [Fact]
    public async Task A_version_the_scenario_does_not_have_is_404()
    {
        var (client, id) = await StoredWithTwoVersions();

        await (await client.GetAsync($"/v1/scenarios/{id}/versions/3/changes")).ShouldBeProblem(404);
    }

    [Fact]
    public async Task The_first_versions_changes_are_the_whole_budget_added_to_an_empty_one()
    {
        var (client, id) = await StoredWithTwoVersions();

        var changes = await (await client.GetAsync($"/v1/scenarios/{id}/versions/1/changes")).ReadJson();

        changes["from"]!["version"]!.GetValue<int>().Should().Be(0);
        changes["lines"]!.AsArray().Select(l => (l!["year"]!.GetValue<int>(), l["change"]!.GetValue<string>(), l["after"].Euros()))
            .Should().Equal((2019, "added", 20_000m), (2020, "added", 20_000m));
        var grant = changes["grants"]!.AsArray().Should().ContainSingle().Subject!;
        (grant["change"]!.GetValue<string>(), grant["after"].Euros(), grant["statusAfter"]!.GetValue<string>()).Should().Be(("added", 75_000m, "awarded"));
        // GHNT closes 2020 at 75,000 - 20,000 - 20,000 = 35,000, against 0 before.
        changes["closingBalances"]![1]!["bySource"]![0]!["difference"].Euros().Should().Be(35_000m);
    }

    [Theory]
    [InlineData("/versions/2/changes?from=2")]
    [InlineData("/versions/2/changes?from=5")]
    [InlineData("/versions/2/changes?from=-1")]
    [InlineData("/versions/1/changes?from=1")]
    public async Task A_from_that_is_not_an_earlier_version_is_400_naming_from(string route)
    {
        var (client, id) = await StoredWithTwoVersions();

        var problem = await (await client.GetAsync($"/v1/scenarios/{id}{route}")).ShouldBeProblem(400);

        problem["errors"]!["from"]![0]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task As_csv_the_changes_are_a_begrotingswijziging_with_the_decision_and_the_effect_on_the_result()
    {
        var (client, id) = await StoredWithTwoVersions();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/scenarios/{id}/versions/2/changes");
        request.Headers.Accept.ParseAdd("text/csv");

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"begrotingswijziging-{id}-v2.csv");
        var (text, _, _) = CsvDecoder.Decode(await response.Content.ReadAsByteArrayAsync());
        var (rows, _) = CsvParser.Parse(text);
        rows[0][0].Should().Be("Begrotingswijziging");
        rows.Should().Contain(r => r.Cells.SequenceEqual(new[] { "Besluit", "raadsbesluit 2019-7" }));
        rows.Should().Contain(r => r.Cells.SequenceEqual(new[] { "Projectleider", "2019", "gewijzigd", "20.000,00", "25.000,00", "5.000,00" }));
        rows.Should().Contain(r => r.Cells.SequenceEqual(new[] { "2020", "GHNT", "35.000,00", "30.000,00", "-5.000,00" }));
    }

    [Fact]
    public async Task As_xlsx_the_begrotingswijziging_has_its_sheets()
    {
        var (client, id) = await StoredWithTwoVersions();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/scenarios/{id}/versions/2/changes");
        request.Headers.Accept.ParseAdd(Xlsx);

        var response = await client.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.Should().Be(Xlsx);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should()
            .Equal("Begrotingswijziging", "Wijzigingen per regel", "Wijzigingen in baten", "Effect op het resultaat");
    }

    [Fact]
    public async Task The_comparison_of_two_scenarios_lists_the_line_years_the_other_changes()
    {
        var client = await _app.CreateClientAsync("finance-officer", Organisation);
        var baseline = (await (await client.Create(Http.SmallScenario())).ReadJson())["id"]!.GetValue<string>();
        var other = (await (await client.Create(Http.SmallScenario(name: "Ander scenario", projectleider: 30_000m))).ReadJson())["id"]!.GetValue<string>();

        var lines = (await (await client.GetAsync($"/v1/scenarios/{baseline}/comparison/{other}")).ReadJson())["lines"]!.AsArray();

        // 30,000 - 20,000 = 10,000.
        lines.Select(l => (l!["line"]!.GetValue<string>(), l["year"]!.GetValue<int>(), l["change"]!.GetValue<string>(), l["difference"].Euros()))
            .Should().Equal(("Projectleider", 2019, "changed", 10_000m));
    }
}
