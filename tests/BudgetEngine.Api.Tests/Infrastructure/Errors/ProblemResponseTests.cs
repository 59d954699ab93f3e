using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Infrastructure.Errors;

/// <summary>Every error answers RFC 9457 problem+json, names the field, stores nothing and never leaks a stack trace.</summary>
public sealed class ProblemResponseTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public ProblemResponseTests() => _client = _app.CreateClient("finance-officer", "Gemeente Testdorp");

    public void Dispose() => _app.Dispose();

    private static string Scenario(string line) => $$"""
        {
          "organisation": "Gemeente Testdorp", "name": "Fouten", "firstYear": 2019, "lastYear": 2020,
          "sources": [{ "code": "GHNT", "kind": "ghnt" }],
          "grants": [{ "source": "GHNT", "amount": 1000, "period": { "kind": "calendar-year", "year": 2019 }, "status": "awarded" }],
          "lines": [{ "name": "Eerste", "amounts": { "2019": 10 }, "coverage": "GHNT" }, {{line}}]
        }
        """;

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "sub-cent amount", Scenario("""{ "name": "Tweede", "amounts": { "2019": 30000.005 }, "coverage": "GHNT" }"""), "/lines/1/amounts/2019" },
        { "amount too large", Scenario("""{ "name": "Tweede", "amounts": { "2019": 1000000000000.01 }, "coverage": "GHNT" }"""), "/lines/1/amounts/2019" },
        { "amount beyond decimal", Scenario("""{ "name": "Tweede", "amounts": { "2019": 1e40 }, "coverage": "GHNT" }"""), "/lines/1/amounts/2019" },
        { "amount as a string", Scenario("""{ "name": "Tweede", "amounts": { "2019": "30000" }, "coverage": "GHNT" }"""), "/lines/1/amounts/2019" },
        { "unknown property", Scenario("""{ "name": "Tweede", "amounts": {}, "coverage": "GHNT", "colour": "red" }"""), "/lines/1/colour" },
        { "unknown property in coverage", Scenario("""{ "name": "Tweede", "amounts": {}, "coverage": { "kind": "split", "sources": [{ "source": "GHNT", "wieght": 1 }] } }"""), "/lines/1/coverage/sources/0/wieght" },
        { "bad enum", Scenario("""{ "name": "Tweede", "amounts": {}, "coverage": { "kind": "sometimes", "sources": [] } }"""), "/lines/1/coverage/kind" },
        { "year out of horizon", Scenario("""{ "name": "Tweede", "amounts": { "2031": 5 }, "coverage": "GHNT" }"""), "/lines/1/amounts/2031" },
        { "key that is no year", Scenario("""{ "name": "Tweede", "amounts": { "next": 5 }, "coverage": "GHNT" }"""), "/lines/1/amounts/next" },
        { "duplicate line name", Scenario("""{ "name": "Eerste", "amounts": {}, "coverage": "GHNT" }"""), "/lines/1/name" },
        { "negative weight", Scenario("""{ "name": "Tweede", "amounts": {}, "coverage": { "kind": "split", "sources": [{ "source": "GHNT", "weight": 1 }, { "source": "X", "weight": -1 }] } }"""), "/lines/1/coverage/sources/1/weight" },
        { "missing coverage", Scenario("""{ "name": "Tweede", "amounts": {} }"""), "/lines/1/coverage" },
        { "malformed JSON", """{ "organisation": "x", """, "" },
        { "wrong JSON type", """{ "organisation": 5 }""", "/organisation" },
        { "integer enum", """{ "sources": [{ "code": "A", "kind": 0 }] }""", "/sources/0/kind" },
        { "bad grant period year", """{ "organisation": "Gemeente Testdorp", "name": "n", "firstYear": 2019, "lastYear": 2019, "grants": [{ "source": "A", "amount": 1, "period": { "kind": "calendar-year", "year": 1066 }, "status": "awarded" }] }""", "/grants/0/period/year" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_scenario_is_a_400_naming_the_field_on_every_post(string because, string body, string pointer)
    {
        foreach (var url in new[] { "/v1/reconciliations", "/v1/scenarios" })
        {
            var problem = await (await _client.PostAsync(url, Http.Json(body))).ShouldBeProblem(400);

            problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain(pointer, because);
            problem["errors"]![pointer]!.AsArray().Should().NotBeEmpty();
        }
        (await (await _client.GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(0, "nothing is stored");
    }

    [Fact]
    public async Task A_bad_body_on_put_is_a_400_and_the_scenario_is_unchanged()
    {
        var created = await _client.Create(Http.SmallScenario());
        var id = (await created.ReadJson())["id"]!.GetValue<string>();

        var problem = await (await _client.Put($"/v1/scenarios/{id}", Scenario("""{ "name": "Tweede", "amounts": { "2019": 0.001 }, "coverage": "GHNT" }"""), created.ETag())).ShouldBeProblem(400);

        problem["errors"]!["/lines/1/amounts/2019"].Should().NotBeNull();
        (await (await _client.GetAsync($"/v1/scenarios/{id}/versions")).ReadJson()).AsArray().Should().HaveCount(1);
    }

    [Fact]
    public async Task A_wrong_content_type_is_415()
    {
        var response = await _client.PostAsync("/v1/reconciliations", new StringContent(Http.SmallScenario(), Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblem(415);
    }

    [Fact]
    public async Task An_empty_body_is_400()
    {
        var response = await _client.PostAsync("/v1/scenarios", new StringContent("", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblem(400);
    }

    [Fact]
    public async Task A_bad_query_value_is_400_naming_the_parameter()
    {
        var recognition = await (await _client.PostAsync("/v1/reconciliations?recognition=cash", Http.Json(Http.SmallScenario()))).ShouldBeProblem(400);
        recognition["errors"]!["recognition"].Should().NotBeNull();

        var conditional = await (await _client.PostAsync("/v1/reconciliations?includeConditional=perhaps", Http.Json(Http.SmallScenario()))).ShouldBeProblem(400);
        conditional["errors"]!["includeConditional"].Should().NotBeNull();
    }

    [Fact]
    public async Task A_bad_query_value_is_problem_JSON_even_when_accept_asks_only_for_CSV()
    {
        // The problem details service writes only what Accept allows; a 400 must still say what is wrong, as problem+json.
        foreach (var query in new[] { "includeConditional=perhaps", "allocations=maybe" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/reconciliations?{query}") { Content = Http.Json(Http.SmallScenario()) };
            request.Headers.Accept.ParseAdd("text/csv");

            var problem = await (await _client.SendAsync(request)).ShouldBeProblem(400);

            problem["errors"]![query[..query.IndexOf('=')]].Should().NotBeNull();
            problem["traceId"].Should().NotBeNull();
            problem["instance"]!.GetValue<string>().Should().Be("/v1/reconciliations");
        }
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem()
    {
        await (await _client.GetAsync("/v1/nothing-here")).ShouldBeProblem(404);
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("image/svg+xml")]
    [InlineData("text/html")]
    public async Task An_unknown_route_is_problem_JSON_whatever_accept_asks_for(string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/nothing-here");
        request.Headers.Accept.ParseAdd(accept);

        var problem = await (await _client.SendAsync(request)).ShouldBeProblem(404);

        problem["title"]!.GetValue<string>().Should().Be("Not Found");
        problem["traceId"].Should().NotBeNull();
        problem["instance"]!.GetValue<string>().Should().Be("/v1/nothing-here");
    }

    [Fact]
    public async Task A_wrong_method_is_a_problem()
    {
        await (await _client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/v1/scenarios"))).ShouldBeProblem(405);
    }

    [Fact]
    public async Task An_unexpected_error_is_500_without_any_internal_detail()
    {
        _app.Clock.Fail = true;

        var response = await _client.PostAsync("/v1/scenarios", Http.Json(Http.SmallScenario()));

        var problem = await response.ShouldBeProblem(500);
        problem.ToJsonString().Should().NotContain("SECRET-INTERNAL-DETAIL").And.NotContain("InvalidOperation");
        problem["traceId"].Should().NotBeNull();
    }
}
