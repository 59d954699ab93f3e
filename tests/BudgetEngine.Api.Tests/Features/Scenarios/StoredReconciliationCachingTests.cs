using System.Net;
using System.Net.Http.Headers;

namespace BudgetEngine.Api.Tests.Features.Scenarios;

/// <summary>A stored version's reconciliation never changes: it carries an ETag, and If-None-Match with that ETag answers 304.</summary>
public sealed class StoredReconciliationCachingTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public StoredReconciliationCachingTests() => _client = _app.CreateClient("finance-officer", "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    private async Task<(string Id, string ETag)> Store(string json)
    {
        var created = await _client.Create(json);
        return ((await created.ReadJson())["id"]!.GetValue<string>(), created.ETag());
    }

    private Task<HttpResponseMessage> Get(string url, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task A_stored_reconciliation_has_an_ETag_and_If_none_match_with_it_answers_304_without_a_body()
    {
        var (id, _) = await Store(Repository.GooiEnVechtstreek);

        var first = await Get($"/v1/scenarios/{id}/reconciliation");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var etag = first.ETag();
        etag.Should().StartWith($"\"{id}-v1-award-year-c-");

        var again = await Get($"/v1/scenarios/{id}/reconciliation", etag);
        again.StatusCode.Should().Be(HttpStatusCode.NotModified);
        again.ETag().Should().Be(etag);
        (await again.Content.ReadAsByteArrayAsync()).Should().BeEmpty();

        var weak = await Get($"/v1/scenarios/{id}/reconciliation", $"\"other\", W/{etag}");
        weak.StatusCode.Should().Be(HttpStatusCode.NotModified, "If-None-Match compares weakly and may list several tags");
    }

    [Fact]
    public async Task The_cached_reconciliation_is_the_same_as_reconciling_the_body_directly()
    {
        var (id, _) = await Store(Repository.GooiEnVechtstreek);

        var direct = await (await _client.PostAsync("/v1/reconciliations", Http.Json(Repository.GooiEnVechtstreek))).Content.ReadAsStringAsync();
        var computed = await (await Get($"/v1/scenarios/{id}/reconciliation")).Content.ReadAsStringAsync();
        var cached = await Get($"/v1/scenarios/{id}/reconciliation");

        cached.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await cached.Content.ReadAsStringAsync()).Should().Be(computed).And.Be(direct);
    }

    [Fact]
    public async Task Each_option_has_its_own_ETag()
    {
        var (id, _) = await Store(Repository.GooiEnVechtstreek);

        var tags = new[] { "", "?includeConditional=false", "?recognition=pro-rata" };
        var etags = new List<string>();
        foreach (var query in tags) etags.Add((await Get($"/v1/scenarios/{id}/reconciliation{query}")).ETag());

        etags.Should().OnlyHaveUniqueItems();
        (await Get($"/v1/scenarios/{id}/reconciliation?includeConditional=false", etags[0])).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_version_makes_the_old_ETag_stale_for_the_latest_but_not_for_its_own_version()
    {
        var (id, etag) = await Store(Repository.GooiEnVechtstreek);
        var v1 = (await Get($"/v1/scenarios/{id}/reconciliation")).ETag();

        (await _client.Put($"/v1/scenarios/{id}", Repository.GooiEnVechtstreekWithoutConditional, etag)).StatusCode.Should().Be(HttpStatusCode.OK);

        var latest = await Get($"/v1/scenarios/{id}/reconciliation", v1);
        latest.StatusCode.Should().Be(HttpStatusCode.OK);
        latest.ETag().Should().StartWith($"\"{id}-v2-");
        (await Get($"/v1/scenarios/{id}/reconciliation?version=1", v1)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_deleted_scenario_answers_410_and_an_unknown_one_404_even_after_being_cached()
    {
        var (id, etag) = await Store(Repository.GooiEnVechtstreek);
        (await Get($"/v1/scenarios/{id}/reconciliation")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await _client.Delete($"/v1/scenarios/{id}", etag)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await Get($"/v1/scenarios/{id}/reconciliation")).ShouldBeProblem(410);
        await (await Get("/v1/scenarios/000000000000/reconciliation")).ShouldBeProblem(404);
        await (await Get($"/v1/scenarios/{id}/reconciliation?version=9")).ShouldBeProblem(404);
    }
}
