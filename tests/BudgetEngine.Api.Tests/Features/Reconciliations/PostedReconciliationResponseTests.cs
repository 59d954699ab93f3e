using BudgetEngine.TestSupport.Scenarios;
using BudgetEngine.TestSupport.Json;
using System.Net;
using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Reconciliation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Tests.Features.Reconciliations;

/// <summary>
/// POST /v1/reconciliations streams its answer with the writer (docs/decisions) and still sends what Ok&lt;ReconciliationDto&gt;
/// sent: the same bytes (the DTO serialized with the application's own HTTP JSON options, relaxed escaping included),
/// status and content type; the CSV alternative and keyed replays keep working on top of it.
/// </summary>
public sealed class PostedReconciliationResponseTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public PostedReconciliationResponseTests() => _client = _app.CreateClient(Roles.Reader, "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string> SamplesAndQueries()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Repository.Samples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            foreach (var query in new[] { "", "?includeConditional=false", "?recognition=pro-rata", "?recognition=pro-rata&includeConditional=false" })
            {
                data.Add(file!, query);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesAndQueries))]
    public async Task The_response_is_the_serializers_JSON_of_the_dto(string file, string query)
    {
        var body = await File.ReadAllTextAsync(Path.Combine(Repository.Samples, file));

        var response = await _client.PostAsync($"/v1/reconciliations{query}", Http.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        WriterAssert.Same(await response.Content.ReadAsByteArrayAsync(), Expected(body, query), $"{file}{query}");
    }

    [Fact]
    public async Task Names_that_need_escaping_arrive_as_the_serializer_writes_them()
    {
        for (ulong seed = 1; seed <= 12; seed++)
        {
            var body = JsonSerializer.Serialize(ScenarioMapper.ToDto(TrickyScenarioGenerator.Generate(seed, acceptedByTheApi: true)), ApiJson.Options);

            var response = await _client.PostAsync("/v1/reconciliations", Http.Json(body));

            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            WriterAssert.Same(await response.Content.ReadAsByteArrayAsync(), Expected(body, ""), $"seed {seed}");
        }
    }

    [Fact]
    public async Task A_stored_reconciliation_is_the_same_bytes_first_from_the_writer_then_from_the_cache()
    {
        var scenario = TrickyScenarioGenerator.Generate(5, acceptedByTheApi: true);
        var body = JsonSerializer.Serialize(ScenarioMapper.ToDto(scenario), ApiJson.Options);
        var officer = await _app.CreateClientAsync(Roles.FinanceOfficer, scenario.Organisation);
        var id = (await (await officer.Create(body)).ReadJson())["id"]!.GetValue<string>();
        var expected = Expected(body, "");

        var computed = await officer.GetAsync($"/v1/scenarios/{id}/reconciliation");
        var cached = await officer.GetAsync($"/v1/scenarios/{id}/reconciliation");

        computed.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        WriterAssert.Same(await computed.Content.ReadAsByteArrayAsync(), expected, "computed");
        WriterAssert.Same(await cached.Content.ReadAsByteArrayAsync(), expected, "cached");
    }

    [Fact]
    public async Task The_CSV_alternative_still_answers_for_a_posted_scenario()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/reconciliations") { Content = Http.Json(Repository.GooiEnVechtstreek) };
        request.Headers.Accept.ParseAdd("text/csv");

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("reconciliation.csv");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Dekking per regel").And.Contain("Bevindingen");
    }

    [Fact]
    public async Task A_keyed_reconciliation_stores_and_replays_the_streamed_bytes()
    {
        async Task<HttpResponseMessage> Post()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/reconciliations") { Content = Http.Json(Repository.GooiEnVechtstreek) };
            request.Headers.Add("Idempotency-Key", "streamed-1");
            return await _client.SendAsync(request);
        }

        var first = await Post();
        var replay = await Post();

        replay.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        var expected = Expected(Repository.GooiEnVechtstreek, "");
        WriterAssert.Same(await first.Content.ReadAsByteArrayAsync(), expected, "the first keyed response");
        WriterAssert.Same(await replay.Content.ReadAsByteArrayAsync(), expected, "the replay");
    }

    /// <summary>What the API answered before the writer: Ok&lt;ReconciliationDto&gt;, the DTO serialized with the application's HTTP JSON options (findings in Dutch, as no Accept-Language asks for English).</summary>
    private byte[] Expected(string body, string query)
    {
        var scenario = ScenarioMapper.Read(JsonSerializer.Deserialize<ScenarioDto>(body, ApiJson.Options)).Scenario!;
        var options = new ReconciliationOptions
        {
            Recognition = query.Contains("pro-rata", StringComparison.Ordinal) ? IncomeRecognition.ProRata : IncomeRecognition.AwardYear,
            IncludeConditional = !query.Contains("includeConditional=false", StringComparison.Ordinal),
        };
        var http = _app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return JsonSerializer.SerializeToUtf8Bytes(ReconciliationMapper.ToDto(Reconciler.Reconcile(scenario, options), BudgetEngine.Core.Findings.MessageLanguage.Dutch), http);
    }
}
