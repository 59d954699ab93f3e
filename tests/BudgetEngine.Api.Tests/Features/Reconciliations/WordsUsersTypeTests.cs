using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;

namespace BudgetEngine.Api.Tests.Features.Reconciliations;

/// <summary>
/// The words finance officers type are accepted where a canonical value is expected: a project year as "2019/2020" or
/// "2019-2020", a grant's status in Dutch, the recognition "naar-rato". Answers and stored versions keep the canonical value.
/// </summary>
public sealed class WordsUsersTypeTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    private Task<HttpClient> Officer() => _app.CreateClientAsync("finance-officer", "Regio Test");

    /// <summary>One Projectenpool grant of 120,000 for a period written as <paramref name="period"/>, with status <paramref name="status"/>, and a line of 30,000 a year.</summary>
    private static string Scenario(string period, string status = "\"awarded\"") => $$"""
        {
          "organisation": "Regio Test", "name": "Woorden", "firstYear": 2019, "lastYear": 2020,
          "sources": [{ "code": "PP", "kind": "projectenpool" }],
          "grants": [{ "id": "pp", "source": "PP", "amount": 120000, "period": {{period}}, "status": {{status}} }],
          "lines": [{ "name": "Project", "amounts": { "2019": 30000, "2020": 30000 }, "coverage": "PP" }]
        }
        """;

    private static async Task<JsonNode> Reconciled(HttpClient client, string body, string query = "")
    {
        var response = await client.PostAsync("/v1/reconciliations" + query, Http.Json(body));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJson();
    }

    private static decimal[] Income(JsonNode reconciliation) =>
        reconciliation["years"]!.AsArray().Select(y => y!["income"].Euros()).ToArray();

    [Theory]
    [InlineData("2019/2020")]
    [InlineData("2019-2020")]
    public async Task A_project_year_written_as_its_two_years_is_the_project_year_that_starts_in_the_first(string written)
    {
        var client = await Officer();

        var reconciliation = await Reconciled(client, Scenario($$"""{ "kind": "project-year", "year": "{{written}}" }"""), "?recognition=pro-rata");

        // September 2019 - August 2020: 4 of 12 months in 2019 (40,000 of 120,000) and 8 in 2020 (80,000).
        Income(reconciliation).Should().Equal(40000m, 80000m);
    }

    [Fact]
    public async Task A_year_written_as_a_string_of_four_digits_is_that_year_as_generated_clients_send_it()
    {
        var client = await Officer();

        var reconciliation = await Reconciled(client, Scenario("""{ "kind": "project-year", "year": "2019" }"""), "?recognition=pro-rata");

        // The same project year as 2019: 40,000 of 120,000 in 2019 and 80,000 in 2020.
        Income(reconciliation).Should().Equal(40000m, 80000m);
    }

    [Fact]
    public async Task A_project_year_written_as_its_two_years_is_stored_as_the_number_of_its_first_year()
    {
        var client = await Officer();

        var created = await (await client.Create(Scenario("""{ "kind": "project-year", "year": "2019/2020" }"""))).ReadJson();
        var stored = await (await client.GetAsync($"/v1/scenarios/{created["id"]}")).ReadJson();

        stored["scenario"]!["grants"]![0]!["period"]!.ToJsonString().Should().Be("""{"kind":"project-year","year":2019}""");
    }

    [Fact]
    public async Task A_calendar_year_written_as_two_years_is_refused_naming_the_year()
    {
        var client = await Officer();

        var response = await client.PostAsync("/v1/reconciliations", Http.Json(Scenario("""{ "kind": "calendar-year", "year": "2019/2020" }""")));

        var problem = await response.ShouldBeProblem(400);
        problem["errors"]!["/grants/0/period/year"]![0]!.GetValue<string>().Should().Contain("\"kind\": \"project-year\"");
    }

    [Theory]
    [InlineData("2019/2021")]
    [InlineData("2020-2019")]
    public async Task Two_years_that_are_not_one_project_year_are_refused_naming_the_year(string written)
    {
        var client = await Officer();

        var response = await client.PostAsync("/v1/reconciliations", Http.Json(Scenario($$"""{ "kind": "project-year", "year": "{{written}}" }""")));

        var problem = await response.ShouldBeProblem(400);
        ((JsonObject)problem["errors"]!).Select(e => e.Key).Should().Equal("/grants/0/period/year");
    }

    [Theory]
    [InlineData("toegekend", "awarded")]
    [InlineData("onder voorbehoud", "conditional")]
    [InlineData("afgewezen", "rejected")]
    public async Task A_grant_status_in_Dutch_is_stored_as_its_canonical_status(string written, string canonical)
    {
        var client = await Officer();

        var created = await (await client.Create(Scenario("""{ "kind": "calendar-year", "year": 2019 }""", $"\"{written}\""))).ReadJson();
        var stored = await (await client.GetAsync($"/v1/scenarios/{created["id"]}")).ReadJson();

        stored["scenario"]!["grants"]![0]!["status"]!.GetValue<string>().Should().Be(canonical);
    }

    [Fact]
    public async Task A_grant_onder_voorbehoud_is_conditional_funding()
    {
        var client = await Officer();

        var reconciliation = await Reconciled(client, Scenario("""{ "kind": "calendar-year", "year": 2019 }""", "\"onder voorbehoud\""));

        // The line's 30,000 of 2019 and 30,000 of 2020 are both paid from the conditional grant of 120,000.
        reconciliation["findings"]!.AsArray().Where(f => f!["code"]!.GetValue<string>() == "CONDITIONAL_FUNDING")
            .Select(f => (f!["year"]!.GetValue<int>(), f["amount"].Euros())).Should().Equal((2019, 30000m), (2020, 30000m));
    }

    [Fact]
    public async Task A_grant_afgewezen_never_counts_as_income()
    {
        var client = await Officer();

        var reconciliation = await Reconciled(client, Scenario("""{ "kind": "calendar-year", "year": 2019 }""", "\"afgewezen\""));

        Income(reconciliation).Should().Equal(0m, 0m);
    }

    [Fact]
    public async Task A_status_that_is_no_status_nor_alias_is_refused_naming_the_status_and_the_words_accepted()
    {
        var client = await Officer();

        var response = await client.PostAsync("/v1/reconciliations", Http.Json(Scenario("""{ "kind": "calendar-year", "year": 2019 }""", "\"toegezegd\"")));

        var problem = await response.ShouldBeProblem(400);
        problem["errors"]!["/grants/0/status"]![0]!.GetValue<string>().Should().Contain("awarded").And.Contain("onder voorbehoud");
    }

    [Fact]
    public async Task Recognition_naar_rato_is_pro_rata_and_the_answer_says_pro_rata()
    {
        var client = await Officer();
        var body = Scenario("""{ "kind": "project-year", "year": 2019 }""");

        var naarRato = await Reconciled(client, body, "?recognition=naar-rato");

        // 4/12 and 8/12 of 120,000, as under pro-rata.
        Income(naarRato).Should().Equal(40000m, 80000m);
        naarRato["options"]!["recognition"]!.GetValue<string>().Should().Be("pro-rata");
    }

    [Fact]
    public void Recognition_naar_rato_in_a_body_reads_as_pro_rata_and_is_written_as_pro_rata()
    {
        var options = JsonSerializer.Deserialize<ReconciliationOptionsDto>("""{"recognition":"naar-rato","includeConditional":true}""", ApiJson.Options)!;

        options.Recognition.Should().Be(RecognitionDto.ProRata);
        JsonSerializer.Serialize(options, ApiJson.Options).Should().Be("""{"recognition":"pro-rata","includeConditional":true,"basis":"budget"}""");
    }
}
