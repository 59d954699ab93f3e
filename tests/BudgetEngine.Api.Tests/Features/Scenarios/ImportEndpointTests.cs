using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BudgetEngine.Formats.Read;

namespace BudgetEngine.Api.Tests.Features.Scenarios;

/// <summary>POST /v1/scenarios/import: the budget table a finance officer keeps in Excel becomes a stored scenario.</summary>
public sealed class ImportEndpointTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public ImportEndpointTests() => _client = _app.CreateClient("finance-officer", "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_sample_table_with_the_sample_fields_reconciles_exactly_as_the_JSON_sample()
    {
        var imported = await Import(SheetSamples.Multipart(SheetSamples.GooiEnVechtstreekCsv, SheetSamples.GooiEnVechtstreekScenarioPart));

        var fromTable = await _client.GetStringAsync($"/v1/scenarios/{Id(imported)}/reconciliation");
        var fromJson = await (await _client.PostAsync("/v1/reconciliations", Http.Json(Repository.GooiEnVechtstreek))).Content.ReadAsStringAsync();
        fromTable.Should().Be(fromJson);
    }

    [Fact]
    public async Task The_sample_table_with_the_sample_fields_is_the_JSON_sample_scenario()
    {
        var imported = await Import(SheetSamples.Multipart(SheetSamples.GooiEnVechtstreekCsv, SheetSamples.GooiEnVechtstreekScenarioPart));
        var posted = await (await _client.Create(Repository.GooiEnVechtstreek)).ReadJson();

        imported["scenario"]!.ToJsonString().Should().Be(posted["scenario"]!.ToJsonString());
    }

    [Fact]
    public async Task The_import_answers_like_creating_a_scenario()
    {
        var response = await _client.PostAsync("/v1/scenarios/import?organisation=Regio%20Gooi%20en%20Vechtstreek", SheetSamples.TextCsv(SheetSamples.GooiEnVechtstreekCsv));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.ReadJson();
        response.Headers.Location!.ToString().Should().Be($"/v1/scenarios/{Id(body)}");
        response.Headers.ETag!.ToString().Should().Be(body["etag"]!.GetValue<string>());
        body["version"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Without_a_scenario_part_the_name_years_and_sources_come_from_the_table()
    {
        var scenario = (await Import(SheetSamples.TextCsv(SheetSamples.GooiEnVechtstreekCsv), "?organisation=Regio%20Gooi%20en%20Vechtstreek"))["scenario"]!;

        scenario["name"]!.GetValue<string>().Should().Be("Begroting GHNT");
        scenario["firstYear"]!.GetValue<int>().Should().Be(2018);
        scenario["lastYear"]!.GetValue<int>().Should().Be(2021);
        scenario["sources"]!.AsArray().Select(s => $"{s!["code"]}:{s["kind"]}:{s["carriesOver"]}")
            .Should().Equal("GHNT:ghnt:true", "Projectenpool:projectenpool:true");
        scenario["grants"]!.AsArray().Should().BeEmpty("the table has no income rows");
        scenario["declared"]!["totals"]!["2020"].Euros().Should().Be(238500m);
        scenario["declared"]!["results"]!.AsObject().Select(r => r.Key).Should().Equal("2019", "2020");
    }

    [Fact]
    public async Task The_seeds_misspelled_source_imports_as_written_and_is_flagged()
    {
        var id = Id(await Import(SheetSamples.TextCsv(SheetSamples.GooiEnVechtstreekCsv), "?organisation=Regio%20Gooi%20en%20Vechtstreek"));

        var reconciliation = await (await _client.GetAsync($"/v1/scenarios/{id}/reconciliation")).ReadJson();

        var unknown = reconciliation["findings"]!.AsArray().Single(f => f!["code"]!.GetValue<string>() == "UNKNOWN_SOURCE")!;
        unknown["source"]!.GetValue<string>().Should().Be("GNHT");
        unknown["suggestion"]!.GetValue<string>().Should().Be("GHNT");
    }

    [Fact]
    public async Task A_Windows_1252_table_imports_like_the_UTF8_one()
    {
        var text = Encoding.UTF8.GetString(SheetSamples.GooiEnVechtstreekCsv).TrimStart('\uFEFF');
        var windows1252 = CsvDecoder.Windows1252.GetBytes(text);
        windows1252.Should().Contain(0x80, "the euro sign is 0x80 in Windows-1252");

        var fromUtf8 = await Import(SheetSamples.Multipart(SheetSamples.GooiEnVechtstreekCsv, SheetSamples.GooiEnVechtstreekScenarioPart));
        var from1252 = await Import(SheetSamples.Multipart(windows1252, SheetSamples.GooiEnVechtstreekScenarioPart));

        from1252["scenario"]!.ToJsonString().Should().Be(fromUtf8["scenario"]!.ToJsonString());
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("klingon")]
    [InlineData("ibm037")]
    public async Task An_unsupported_charset_is_415_naming_it(string charset)
    {
        var response = await _client.PostAsync("/v1/scenarios/import?organisation=Regio", SheetSamples.TextCsv(SheetSamples.GooiEnVechtstreekCsv, charset));

        var problem = await response.ShouldBeProblem(415);
        problem["errors"]!["Content-Type"]![0]!.GetValue<string>().Should().Contain($"'{charset}'").And.Contain("charset=utf-8");
    }

    [Fact]
    public async Task A_charset_named_in_content_type_is_used()
    {
        var table = CsvDecoder.Windows1252.GetBytes("Begroting;2019;Dekking\r\nCoördinatie;€ 1.000,-;GHNT\r\n");

        var scenario = (await Import(SheetSamples.TextCsv(table, "windows-1252"), "?organisation=Regio%20Gooi%20en%20Vechtstreek"))["scenario"]!;

        scenario["lines"]![0]!["name"]!.GetValue<string>().Should().Be("Coördinatie");
        scenario["lines"]![0]!["amounts"]!["2019"].Euros().Should().Be(1000m);
    }

    [Fact]
    public async Task Every_bad_cell_is_named_by_row_and_column_and_nothing_is_stored()
    {
        var table = SheetSamples.Table(
            "Begroting;2019;2020;Dekking",
            "Projectleider;25.000€;abc;GHNT",
            "Campagne;1.000€;2.000€;",
            "Training;1,234;;GHNT");

        var problem = await (await _client.PostAsync("/v1/scenarios/import?organisation=Regio", SheetSamples.TextCsv(table))).ShouldBeProblem(400);

        var errors = problem["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().BeEquivalentTo("row 2, column C (2020)", "row 3, column D (Dekking)", "row 4, column B (2019)");
        errors["row 2, column C (2020)"]![0]!.GetValue<string>().Should().Contain("'abc'");
        errors["row 4, column B (2019)"]![0]!.GetValue<string>().Should().Contain("op twee manieren te lezen", "the answer is in Dutch unless the request asks for English");
        (await (await _client.GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task A_refusal_of_a_cell_is_in_English_when_the_request_asks_for_English()
    {
        var table = SheetSamples.Table(
            "Begroting;2019;Dekking",
            "Training;1,234;GHNT");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/scenarios/import?organisation=Regio") { Content = SheetSamples.TextCsv(table) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var problem = await (await _client.SendAsync(request)).ShouldBeProblem(400);

        problem["errors"]!["row 2, column B (2019)"]![0]!.GetValue<string>().Should().StartWith("'1,234' is ambiguous");
    }

    [Fact]
    public async Task A_rule_the_scenario_breaks_is_named_at_its_cell()
    {
        var table = SheetSamples.Table(
            "Begroting;2019;2020;Dekking",
            "Projectleider;25.000€;5.000€;GHNT",
            "Projectleider;1.000€;;GHNT");

        var problem = await (await _client.PostAsync("/v1/scenarios/import?organisation=Regio", SheetSamples.TextCsv(table))).ShouldBeProblem(400);

        var errors = problem["errors"]!.AsObject();
        errors["row 3, column A"]![0]!.GetValue<string>().Should().Contain("hoort al bij een andere regel", "the answer is in Dutch unless the request asks for English");
    }

    [Fact]
    public async Task Years_narrower_than_the_table_are_named_at_the_cells_outside_them()
    {
        var problem = await (await _client.PostAsync("/v1/scenarios/import?organisation=Regio&firstYear=2019",
            SheetSamples.TextCsv(SheetSamples.GooiEnVechtstreekCsv))).ShouldBeProblem(400);

        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo("row 3, column B (2018)", "row 14, column B (2018)");
    }

    [Fact]
    public async Task Without_an_organisation_the_import_says_where_to_give_it()
    {
        var problem = await (await _client.PostAsync("/v1/scenarios/import", SheetSamples.TextCsv(SheetSamples.GooiEnVechtstreekCsv))).ShouldBeProblem(400);

        problem["errors"]!["organisation"]![0]!.GetValue<string>().Should().Contain("organisation");
    }

    [Fact]
    public async Task A_field_given_twice_must_agree()
    {
        var response = await _client.PostAsync("/v1/scenarios/import?organisation=Elders",
            SheetSamples.Multipart(SheetSamples.GooiEnVechtstreekCsv, SheetSamples.GooiEnVechtstreekScenarioPart));

        var problem = await response.ShouldBeProblem(400);
        problem["errors"]!["organisation"]![0]!.GetValue<string>().Should().Contain("Elders").And.Contain("Regio Gooi en Vechtstreek");
    }

    [Fact]
    public async Task The_scenario_part_holds_no_lines_and_no_figures_the_table_declares()
    {
        var problem = await (await _client.PostAsync("/v1/scenarios/import",
            SheetSamples.Multipart(SheetSamples.GooiEnVechtstreekCsv, Repository.GooiEnVechtstreek))).ShouldBeProblem(400);

        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo("scenario/lines", "scenario/declared/totals", "scenario/declared/results");
    }

    [Fact]
    public async Task A_bad_scenario_part_is_named_by_its_field()
    {
        var part = """{ "organisation": "Regio", "grants": [{ "source": "GHNT", "amount": "veel" }] }""";

        var problem = await (await _client.PostAsync("/v1/scenarios/import", SheetSamples.Multipart(SheetSamples.GooiEnVechtstreekCsv, part))).ShouldBeProblem(400);

        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("scenario/grants/0/amount");
    }

    [Fact]
    public async Task A_multipart_without_a_table_says_so()
    {
        var form = new MultipartFormDataContent { { new StringContent("Regio"), "organisation" } };

        var problem = await (await _client.PostAsync("/v1/scenarios/import", form)).ShouldBeProblem(400);

        problem["errors"]!["table"]![0]!.GetValue<string>().Should().Contain("het deel 'table'", "the answer is in Dutch unless the request asks for English");
    }

    [Fact]
    public async Task Form_fields_may_carry_the_scenarios_fields()
    {
        var form = SheetSamples.Multipart(SheetSamples.GooiEnVechtstreekCsv);
        form.Add(new StringContent("Regio Gooi en Vechtstreek"), "organisation");
        form.Add(new StringContent("Begroting uit Excel"), "name");

        var scenario = (await Import(form))["scenario"]!;

        scenario["organisation"]!.GetValue<string>().Should().Be("Regio Gooi en Vechtstreek");
        scenario["name"]!.GetValue<string>().Should().Be("Begroting uit Excel");
    }

    [Fact]
    public async Task The_scenario_part_may_be_a_file_as_curl_sends_it()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(SheetSamples.GooiEnVechtstreekCsv), "table", "begroting.csv");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(SheetSamples.GooiEnVechtstreekScenarioPart)), "scenario", "scenario.json");

        var scenario = (await Import(form))["scenario"]!;

        scenario["grants"]!.AsArray().Should().HaveCount(8);
    }

    [Fact]
    public async Task JSON_is_not_a_table()
    {
        await (await _client.PostAsync("/v1/scenarios/import", Http.Json(Repository.GooiEnVechtstreek))).ShouldBeProblem(415);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_stores_once()
    {
        async Task<HttpResponseMessage> Send()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/scenarios/import?organisation=Regio%20Gooi%20en%20Vechtstreek") { Content = SheetSamples.TextCsv(SheetSamples.GooiEnVechtstreekCsv) };
            request.Headers.Add("Idempotency-Key", "import-1");
            return await _client.SendAsync(request);
        }

        var first = await Send();
        var replay = await Send();

        replay.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await replay.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await (await _client.GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(1);
    }

    private async Task<JsonNode> Import(HttpContent content, string query = "")
    {
        var response = await _client.PostAsync("/v1/scenarios/import" + query, content);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJson();
    }

    private static string Id(JsonNode resource) => resource["id"]!.GetValue<string>();
}
