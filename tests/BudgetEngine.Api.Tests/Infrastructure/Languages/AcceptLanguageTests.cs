using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Infrastructure.Languages;

/// <summary>
/// The API answers in Dutch, with Dutch amounts, unless the request's Accept-Language prefers English; codes, property
/// names and field paths are the same in both.
/// </summary>
public sealed class AcceptLanguageTests : IDisposable
{
    private readonly BudgetEngineApplication app = new();

    public void Dispose() => app.Dispose();

    private const string Overspent = """
        {"organisation":"Gooi en Vechtstreek","name":"Te veel","firstYear":2020,"lastYear":2020,
         "sources":[{"code":"GHNT","kind":"ghnt"}],
         "grants":[{"source":"GHNT","amount":10000,"period":{"kind":"calendar-year","year":2020},"status":"awarded"}],
         "lines":[{"name":"Projectleider","amounts":{"2020":76500},"coverage":{"kind":"single","sources":[{"source":"GHNT"}]}}]}
        """;

    private async Task<(HttpResponseMessage Response, JsonObject Body)> Post(string json, string? acceptLanguage)
    {
        var client = await app.CreateClientAsync("finance-officer", "Gooi en Vechtstreek");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/reconciliations") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var response = await client.SendAsync(request);
        return (response, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private static string Message(JsonObject body, string code) =>
        body["findings"]!.AsArray().First(f => (string)f!["code"]! == code)!["message"]!.GetValue<string>();

    [Fact]
    public async Task Without_Accept_Language_findings_are_in_Dutch_with_Dutch_amounts()
    {
        var (_, body) = await Post(Overspent, null);

        // 76.500 of costs against 10.000 of GHNT: 66.500 has no money.
        Message(body, "OVER_ALLOCATED").Should().Contain("overbesteed").And.Contain("€ 66.500,00");
    }

    [Fact]
    public async Task Accept_Language_en_gives_the_findings_in_English_with_English_amounts()
    {
        var (_, body) = await Post(Overspent, "en");

        Message(body, "OVER_ALLOCATED").Should().Contain("over-allocated").And.Contain("EUR 66,500.00");
    }

    [Fact]
    public async Task Dutch_ranked_above_English_gives_Dutch()
    {
        var (_, body) = await Post(Overspent, "en;q=0.5, nl-NL");

        Message(body, "OVER_ALLOCATED").Should().Contain("€ 66.500,00");
    }

    [Fact]
    public async Task Every_answer_varies_by_Accept_Language()
    {
        var (response, _) = await Post(Overspent, null);

        response.Headers.Vary.Should().Contain("Accept-Language");
    }

    [Fact]
    public async Task A_validation_error_is_in_Dutch_by_default_and_in_English_when_asked_with_the_same_field_path()
    {
        var nameless = Overspent.Replace("\"name\":\"Te veel\"", "\"name\":\"\"", StringComparison.Ordinal);

        var (dutchResponse, dutch) = await Post(nameless, null);
        var (_, english) = await Post(nameless, "en-GB");

        dutchResponse.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        dutch["title"]!.GetValue<string>().Should().Be("Het scenario is niet geldig.");
        dutch["errors"]!["/name"]![0]!.GetValue<string>().Should().Be("Geef het scenario een naam.");
        english["title"]!.GetValue<string>().Should().Be("The scenario is not valid.");
        english["errors"]!["/name"]![0]!.GetValue<string>().Should().Be("Give the scenario a name.");
    }

    [Fact]
    public async Task A_body_the_serializer_cannot_read_is_explained_in_Dutch_by_default_and_in_English_when_asked()
    {
        var wrongType = Overspent.Replace("\"firstYear\":2020", "\"firstYear\":\"twintig\"", StringComparison.Ordinal);

        var (dutchResponse, dutch) = await Post(wrongType, null);
        var (_, english) = await Post(wrongType, "en");

        dutchResponse.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        dutch["errors"]!["/firstYear"]![0]!.GetValue<string>().Should().StartWith("Geef een geheel getal (regel ");
        english["errors"]!["/firstYear"]![0]!.GetValue<string>().Should().StartWith("Give a whole number (line ");
    }

    [Fact]
    public async Task An_amount_finer_than_a_cent_is_refused_in_Dutch_by_default_naming_the_number()
    {
        var tooFine = Overspent.Replace("\"2020\":76500", "\"2020\":1e-400", StringComparison.Ordinal);

        var (response, body) = await Post(tooFine, null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body["errors"]!["/lines/0/amounts/2020"]![0]!.GetValue<string>().Should().Be(
            "Het getal 1e-400 is te klein voor een bedrag; geef euro's met hoogstens twee decimalen, bijv. 0.01.");
    }

    [Fact]
    public async Task A_field_the_mapping_refuses_is_explained_in_Dutch_by_default_and_in_English_when_asked()
    {
        var inGuilders = Overspent.Replace("\"firstYear\":2020,", "\"firstYear\":2020,\"currency\":\"NLG\",", StringComparison.Ordinal);

        var (_, dutch) = await Post(inGuilders, null);
        var (_, english) = await Post(inGuilders, "en");

        dutch["errors"]!["/currency"]![0]!.GetValue<string>().Should().Be("'NLG' wordt niet aanvaard; bedragen zijn in euro's: geef \"EUR\" of laat currency weg.");
        english["errors"]!["/currency"]![0]!.GetValue<string>().Should().Be("'NLG' is not accepted; amounts are euros: give \"EUR\" or leave currency out.");
    }

    [Fact]
    public async Task A_problem_title_and_detail_are_in_Dutch_by_default()
    {
        var client = await app.CreateClientAsync("finance-officer", "Gooi en Vechtstreek");

        var body = (await (await client.GetAsync("/v1/scenarios/no-such-id")).Content.ReadFromJsonAsync<JsonObject>())!;

        body["title"]!.GetValue<string>().Should().Be("Dit scenario bestaat niet.");
        body["detail"]!.GetValue<string>().Should().Be("Geen scenario heeft het id 'no-such-id'.");
    }
}
