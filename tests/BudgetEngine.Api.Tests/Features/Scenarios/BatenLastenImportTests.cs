using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Api.Tests.Features.Scenarios;

/// <summary>
/// A begroting with income and costs, as finance officers keep it: a Baten / Lasten section layout or a Soort column, in
/// CSV and in xlsx. Baten rows become grants of their Dekking source, Lasten rows cost lines; an income row is never a cost.
/// </summary>
public sealed class BatenLastenImportTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public BatenLastenImportTests() => _client = _app.CreateClient("finance-officer", "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    private async Task<JsonNode> Imported(HttpContent body)
    {
        var response = await _client.PostAsync("/v1/scenarios/import?organisation=Regio%20Gooi%20en%20Vechtstreek", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJson())["scenario"]!;
    }

    private static ByteArrayContent XlsxBody(XlsxWorkbook book)
    {
        var content = new ByteArrayContent(book.ToBytes());
        content.Headers.ContentType = new MediaTypeHeaderValue(XlsxWorkbook.MediaType);
        return content;
    }

    private static string[] LineNames(JsonNode scenario) => scenario["lines"]!.AsArray().Select(l => l!["name"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task In_a_Baten_Lasten_layout_the_Baten_rows_become_grants_of_their_Dekking_source()
    {
        var table = SheetSamples.Table(
            "Begroting;2020;2021;Dekking;Status",
            "Baten;;;;",
            "Bijdrage GHNT;75.000€;75.000€;GHNT;toegekend",
            "Projectenpool;100.000€;;Projectenpool;onder voorbehoud",
            "Totaal baten;175.000€;75.000€;;",
            "Lasten;;;;",
            "Projectleider;60.000€;60.000€;GHNT;",
            "Project trauma;50.000€;;Projectenpool;",
            "Totaal lasten;110.000€;60.000€;;",
            "Saldo;65.000€;15.000€;;");

        var scenario = await Imported(SheetSamples.TextCsv(table));

        LineNames(scenario).Should().Equal("Projectleider", "Project trauma");
        var grants = scenario["grants"]!.AsArray();
        // Two GHNT grants (2020, 2021) and one conditional Projectenpool grant: three grants, 250.000 in all.
        grants.Should().HaveCount(3);
        grants.Sum(g => g!["amount"].Euros()).Should().Be(250000m);
        grants.Single(g => g!["source"]!.GetValue<string>() == "Projectenpool")!["status"]!.GetValue<string>().Should().Be("conditional");
        scenario["declared"]!["totals"]!["2020"].Euros().Should().Be(110000m);
    }

    [Fact]
    public async Task With_a_Soort_column_each_row_says_whether_it_is_income_or_cost()
    {
        var table = SheetSamples.Table(
            "Begroting;2020;Dekking;Soort",
            "Bijdrage GHNT;75.000€;GHNT;Baten",
            "Projectleider;60.000€;GHNT;Lasten",
            "Projectenpool **;40.000€;Projectenpool;Baten",
            "Campagne;10.000€;Projectenpool;Lasten");

        var scenario = await Imported(SheetSamples.TextCsv(table));

        LineNames(scenario).Should().Equal("Projectleider", "Campagne");
        var grants = scenario["grants"]!.AsArray();
        grants.Select(g => g!["source"]!.GetValue<string>()).Should().Equal("GHNT", "Projectenpool");
        // "**" after the name marks it onder voorbehoud.
        grants[1]!["status"]!.GetValue<string>().Should().Be("conditional");
    }

    [Fact]
    public async Task An_xlsx_begroting_in_a_Baten_Lasten_layout_reads_as_the_CSV_one_does()
    {
        var book = new XlsxWorkbook();
        book.Sheet("Begroting")
            .Row("Begroting", XlsxCell.Whole(2020), "Dekking")
            .Row("Lasten")
            .Row("Projectleider", XlsxCell.Amount(60000m), "GHNT")
            .Row("Totaal lasten", XlsxCell.Formula("SUM(B3:B3)"))
            .Row("Baten")
            .Row("Bijdrage GHNT onder voorbehoud", XlsxCell.Amount(75000m), "GHNT");

        var scenario = await Imported(XlsxBody(book));

        LineNames(scenario).Should().Equal("Projectleider");
        scenario["grants"]![0]!["amount"].Euros().Should().Be(75000m);
        scenario["grants"]![0]!["status"]!.GetValue<string>().Should().Be("conditional");
        // A total Excel computes is shown, not declared.
        ((scenario["declared"]?["totals"] as JsonObject)?.Count ?? 0).Should().Be(0);
    }

    [Fact]
    public async Task A_negative_Lasten_amount_is_refused_naming_its_cell()
    {
        var table = SheetSamples.Table(
            "Begroting;2020;2021;Dekking",
            "Lasten;;;",
            "Projectleider;60.000€;-5.000€;GHNT");

        var problem = await (await _client.PostAsync("/v1/scenarios/import?organisation=Regio", SheetSamples.TextCsv(table))).ShouldBeProblem(400);

        problem["errors"]!["row 3, column C (2021)"]![0]!.GetValue<string>().Should().Contain("Lasten");
    }

    [Fact]
    public async Task A_refusal_in_an_xlsx_begroting_names_the_sheet_row_and_column()
    {
        var book = new XlsxWorkbook();
        book.Sheet("Begroting")
            .Row("Begroting", XlsxCell.Whole(2020), "Dekking")
            .Row("Projectleider", XlsxCell.Amount(-60000m), "GHNT");

        var problem = await (await _client.PostAsync("/v1/scenarios/import?organisation=Regio", XlsxBody(book))).ShouldBeProblem(400);

        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("sheet Begroting, row 2, column B (2020)");
    }

    private static readonly string[] PmTable =
    [
        "Begroting;2020;2021;Dekking",
        "Baten;;;",
        "Bijdrage GHNT;75.000€;75.000€;GHNT",
        "Projectenpool;;p.m.;Projectenpool",
        "Lasten;;;",
        "Projectleider;60.000€;60.000€;GHNT",
        "Evaluatie;;p.m.;GHNT/ Projectenpool",
        "Totaal lasten;60.000€;p.m.;",
    ];

    [Fact]
    public async Task A_pm_cost_is_stored_as_a_pm_year_without_amount()
    {
        var scenario = await Imported(SheetSamples.TextCsv(SheetSamples.Table(PmTable)));

        var evaluatie = scenario["lines"]!.AsArray().Single(l => l!["name"]!.GetValue<string>() == "Evaluatie")!;
        evaluatie["pmYears"]!.AsArray().Select(y => y!.GetValue<int>()).Should().Equal(2021);
        evaluatie["amounts"]!.AsObject().Should().BeEmpty();
        // The declared Totaal lasten names 2020 only: p.m. declares nothing.
        scenario["declared"]!["totals"]!.AsObject().Select(t => t.Key).Should().Equal("2020");
    }

    [Fact]
    public async Task A_pm_income_is_stored_as_a_grant_of_zero_marked_pm_never_as_a_cost()
    {
        var scenario = await Imported(SheetSamples.TextCsv(SheetSamples.Table(PmTable)));

        LineNames(scenario).Should().Equal("Projectleider", "Evaluatie");
        var projectenpool = scenario["grants"]!.AsArray().Single(g => g!["source"]!.GetValue<string>() == "Projectenpool")!;
        (projectenpool["amount"].Euros(), projectenpool["pm"]!.GetValue<bool>(), projectenpool["period"]!["year"]!.GetValue<int>()).Should().Be((0m, true, 2021));
    }

    [Fact]
    public async Task The_reconciliation_of_an_imported_pm_amount_warns_with_PM_AMOUNT_in_Dutch_naming_the_line_and_year()
    {
        var response = await _client.PostAsync("/v1/scenarios/import?organisation=Regio%20Gooi%20en%20Vechtstreek", SheetSamples.TextCsv(SheetSamples.Table(PmTable)));
        var id = (await response.ReadJson())["id"]!.GetValue<string>();

        var findings = (await (await _client.GetAsync($"/v1/scenarios/{id}/reconciliation")).ReadJson())["findings"]!.AsArray()
            .Where(f => f!["code"]!.GetValue<string>() == "PM_AMOUNT").ToArray();

        // One for the cost of Evaluatie in 2021, one for the Projectenpool income of 2021.
        findings.Should().HaveCount(2);
        findings.Select(f => f!["message"]!.GetValue<string>()).Should().Contain(m => m.StartsWith("De lasten van 'Evaluatie' in 2021 zijn p.m.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pm_amount_survives_an_xlsx_export_and_import_unchanged()
    {
        var response = await _client.PostAsync("/v1/scenarios/import?organisation=Regio%20Gooi%20en%20Vechtstreek", SheetSamples.TextCsv(SheetSamples.Table(PmTable)));
        var id = (await response.ReadJson())["id"]!.GetValue<string>();
        using var export = new HttpRequestMessage(HttpMethod.Get, $"/v1/scenarios/{id}/export");
        export.Headers.Accept.ParseAdd(XlsxWorkbook.MediaType);
        var workbook = await (await _client.SendAsync(export)).Content.ReadAsByteArrayAsync();

        var again = await _client.PostAsync("/v1/scenarios/import", new ByteArrayContent(workbook) { Headers = { ContentType = new MediaTypeHeaderValue(XlsxWorkbook.MediaType) } });

        again.StatusCode.Should().Be(HttpStatusCode.Created);
        var copy = (await again.ReadJson())["scenario"]!;
        var original = (await (await _client.GetAsync($"/v1/scenarios/{id}")).ReadJson())["scenario"]!;
        copy.ToJsonString().Should().Be(original.ToJsonString());
    }
}
