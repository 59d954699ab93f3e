using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.Reconciliations;

/// <summary>
/// grantCaps[] on the wire: a round as a project year (2020 or "2020/21") or a calendar year ("year"), one of the two;
/// a grant's round likewise; stored as numbers; the finding's message in Dutch by default.
/// </summary>
public sealed class GrantCapWireTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    private Task<HttpClient> Officer() => _app.CreateClientAsync("finance-officer", "Regio Test");

    /// <summary>Two Projectenpool grants of 100,000 (project years 2020 and 2021, the second of round <paramref name="round"/>) and the cap <paramref name="cap"/>.</summary>
    private static string Scenario(string cap, string round = "\"2020/21\"") => $$"""
        {
          "organisation": "Regio Test", "name": "Plafond", "firstYear": 2020, "lastYear": 2022,
          "sources": [{ "code": "Projectenpool", "kind": "projectenpool" }],
          "grants": [
            { "source": "Projectenpool", "amount": 100000, "period": { "kind": "project-year", "year": 2020 }, "status": "awarded" },
            { "source": "Projectenpool", "amount": 100000, "period": { "kind": "project-year", "year": 2021 }, "status": "awarded", "round": {{round}} }
          ],
          "grantCaps": [{{cap}}],
          "lines": [{ "name": "Project", "amounts": { "2020": 50000, "2021": 100000, "2022": 50000 }, "coverage": "Projectenpool" }]
        }
        """;

    [Fact]
    public async Task A_round_written_as_its_two_years_is_stored_as_the_year_it_starts()
    {
        var client = await Officer();

        var created = await (await client.Create(Scenario("""{ "source": "Projectenpool", "round": "2020-2021", "maxAmount": 192000 }"""))).ReadJson();
        var stored = (await (await client.GetAsync($"/v1/scenarios/{created["id"]}")).ReadJson())["scenario"]!;

        stored["grantCaps"]![0]!.ToJsonString().Should().Be("""{"source":"Projectenpool","round":2020,"year":null,"maxAmount":192000.00}""");
        stored["grants"]![1]!["round"]!.GetValue<int>().Should().Be(2020);
    }

    [Fact]
    public async Task A_round_written_as_the_string_of_its_year_is_that_year()
    {
        var client = await Officer();

        // A generated client types the round as a string, since it may be "2020/21": it sends "2020".
        var created = await (await client.Create(Scenario("""{ "source": "Projectenpool", "round": "2020", "maxAmount": 192000 }""", round: "\"2020\""))).ReadJson();
        var stored = (await (await client.GetAsync($"/v1/scenarios/{created["id"]}")).ReadJson())["scenario"]!;

        (stored["grantCaps"]![0]!["round"]!.GetValue<int>(), stored["grants"]![1]!["round"]!.GetValue<int>()).Should().Be((2020, 2020));
    }

    [Fact]
    public async Task The_excess_is_told_in_Dutch_by_default()
    {
        var client = await Officer();

        var response = await client.PostAsync("/v1/reconciliations", Http.Json(Scenario("""{ "source": "Projectenpool", "round": 2020, "maxAmount": 192000 }""")));
        var reconciliation = await response.ReadJson();

        // 100,000 + 100,000 in the round 2020/21 against 192,000: 8,000 over.
        var found = reconciliation["findings"]!.AsArray().Single(f => f!["code"]!.GetValue<string>() == "GRANT_CAP_EXCEEDED")!;
        found["message"]!.GetValue<string>().Should().Contain("€ 8.000,00").And.Contain("€ 192.000,00");
    }

    [Theory]
    [InlineData("""{ "source": "Projectenpool", "round": 2020, "year": 2020, "maxAmount": 192000 }""", "/grantCaps/0/year")]
    [InlineData("""{ "source": "Projectenpool", "maxAmount": 192000 }""", "/grantCaps/0/round")]
    [InlineData("""{ "source": "Projectenpool", "round": "2020/2022", "maxAmount": 192000 }""", "/grantCaps/0/round")]
    [InlineData("""{ "source": "Projectenpool", "round": "twintig", "maxAmount": 192000 }""", "/grantCaps/0/round")]
    [InlineData("""{ "source": "Projectenpool", "round": 2020 }""", "/grantCaps/0/maxAmount")]
    public async Task A_cap_without_one_round_or_year_or_without_its_maximum_is_refused_naming_the_field(string cap, string field)
    {
        var client = await Officer();

        var response = await client.PostAsync("/v1/reconciliations", Http.Json(Scenario(cap)));

        var problem = await response.ShouldBeProblem(400);
        ((JsonObject)problem["errors"]!).Select(e => e.Key).Should().Equal(field);
    }

    [Fact]
    public async Task A_grants_round_that_is_not_one_project_year_is_refused_naming_the_round()
    {
        var client = await Officer();

        var response = await client.PostAsync("/v1/reconciliations", Http.Json(Scenario("""{ "source": "Projectenpool", "round": 2020, "maxAmount": 192000 }""", "\"2021/2020\"")));

        var problem = await response.ShouldBeProblem(400);
        problem["errors"]!["/grants/1/round"]![0]!.GetValue<string>().Should().Contain("\"2021/2022\"", "it names the project year that starts in the first year written");
    }
}
