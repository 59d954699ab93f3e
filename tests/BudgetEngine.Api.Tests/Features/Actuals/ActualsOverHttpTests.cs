using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BudgetEngine.Formats.Read;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetEngine.Api.Tests.Features.Actuals;

/// <summary>
/// The realisatie over HTTP: lines[].actuals, grants[].received and tolerance are read and kept, each year answers its
/// realisatie (budgeted, actual, difference, per source), ?basis=actuals reconciles the realised figures on both
/// reconciliation routes, OVERSPENT_LINE and GRANT_UNDERSPENT are found, and bad input is 400 naming the field.
/// </summary>
public sealed class ActualsOverHttpTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>
    /// GHNT 75,000 in 2019 (received 75,000) and 2020; Projectleider 50,000 a year, actually 62,500 in 2019; Campagne 10,000
    /// in 2019, actually 4,000. Budget: 2019 closes at 15,000, 2020 at 40,000; realised: 8,500 and 33,500.
    /// </summary>
    private static string Scenario(string actual2019 = "62500", string received = "75000") => $$"""
        {
          "organisation": "Regio Gooi en Vechtstreek",
          "name": "Realisatie",
          "firstYear": 2019,
          "lastYear": 2020,
          "tolerance": 1000,
          "sources": [{ "code": "GHNT", "kind": "ghnt" }],
          "grants": [
            { "source": "GHNT", "amount": 75000, "received": {{received}}, "period": { "kind": "calendar-year", "year": 2019 }, "status": "awarded" },
            { "source": "GHNT", "amount": 75000, "period": { "kind": "calendar-year", "year": 2020 }, "status": "awarded" }
          ],
          "lines": [
            { "name": "Projectleider", "amounts": { "2019": 50000, "2020": 50000 }, "actuals": { "2019": {{actual2019}} }, "coverage": "GHNT" },
            { "name": "Campagne", "amounts": { "2019": 10000 }, "actuals": { "2019": 4000 }, "coverage": "GHNT" }
          ]
        }
        """;

    private async Task<HttpClient> FinanceOfficer() => await _app.CreateClientAsync("finance-officer", "Regio Gooi en Vechtstreek");

    private static (decimal Income, decimal Costs, decimal ClosingBalance) Figures(JsonNode? node) =>
        (node!["income"].Euros(), node["costs"].Euros(), node["closingBalance"].Euros());

    [Fact]
    public async Task Each_year_answers_its_budgeted_and_actual_figures_and_their_difference_for_the_budget_and_per_source()
    {
        var client = await FinanceOfficer();

        var reconciliation = await (await client.PostAsync("/v1/reconciliations", Http.Json(Scenario()))).ReadJson();

        var realisatie = reconciliation["years"]![0]!["realisatie"]!;
        Figures(realisatie["budgeted"]).Should().Be((75_000m, 60_000m, 15_000m));
        Figures(realisatie["actual"]).Should().Be((75_000m, 66_500m, 8_500m));
        Figures(realisatie["difference"]).Should().Be((0m, 6_500m, -6_500m));
        var ghnt = realisatie["bySource"]!.AsArray().Should().ContainSingle().Subject!;
        ghnt["source"]!.GetValue<string>().Should().Be("GHNT");
        Figures(ghnt["difference"]).Should().Be((0m, 6_500m, -6_500m));
        // The budget basis keeps the budget's years: closing 15,000 and 40,000.
        reconciliation["years"]!.AsArray().Select(y => y!["closingBalance"].Euros()).Should().Equal(15_000m, 40_000m);
        reconciliation["options"]!["basis"]!.GetValue<string>().Should().Be("budget");
    }

    [Theory]
    [InlineData("actuals")]
    [InlineData("realisatie")]
    public async Task With_basis_actuals_the_closing_balances_are_the_realised_ones(string basis)
    {
        var client = await FinanceOfficer();

        var reconciliation = await (await client.PostAsync($"/v1/reconciliations?basis={basis}", Http.Json(Scenario()))).ReadJson();

        reconciliation["years"]!.AsArray().Select(y => y!["closingBalance"].Euros()).Should().Equal(8_500m, 33_500m);
        reconciliation["options"]!["basis"]!.GetValue<string>().Should().Be("actuals");
    }

    [Fact]
    public async Task The_stored_scenarios_reconciliation_takes_the_basis_and_keeps_the_realised_figures()
    {
        var client = await FinanceOfficer();
        var id = (await (await client.PostAsync("/v1/scenarios", Http.Json(Scenario()))).ReadJson())["id"]!.GetValue<string>();

        var budget = await (await client.GetAsync($"/v1/scenarios/{id}/reconciliation")).ReadJson();
        var actual = await (await client.GetAsync($"/v1/scenarios/{id}/reconciliation?basis=actuals")).ReadJson();
        var stored = (await (await client.GetAsync($"/v1/scenarios/{id}")).ReadJson())["scenario"]!;

        budget["years"]![1]!["closingBalance"].Euros().Should().Be(40_000m);
        actual["years"]![1]!["closingBalance"].Euros().Should().Be(33_500m);
        stored["lines"]![0]!["actuals"]!["2019"].Euros().Should().Be(62_500m);
        stored["grants"]![0]!["received"].Euros().Should().Be(75_000m);
        stored["tolerance"].Euros().Should().Be(1_000m);
    }

    [Fact]
    public async Task An_unknown_basis_is_400_naming_basis_and_the_values_it_takes_in_Dutch()
    {
        var client = await FinanceOfficer();

        var problem = await (await client.PostAsync("/v1/reconciliations?basis=cash", Http.Json(Scenario()))).ShouldBeProblem(400);

        problem["errors"]!["basis"]![0]!.GetValue<string>().Should().Be("'cash' is geen grondslag; gebruik budget, actuals, begroting, realisatie.");
    }

    [Fact]
    public async Task A_line_over_budget_beyond_the_tolerance_and_an_underspent_grant_are_found()
    {
        // Projectleider 12,500 over (tolerance 1,000); the 2019 grant received 75,000, GHNT was charged 66,500: 8,500 unspent.
        var client = await FinanceOfficer();

        var findings = (await (await client.PostAsync("/v1/reconciliations", Http.Json(Scenario()))).ReadJson())["findings"]!.AsArray();

        var overspent = findings.Single(f => f!["code"]!.GetValue<string>() == "OVERSPENT_LINE")!;
        (overspent["line"]!.GetValue<string>(), overspent["year"]!.GetValue<int>(), overspent["amount"].Euros()).Should().Be(("Projectleider", 2019, 12_500m));
        overspent["message"]!.GetValue<string>().Should().Be("'Projectleider' kostte in 2019 € 62.500,00: € 12.500,00 meer dan de begrote € 50.000,00 (meer dan de tolerantie van € 1.000,00).");
        var underspent = findings.Single(f => f!["code"]!.GetValue<string>() == "GRANT_UNDERSPENT")!;
        (underspent["source"]!.GetValue<string>(), underspent["year"]!.GetValue<int>(), underspent["amount"].Euros()).Should().Be(("GHNT", 2019, 8_500m));
    }

    [Fact]
    public async Task Within_the_tolerance_a_line_over_budget_is_no_finding()
    {
        // 51,000 against 50,000: 1,000 over, the tolerance.
        var client = await FinanceOfficer();

        var findings = (await (await client.PostAsync("/v1/reconciliations", Http.Json(Scenario(actual2019: "51000")))).ReadJson())["findings"]!.AsArray();

        findings.Should().NotContain(f => f!["code"]!.GetValue<string>() == "OVERSPENT_LINE");
    }

    [Theory]
    [InlineData("-1", "62500", "/grants/0/received")]
    [InlineData("75000", "-1", "/lines/0/actuals/2019")]
    [InlineData("75000", "62500.001", "/lines/0/actuals/2019")]
    public async Task A_bad_realised_amount_is_400_naming_the_field_and_nothing_is_stored(string received, string actual, string field)
    {
        var client = await FinanceOfficer();

        var problem = await (await client.PostAsync("/v1/scenarios", Http.Json(Scenario(actual, received)))).ShouldBeProblem(400);

        problem["errors"]![field].Should().NotBeNull();
        (await (await client.GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task An_actual_cost_in_a_year_outside_the_scenario_is_400_naming_the_year()
    {
        var client = await FinanceOfficer();
        var body = Scenario().Replace("\"actuals\": { \"2019\": 4000 }", "\"actuals\": { \"2021\": 4000 }");

        var problem = await (await client.PostAsync("/v1/reconciliations", Http.Json(body))).ShouldBeProblem(400);

        problem["errors"]!["/lines/1/actuals/2021"]![0]!.GetValue<string>().Should().Be("2021 valt buiten de jaren van het scenario, 2019-2020.");
    }

    private async Task<HttpResponseMessage> Reconciled(string accept, string query = "")
    {
        var client = await FinanceOfficer();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/reconciliations" + query) { Content = Http.Json(Scenario()) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response;
    }

    [Fact]
    public async Task The_sheet_shows_begroting_realisatie_and_verschil_side_by_side_per_year_and_source()
    {
        var (text, _, _) = CsvDecoder.Decode(await (await Reconciled("text/csv", "?basis=actuals")).Content.ReadAsByteArrayAsync());
        var (rows, _) = CsvParser.Parse(text);

        rows.Should().Contain(r => r.Cells.SequenceEqual(new[] { "Grondslag", "realisatie" }));
        var section = rows.Select((r, i) => (r, i)).Single(x => x.r[0] == "Begroting en realisatie").i;
        rows[section + 1].Cells.Should().Equal("Bron", "Jaar", "Baten begroting", "Baten realisatie", "Baten verschil",
            "Lasten begroting", "Lasten realisatie", "Lasten verschil", "Resultaat begroting", "Resultaat realisatie", "Resultaat verschil");
        rows[section + 2].Cells.Should().Equal("Begroting als geheel", "2019", "75.000,00", "75.000,00", "0,00",
            "60.000,00", "66.500,00", "6.500,00", "15.000,00", "8.500,00", "-6.500,00");
        rows[section + 4].Cells.Should().Equal("GHNT", "2019", "75.000,00", "75.000,00", "0,00",
            "60.000,00", "66.500,00", "6.500,00", "15.000,00", "8.500,00", "-6.500,00");
    }

    [Fact]
    public async Task The_workbook_has_a_sheet_begroting_en_realisatie_with_euro_number_cells()
    {
        var bytes = await (await Reconciled("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).Content.ReadAsByteArrayAsync();

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Begroting en realisatie");
        var cells = ((WorksheetPart)book.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        // Row 2 is 2019 for the budget as a whole; H2 the difference in costs, 66,500 - 60,000.
        cells["H2"].DataType!.Value.Should().Be(CellValues.Number);
        decimal.Parse(cells["H2"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture).Should().Be(6_500m);
    }
}
