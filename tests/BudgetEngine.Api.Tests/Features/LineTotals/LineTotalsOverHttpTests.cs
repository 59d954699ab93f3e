using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BudgetEngine.Api.Tests.Features.Scenarios;
using BudgetEngine.Formats.Read;

namespace BudgetEngine.Api.Tests.Features.LineTotals;

/// <summary>
/// Lines with an action line and an Iv3 taakveld: the reconciliation totals them per year (years[].byActielijn[],
/// years[].byTaakveld[]), a taakveld not on the published list is refused naming the field and the list, the sheets
/// show the totals, and the import reads a Taakveld column and "Totaal actielijn" rows.
/// </summary>
public sealed class LineTotalsOverHttpTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>GHNT 100,000 in 2019; Projectleider (actielijn 1, 6.81) 60,000; Campagne (actielijn 2, no taakveld) 10,000.</summary>
    private static string Scenario(string taakveld = "6.81") => $$"""
        {
          "organisation": "Regio Gooi en Vechtstreek",
          "name": "Totalen",
          "firstYear": 2019,
          "lastYear": 2019,
          "sources": [{ "code": "GHNT", "kind": "ghnt" }],
          "grants": [{ "source": "GHNT", "amount": 100000, "period": { "kind": "calendar-year", "year": 2019 }, "status": "awarded" }],
          "lines": [
            { "name": "Projectleider", "actielijn": 1, "taakveld": "{{taakveld}}", "amounts": { "2019": 60000 }, "coverage": "GHNT" },
            { "name": "Campagne", "actielijn": 2, "amounts": { "2019": 10000 }, "coverage": "GHNT" }
          ]
        }
        """;

    private async Task<HttpClient> FinanceOfficer() => await _app.CreateClientAsync("finance-officer", "Regio Gooi en Vechtstreek");

    [Fact]
    public async Task The_reconciliation_totals_the_costs_per_action_line_and_per_taakveld_with_its_name()
    {
        var client = await FinanceOfficer();

        var year = (await (await client.PostAsync("/v1/reconciliations", Http.Json(Scenario()))).ReadJson())["years"]![0]!;

        year["byActielijn"]!.AsArray().Select(g => (g!["actielijn"]!.GetValue<string>(), g["costs"].Euros())).Should().Equal(("1", 60_000m), ("2", 10_000m));
        var taakveld = year["byTaakveld"]!.AsArray();
        taakveld.Select(g => (g!["taakveld"]!.GetValue<string>(), g["costs"].Euros())).Should().Equal(("6.81", 60_000m), ("unassigned", 10_000m));
        taakveld[0]!["name"]!.GetValue<string>().Should().Be("Geëscaleerde zorg 18+");
        taakveld[1]!["name"].Should().BeNull();
        taakveld[0]!["sources"]![0]!["source"]!.GetValue<string>().Should().Be("GHNT");
        taakveld[0]!["sources"]![0]!["amount"].Euros().Should().Be(60_000m);
        taakveld[0]!["unfunded"].Euros().Should().Be(0m);
    }

    [Fact]
    public async Task A_taakveld_not_on_the_iv3_list_is_400_naming_the_field_and_the_list()
    {
        var client = await FinanceOfficer();

        var problem = await (await client.PostAsync("/v1/scenarios", Http.Json(Scenario(taakveld: "6.8")))).ShouldBeProblem(400);

        problem["errors"]!["/lines/0/taakveld"]![0]!.GetValue<string>().Should().Contain("'6.8'").And.Contain("docs/reference/iv3-taakvelden.csv");
        (await (await client.GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task The_sheet_shows_the_totals_per_action_line_with_a_column_per_source_and_ongedekt()
    {
        var client = await FinanceOfficer();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/reconciliations") { Content = Http.Json(Scenario()) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var (text, _, _) = CsvDecoder.Decode(await (await client.SendAsync(request)).Content.ReadAsByteArrayAsync());
        var (rows, _) = CsvParser.Parse(text);

        var section = rows.Select((r, i) => (r, i)).Single(x => x.r[0] == "Per actielijn").i;
        rows[section + 1].Cells.Should().Equal("Actielijn", "Jaar", "Lasten", "GHNT", "Ongedekt");
        rows[section + 2].Cells.Should().Equal("1", "2019", "60.000,00", "60.000,00", "0,00");
        rows[section + 3].Cells.Should().Equal("2", "2019", "10.000,00", "10.000,00", "0,00");
        rows.Should().Contain(r => r.Cells.SequenceEqual(new[] { "6.81", "Geëscaleerde zorg 18+", "2019", "60.000,00", "60.000,00", "0,00" }));
    }

    [Fact]
    public async Task The_import_reads_a_taakveld_column_and_an_action_lines_declared_total_and_finds_its_mismatch()
    {
        var client = await FinanceOfficer();
        var table = SheetSamples.Table(
            "Begroting;2019;Dekking;Actielijn;Taakveld",
            "Projectleider;60.000€;GHNT;1;6.81",
            "Campagne;10.000€;GHNT;2;",
            "Totaal actielijn 1;70.000€;;;");

        var response = await client.PostAsync("/v1/scenarios/import?organisation=Regio%20Gooi%20en%20Vechtstreek", SheetSamples.TextCsv(table));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var stored = await response.ReadJson();
        var id = stored["id"]!.GetValue<string>();

        stored["scenario"]!["lines"]![0]!["taakveld"]!.GetValue<string>().Should().Be("6.81");
        var subtotal = stored["scenario"]!["declared"]!["subtotals"]![0]!;
        (subtotal["name"]!.GetValue<string>(), subtotal["actielijn"]!.GetValue<int>(), subtotal["amounts"]!["2019"].Euros()).Should().Be(("Totaal actielijn 1", 1, 70_000m));
        // Declared 70,000 for action line 1, whose only line costs 60,000 (Campagne is under action line 2): 10,000 apart.
        var findings = (await (await client.GetAsync($"/v1/scenarios/{id}/reconciliation")).ReadJson())["findings"]!.AsArray();
        var mismatch = findings.Single(f => f!["code"]!.GetValue<string>() == "DECLARED_TOTAL_MISMATCH")!;
        (mismatch["line"]!.GetValue<string>(), mismatch["amount"].Euros()).Should().Be(("Totaal actielijn 1", 10_000m));
        mismatch["message"]!.GetValue<string>().Should().Contain("actielijn 1");
    }
}
