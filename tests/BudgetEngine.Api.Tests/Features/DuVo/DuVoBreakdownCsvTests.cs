using BudgetEngine.Formats.Read;
using BudgetEngine.TestSupport.Snapshots;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>Accept: text/csv on GET /v1/centrumgemeenten/{code}/duvo/{year}/breakdown.</summary>
public sealed class DuVoBreakdownCsvTests : IDisposable
{
    private const string Arnhem2020 = "/v1/centrumgemeenten/GM0202/duvo/2020/breakdown";

    private readonly BudgetEngineApplication _app = new(settings: new Dictionary<string, string?> { ["Samples:LoadOnEmptyDatabase"] = "true" });
    private readonly DuVoClients _duvo;

    public DuVoBreakdownCsvTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_co_financed_sample_breakdown_as_CSV_is_the_approved_sheet()
    {
        var response = await Get(Arnhem2020, "text/csv");

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("duvo-GM0202-2020.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Snapshot.Match(CsvDecoder.Decode(bytes).Text, "arnhem-2020-duvo-breakdown", "csv");
    }

    [Fact]
    public async Task The_co_financing_in_the_sheet_adds_up_to_the_shortfall()
    {
        var (rows, _) = CsvParser.Parse(CsvDecoder.Decode(await (await Get(Arnhem2020, "text/csv")).Content.ReadAsByteArrayAsync()).Text);

        var shortfall = Amount(rows.Single(r => r[0] == "Tekort")[1]);
        var header = rows.Single(r => r[0] == "CBS-code");
        var parts = rows.Where(r => r.Number > header.Number && r[0].StartsWith("GM", StringComparison.Ordinal)).ToArray();
        parts.Should().HaveCount(18);
        parts.Sum(r => Amount(r[5])).Should().Be(shortfall).And.Be(280000m);
    }

    [Fact]
    public async Task JSON_stays_the_default_and_problems_stay_problems()
    {
        (await Get(Arnhem2020, null)).Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        await (await Get("/v1/centrumgemeenten/GM0202/duvo/2031/breakdown", "text/csv")).ShouldBeProblem(404);
    }

    private static decimal Amount(string cell) => BudgetEngine.Core.Amounts.Money.Parse(cell).Euros;

    private Task<HttpResponseMessage> Get(string url, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return _duvo.Of("GM0202").SendAsync(request);
    }
}
