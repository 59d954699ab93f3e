using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetEngine.Api.Tests.Features.Scenarios;

/// <summary>Excel (.xlsx) in and out: the sheets every CSV route also answers as a workbook, the begroting export and its import.</summary>
public sealed class XlsxExchangeTests : IDisposable
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public XlsxExchangeTests() => _client = _app.CreateClient("finance-officer", "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    private async Task<string> Store(string json) => (await (await _client.Create(json)).ReadJson())["id"]!.GetValue<string>();

    private async Task<HttpResponseMessage> Get(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        var response = await _client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response;
    }

    private static ByteArrayContent XlsxBody(byte[] workbook)
    {
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue(Xlsx);
        return content;
    }

    /// <summary>The workbook's sheets by name, each as its cells by reference ("B2").</summary>
    private static Dictionary<string, Dictionary<string, Cell>> Sheets(byte[] bytes, out SpreadsheetDocument document)
    {
        document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var book = document.WorkbookPart!;
        return book.Workbook.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)book.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!));
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    [Fact]
    public async Task A_stored_reconciliation_as_xlsx_has_a_sheet_per_section_with_real_euro_number_cells()
    {
        var id = await Store(Repository.GooiEnVechtstreek);

        var response = await Get($"/v1/scenarios/{id}/reconciliation", Xlsx);

        response.Content.Headers.ContentType!.MediaType.Should().Be(Xlsx);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"reconciliation-{id}.xlsx");
        var sheets = Sheets(await response.Content.ReadAsByteArrayAsync(), out var document);
        using (document)
        {
            sheets.Keys.Should().Equal("Overzicht per jaar", "Per bron", "Dekking per regel", "Bevindingen");
            // 2019: income 75.000 (GHNT) + 100.000 (two awarded Projectenpool grants) = 175.000.
            var income2019 = sheets["Overzicht per jaar"]["C3"];
            income2019.DataType!.Value.Should().Be(CellValues.Number);
            decimal.Parse(Text(income2019), System.Globalization.CultureInfo.InvariantCulture).Should().Be(175000m);
            var format = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)income2019.StyleIndex!.Value);
            document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
                .Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value.Should().StartWith("\"€\" #,##0.00");
        }
    }

    [Fact]
    public async Task A_request_for_the_workbook_with_the_JSONs_ETag_gets_the_workbook_not_304()
    {
        var id = await Store(Repository.GooiEnVechtstreek);
        var etag = (await _client.GetAsync($"/v1/scenarios/{id}/reconciliation")).ETag();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation");
        request.Headers.Accept.ParseAdd(Xlsx);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the ETag names the JSON representation, not the workbook (a browser revalidating its cached JSON got the JSON)");
        response.Content.Headers.ContentType!.MediaType.Should().Be(Xlsx);
    }

    [Fact]
    public async Task Every_sheet_keeps_its_header_row_in_view()
    {
        var id = await Store(Repository.GooiEnVechtstreek);

        var bytes = await (await Get($"/v1/scenarios/{id}/reconciliation", Xlsx)).Content.ReadAsByteArrayAsync();

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            var pane = part.Worksheet.Descendants<Pane>().Single();
            pane.State!.Value.Should().Be(PaneStateValues.Frozen);
            pane.VerticalSplit!.Value.Should().Be(1);
        }
    }

    [Fact]
    public async Task The_coverage_sheet_lists_the_lines_in_the_scenarios_order()
    {
        var id = await Store(Repository.GooiEnVechtstreek);

        var sheets = Sheets(await (await Get($"/v1/scenarios/{id}/reconciliation", Xlsx)).Content.ReadAsByteArrayAsync(), out var document);
        using (document)
        {
            var lines = sheets["Dekking per regel"].Where(c => c.Key.StartsWith('A') && c.Key != "A1").OrderBy(c => int.Parse(c.Key[1..], System.Globalization.CultureInfo.InvariantCulture))
                .Select(c => Text(c.Value)).Distinct().ToArray();
            // The sample's first lines: Projectleider, Project trauma, Project Handle with Care (not alphabetical).
            lines.Take(3).Should().Equal("Projectleider", "Project trauma", "Project Handle with Care");
        }
    }

    [Fact]
    public async Task The_DU_VO_breakdown_as_xlsx_has_the_co_financing_per_regiogemeente()
    {
        using var app = new BudgetEngineApplication(settings: new Dictionary<string, string?> { ["Samples:LoadOnEmptyDatabase"] = "true" });
        using var client = await app.CreateClientAsync("centrumgemeente", "GM0202");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/centrumgemeenten/GM0202/duvo/2020/breakdown");
        request.Headers.Accept.ParseAdd(Xlsx);

        var sheets = Sheets(await (await client.SendAsync(request)).Content.ReadAsByteArrayAsync(), out var document);
        using (document)
        {
            var amounts = sheets["Cofinanciering"].Where(c => c.Key.StartsWith('F') && c.Key != "F1").Select(c => decimal.Parse(Text(c.Value), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            // The Arnhem 2020 shortfall of 280.000 split over its 18 regiogemeenten.
            amounts.Should().HaveCount(18);
            amounts.Sum().Should().Be(280000m);
        }
    }

    [Fact]
    public async Task The_comparison_answers_CSV_when_asked()
    {
        var id = await Store(Repository.GooiEnVechtstreek);
        var other = await Store(Repository.GooiEnVechtstreekWithoutConditional);

        var response = await Get($"/v1/scenarios/{id}/comparison/{other}", "text/csv");

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var text = CsvDecoderText(await response.Content.ReadAsByteArrayAsync());
        text.Should().Contain("Per jaar en bron").And.Contain("Verschil resultaat");
    }

    [Fact]
    public async Task The_comparison_answers_xlsx_when_asked()
    {
        var id = await Store(Repository.GooiEnVechtstreek);
        var other = await Store(Repository.GooiEnVechtstreekWithoutConditional);

        var sheets = Sheets(await (await Get($"/v1/scenarios/{id}/comparison/{other}", Xlsx)).Content.ReadAsByteArrayAsync(), out var document);
        using (document) sheets.Keys.Should().Equal("Per jaar en bron", "Bevindingen", "Wijzigingen per regel", "Wijzigingen in baten");
    }

    [Fact]
    public async Task An_exported_begroting_imported_as_the_xlsx_body_is_the_same_scenario()
    {
        var id = await Store(Repository.GooiEnVechtstreek);
        var workbook = await (await Get($"/v1/scenarios/{id}/export", Xlsx)).Content.ReadAsByteArrayAsync();

        var imported = await _client.PostAsync("/v1/scenarios/import", XlsxBody(workbook));

        imported.StatusCode.Should().Be(HttpStatusCode.Created);
        var copy = (await imported.ReadJson())["id"]!.GetValue<string>();
        (await _client.GetStringAsync($"/v1/scenarios/{copy}/export")).Should().Be(await _client.GetStringAsync($"/v1/scenarios/{id}/export"));
    }

    [Fact]
    public async Task An_exported_begroting_imported_as_the_multipart_table_part_is_the_same_scenario()
    {
        var id = await Store(Repository.GooiEnVechtstreek);
        var workbook = await (await Get($"/v1/scenarios/{id}/export", Xlsx)).Content.ReadAsByteArrayAsync();

        var imported = await _client.PostAsync("/v1/scenarios/import", SheetSamples.Multipart(workbook, tableContentType: Xlsx));

        imported.StatusCode.Should().Be(HttpStatusCode.Created);
        var copy = (await imported.ReadJson())["id"]!.GetValue<string>();
        (await _client.GetStringAsync($"/v1/scenarios/{copy}/export")).Should().Be(await _client.GetStringAsync($"/v1/scenarios/{id}/export"));
    }

    [Fact]
    public async Task A_begroting_imported_onto_a_stored_scenario_with_its_ETag_is_its_next_version()
    {
        var id = await Store(Repository.GooiEnVechtstreek);
        var etag = (await _client.GetAsync($"/v1/scenarios/{id}")).ETag();
        var workbook = await (await Get($"/v1/scenarios/{id}/export", Xlsx)).Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/scenarios/{id}/import") { Content = XlsxBody(workbook) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJson())["version"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task A_begroting_imported_with_a_stale_ETag_answers_412_in_Dutch_naming_the_current_version()
    {
        var id = await Store(Repository.GooiEnVechtstreek);
        var stale = (await _client.GetAsync($"/v1/scenarios/{id}")).ETag();
        var workbook = await (await Get($"/v1/scenarios/{id}/export", Xlsx)).Content.ReadAsByteArrayAsync();
        (await _client.Put($"/v1/scenarios/{id}", Repository.GooiEnVechtstreek, stale)).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/scenarios/{id}/import") { Content = XlsxBody(workbook) };
        request.Headers.TryAddWithoutValidation("If-Match", stale);

        var problem = await (await _client.SendAsync(request)).ShouldBeProblem(412);

        problem["title"]!.GetValue<string>().Should().Be("Het scenario is gewijzigd sinds u het las.");
        problem["currentETag"]!.GetValue<string>().Should().EndWith("-v2\"");
    }

    [Fact]
    public async Task The_begroting_sheet_shows_lines_under_Lasten_and_grants_under_Baten()
    {
        var id = await Store(Repository.GooiEnVechtstreek);

        var sheets = Sheets(await (await Get($"/v1/scenarios/{id}/export", Xlsx)).Content.ReadAsByteArrayAsync(), out var document);
        using (document)
        {
            var names = sheets["Begroting"].Where(c => c.Key.StartsWith('A') && !char.IsLetter(c.Key[1])).Select(c => Text(c.Value)).ToArray();
            names.Should().ContainInOrder("Lasten", "Projectleider", "Totaal lasten", "Baten", "Bijdrage regionale projectleiding 2018, decembercirculaire 2018", "Totaal baten", "Resultaat");
        }
    }

    [Theory]
    [InlineData("reconciliation")]
    [InlineData("export")]
    public async Task Every_workbook_is_valid_Office_Open_XML(string route)
    {
        var id = await Store(Repository.GooiEnVechtstreek);

        var bytes = await (await Get($"/v1/scenarios/{id}/{route}", Xlsx)).Content.ReadAsByteArrayAsync();

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
    }

    private static string CsvDecoderText(byte[] bytes) => BudgetEngine.Formats.Read.CsvDecoder.Decode(bytes).Text;
}
