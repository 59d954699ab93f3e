extern alias DataSet;
using BudgetEngine.Seeding;

using System.Net;
using System.Text.Json.Nodes;
using BudgetEngine.Formats.Read;
using DataSet::BudgetEngine.DataSet;

namespace BudgetEngine.Api.Tests.Features.Reconciliations;

/// <summary>
/// ?allocations=false on POST /v1/reconciliations and GET /v1/scenarios/{id}/reconciliation: the same answer without
/// the allocations property, its own ETag in the cache, a sheet without the coverage section, 400 for a value that is
/// not a boolean, and an Idempotency-Key that tells the two views apart.
/// </summary>
public sealed class SummaryViewTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public SummaryViewTests() => _client = _app.CreateClient(Roles.FinanceOfficer, "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, string? body = null, string? accept = null, string? ifNoneMatch = null, string? key = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = Http.Json(body);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return _client.SendAsync(request);
    }

    private Task<HttpResponseMessage> Post(string query, string? accept = null, string? key = null) =>
        Send(HttpMethod.Post, $"/v1/reconciliations{query}", Repository.GooiEnVechtstreek, accept, key: key);

    private async Task<string> StoreSample() =>
        (await (await _client.Create(Repository.GooiEnVechtstreek)).ReadJson())["id"]!.GetValue<string>();

    [Theory]
    [InlineData("?allocations=false")]
    [InlineData("?allocations=false&includeConditional=false")]
    [InlineData("?recognition=pro-rata&allocations=false")]
    public async Task A_posted_summary_is_the_full_answer_without_the_allocations_property(string query)
    {
        var fullQuery = query.Replace("allocations=false", "allocations=true", StringComparison.Ordinal);
        var full = (await (await Post(fullQuery)).ReadJson()).AsObject();
        var response = await Post(query);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var summary = (await response.ReadJson()).AsObject();
        summary.Select(p => p.Key).Should().Equal("years", "findings", "options");
        full["allocations"]!.AsArray().Should().NotBeEmpty();
        full.Remove("allocations");
        JsonNode.DeepEquals(summary, full).Should().BeTrue("every other field is unchanged");
    }

    [Fact]
    public async Task Allocations_true_is_the_default()
    {
        var plain = await (await Post("")).Content.ReadAsByteArrayAsync();
        var explicitly = await (await Post("?allocations=true")).Content.ReadAsByteArrayAsync();

        explicitly.Should().Equal(plain);
    }

    [Fact]
    public async Task The_summary_of_a_region_is_about_a_tenth_of_the_full_answer()
    {
        // A region of the national set (docs/performance.md) is where the size matters: 200 lines x 10 years.
        var dto = RegionScenarioGenerator.Generate(SeededRandom.For(42, "region", 0), "Regio Gooi en Vechtstreek", ScenarioShape.Region);
        var region = System.Text.Json.JsonSerializer.Serialize(dto, BudgetEngine.Contracts.Json.ApiJson.Options);
        var full = await (await Send(HttpMethod.Post, "/v1/reconciliations", region)).Content.ReadAsByteArrayAsync();
        var summary = await (await Send(HttpMethod.Post, "/v1/reconciliations?allocations=false", region)).Content.ReadAsByteArrayAsync();

        full.Length.Should().BeGreaterThan(200_000);
        ((double)summary.Length / full.Length).Should().BeLessThan(0.15, $"the summary is {summary.Length} bytes, the full answer {full.Length}");
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("1")]
    [InlineData("")]
    public async Task An_allocations_value_that_is_not_a_boolean_is_400_naming_it(string value)
    {
        var id = await StoreSample();

        foreach (var response in new[]
        {
            await Post($"?allocations={value}"),
            await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation?allocations={value}"),
            await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation?allocations={value}", accept: "text/csv"),
        })
        {
            var problem = await response.ShouldBeProblem(400);
            problem["errors"]!["allocations"]!.AsArray().Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task A_stored_summary_has_its_own_ETag_and_is_the_same_as_the_posted_one()
    {
        var id = await StoreSample();

        var full = await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation");
        var summary = await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation?allocations=false");
        var cached = await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation?allocations=false");
        var posted = await Post("?allocations=false");

        summary.StatusCode.Should().Be(HttpStatusCode.OK);
        summary.ETag().Should().StartWith($"\"{id}-v1-award-year-c-summary-").And.NotBe(full.ETag());
        cached.ETag().Should().Be(summary.ETag());
        var bytes = await summary.Content.ReadAsByteArrayAsync();
        (await cached.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
        (await posted.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
        (await summary.ReadJson()).AsObject().ContainsKey("allocations").Should().BeFalse();
    }

    [Fact]
    public async Task If_none_match_is_answered_per_view()
    {
        var id = await StoreSample();
        var fullETag = (await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation")).ETag();
        var summaryETag = (await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation?allocations=false")).ETag();

        (await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation?allocations=false", ifNoneMatch: summaryETag)).StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation", ifNoneMatch: fullETag)).StatusCode.Should().Be(HttpStatusCode.NotModified);

        var crossed = await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation?allocations=false", ifNoneMatch: fullETag);
        crossed.StatusCode.Should().Be(HttpStatusCode.OK, "a client holding the full answer does not hold the summary");
        (await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation", ifNoneMatch: summaryETag)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_summary_sheet_is_the_full_sheet_without_its_coverage_section()
    {
        var id = await StoreSample();

        foreach (var (full, summary) in new[]
        {
            (await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation", accept: "text/csv"),
                await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation?allocations=false", accept: "text/csv")),
            // The summary comes from the cache the second time: its DTO is read back from the cached summary JSON.
            (await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation", accept: "text/csv"),
                await Send(HttpMethod.Get, $"/v1/scenarios/{id}/reconciliation?allocations=false", accept: "text/csv")),
            (await Post("", accept: "text/csv"), await Post("?allocations=false", accept: "text/csv")),
        })
        {
            summary.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
            var fullRows = Rows(await full.Content.ReadAsByteArrayAsync());
            var summaryRows = Rows(await summary.Content.ReadAsByteArrayAsync());

            var start = fullRows.FindIndex(r => r == "Dekking per regel");
            var end = fullRows.FindIndex(start, r => r == "Bevindingen");
            start.Should().BePositive();
            fullRows[start - 1].Should().BeEmpty();
            var expected = fullRows.Take(start - 1).Concat(fullRows.Skip(end - 1)).ToList(); // the blank row before the section goes with it
            summaryRows.Should().Equal(expected);
            summaryRows.Should().Contain("Per bron").And.Contain("Bevindingen").And.NotContain("Dekking per regel");
        }
    }

    [Fact]
    public async Task An_idempotency_key_tells_the_views_apart()
    {
        var first = await Post("?allocations=false", key: "summary-1");
        var replay = await Post("?allocations=false", key: "summary-1");
        var full = await Post("", key: "summary-1");

        replay.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await replay.Content.ReadAsByteArrayAsync()).Should().Equal(await first.Content.ReadAsByteArrayAsync());
        (await replay.ReadJson()).AsObject().ContainsKey("allocations").Should().BeFalse();
        await full.ShouldBeProblem(422);
    }

    private static List<string> Rows(byte[] csv)
    {
        var (text, _, _) = CsvDecoder.Decode(csv);
        var (rows, error) = CsvParser.Parse(text);
        error.Should().BeNull();
        return rows.Select(r => string.Join(';', r.Cells)).ToList();
    }
}
