using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BudgetEngine.Formats.Read;
using BudgetEngine.TestSupport.Snapshots;

namespace BudgetEngine.Api.Tests.Features.Reconciliations;

/// <summary>Accept: text/csv on the reconciliation endpoints gives a sheet Dutch Excel opens as it should.</summary>
public sealed class ReconciliationCsvTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public ReconciliationCsvTests() => _client = _app.CreateClient(Roles.FinanceOfficer, "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_sample_reconciliation_as_CSV_is_the_approved_sheet()
    {
        var id = await StoreSample();

        var response = await Get($"/v1/scenarios/{id}/reconciliation", "text/csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var (text, encoding, _) = CsvDecoder.Decode(await response.Content.ReadAsByteArrayAsync());
        encoding.Should().Be("utf-8");
        Snapshot.Match(text, "gooi-en-vechtstreek-reconciliation", "csv");
    }

    [Fact]
    public async Task The_file_is_UTF8_with_a_byte_order_mark_as_an_attachment()
    {
        var id = await StoreSample();

        var response = await Get($"/v1/scenarios/{id}/reconciliation", "text/csv");

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be($"reconciliation-{id}.csv");
        (await response.Content.ReadAsByteArrayAsync()).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        response.Headers.Vary.Should().Contain("Accept");
    }

    [Fact]
    public async Task Amounts_are_in_Dutch_notation_and_the_sheet_reads_back_row_by_row()
    {
        var id = await StoreSample();

        var (text, _, _) = CsvDecoder.Decode(await (await Get($"/v1/scenarios/{id}/reconciliation?includeConditional=false", "text/csv")).Content.ReadAsByteArrayAsync());
        var (rows, error) = CsvParser.Parse(text);

        error.Should().BeNull();
        rows.Should().Contain(r => r.Cells.SequenceEqual(new[] { "2021", "-66.500,00", "75.000,00", "208.500,00", "0,00", "-200.000,00" }));
        rows.Should().Contain(r => r[0] == "OVER_ALLOCATED" && r[1] == "fout" && r[2] == "2021" && r[5] == "200.000,00");
    }

    [Fact]
    public async Task The_posted_scenario_can_be_reconciled_to_CSV_too()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/reconciliations")
        {
            Content = Http.Json(Repository.GooiEnVechtstreek),
            Headers = { Accept = { MediaTypeWithQualityHeaderValue.Parse("text/csv") } },
        });

        response.Content.Headers.ContentDisposition!.FileName.Should().Be("reconciliation.csv");
        var stored = await (await Get($"/v1/scenarios/{await StoreSample()}/reconciliation", "text/csv")).Content.ReadAsByteArrayAsync();
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(stored);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/json, text/csv;q=0.5")]
    public async Task JSON_stays_the_default(string? accept)
    {
        var response = await Get($"/v1/scenarios/{await StoreSample()}/reconciliation", accept);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("text/csv, application/json;q=0.9")]
    [InlineData("text/csv, */*;q=0.1")]
    public async Task CSV_is_chosen_when_preferred(string accept)
    {
        var response = await Get($"/v1/scenarios/{await StoreSample()}/reconciliation", accept);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
    }

    [Fact]
    public async Task Problems_stay_problem_JSON()
    {
        await (await Get("/v1/scenarios/nope/reconciliation", "text/csv")).ShouldBeProblem(404);
        await (await Get($"/v1/scenarios/{await StoreSample()}/reconciliation?recognition=soon", "text/csv")).ShouldBeProblem(400);
    }

    private async Task<string> StoreSample() =>
        (await (await _client.Create(Repository.GooiEnVechtstreek)).ReadJson())["id"]!.GetValue<string>();

    private Task<HttpResponseMessage> Get(string url, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return _client.SendAsync(request);
    }
}
