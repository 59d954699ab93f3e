using System.Text;
using System.Text.Json.Nodes;
using static BudgetEngine.Api.Tests.Infrastructure.Errors.Hostile;

namespace BudgetEngine.Api.Tests.Infrastructure.Errors;

/// <summary>Every hostile request the API must answer with a 4xx problem, storing nothing.</summary>
public static class HostileCorpus
{
    private const string Scenarios = "/v1/scenarios";
    private const string Reconcile = "/v1/reconciliations";

    private static HostileCase Post(string name, string body, int status, string? field, string path = Scenarios) =>
        new(name, "POST", path, status, field) { Body = body };

    private static HostileCase Put(string name, string body, int status, string? field) =>
        new(name, "PUT", "/v1/scenarios/{own}", status, field) { Body = body, Headers = new Dictionary<string, string> { ["If-Match"] = "*" } };

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        // Not JSON, or not the JSON of a scenario
        Post("malformed JSON", "{ not json", 400, ""),
        Post("truncated JSON", """{"organisation": "Regio Eigen", "name": """, 400, "/name"),
        Post("empty body", "", 400, ""),
        Post("JSON null", "null", 400, ""),
        Post("an array instead of an object", "[]", 400, ""),
        Post("a string instead of an object", "\"scenario\"", 400, ""),
        Post("trailing comma", Valid.TrimEnd().TrimEnd('}') + ",}", 400, ""),
        Post("a comment", "/* hi */" + Valid, 400, ""),
        Post("NaN as an amount", Amount("NaN"), 400, "/lines/0/amounts/2019"),
        new("invalid UTF-8", "POST", Scenarios, 400, "/organisation") { Bytes = [.. Encoding.UTF8.GetBytes("{\"organisation\": \""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")] },
        Post("a property given as a number key", "{1: 2}", 400, ""),

        // Wrong content types
        new("text/plain", "POST", Scenarios, 415, "Content-Type") { Body = Valid, ContentType = "text/plain" },
        new("application/xml", "POST", Scenarios, 415, "Content-Type") { Body = "<scenario/>", ContentType = "application/xml" },
        new("no content type", "POST", Scenarios, 415, "Content-Type") { Body = Valid, ContentType = null },
        new("form encoded", "POST", Scenarios, 415, "Content-Type") { Body = "organisation=x", ContentType = "application/x-www-form-urlencoded" },
        new("text/plain to reconciliations", "POST", Reconcile, 415, "Content-Type") { Body = Valid, ContentType = "text/plain" },

        // Too much
        Post("a body over 1 MiB", Scenario(s => s["name"] = Long(1024 * 1024)), 413, ""),
        Post("JSON nested deeper than the limit", Scenario(s => s["lines"]![0]!["coverage"] = Nest(40)), 400, null),
        Post("more lines than the limit", Scenario(s => s["lines"] = Lines(5001)), 400, "/lines"),
        Post("a year span over 30", Scenario(s => { s["firstYear"] = 2000; s["lastYear"] = 2040; }), 400, "/lastYear"),
        Post("more year keys than the limit", Scenario(s => s["lines"]![0]!["amounts"] = Years(2000, 31)), 400, "/lines/0/amounts"),
        Post("an organisation over 500 characters", Scenario(s => s["organisation"] = Long(501)), 400, "/organisation"),
        Post("a name over 500 characters", Scenario(s => s["name"] = Long(501)), 400, "/name"),
        Post("a line name over 500 characters", Scenario(s => s["lines"]![0]!["name"] = Long(501)), 400, "/lines/0/name"),
        Post("a tag over 500 characters", Scenario(s => s["lines"]![0]!["tags"] = new JsonArray(Long(501))), 400, "/lines/0/tags/0"),
        Post("a grant description over 500 characters", Scenario(s => s["grants"]![0]!["description"] = Long(501)), 400, "/grants/0/description"),
        Post("a source code over 500 characters", Scenario(s => s["sources"]![0]!["code"] = Long(501)), 400, "/sources/0/code"),
        Post("a year key over 500 characters", Amount("20000, \"" + Long(501) + "\": 1"), 400, "/lines/0/amounts/" + Long(501)),
        Post("a coverage source over 500 characters", Scenario(s => s["lines"]![0]!["coverage"] = Long(501)), 400, "/lines/0/coverage/sources/0/source"),

        // Money
        Post("a negative cost", Amount("-1"), 400, "/lines/0/amounts/2019"),
        Post("a negative grant", Scenario(s => s["grants"]![0]!["amount"] = -75000), 400, "/grants/0/amount"),
        Post("a negative opening balance", Scenario(s => s["sources"]![0]!["openingBalance"] = -0.01m), 400, "/sources/0/openingBalance"),
        Post("an amount above a trillion", Amount("1000000000000.01"), 400, "/lines/0/amounts/2019"),
        Post("an amount beyond decimal", Amount("1e300"), 400, "/lines/0/amounts/2019"),
        Post("a tenth of a cent", Amount("0.001"), 400, "/lines/0/amounts/2019"),
        Post("half a cent on a grant", Scenario(s => s["grants"]![0]!["amount"] = 75000.005m), 400, "/grants/0/amount"),
        Post("an amount as a string", Amount("\"20000\""), 400, "/lines/0/amounts/2019"),
        Post("an amount as true", Amount("true"), 400, "/lines/0/amounts/2019"),
        Post("a currency other than EUR", Scenario(s => s["currency"] = "USD"), 400, "/currency"),
        Post("a lower-case currency", Scenario(s => s["currency"] = "eur"), 400, "/currency"),
        Post("a currency as a number", Scenario(s => s["currency"] = 978), 400, "/currency"),

        // Years
        Post("a first year before 2000", Scenario(s => s["firstYear"] = 1999), 400, "/firstYear"),
        Post("a last year after 2100", Scenario(s => s["lastYear"] = 2101), 400, "/lastYear"),
        Post("a last year before the first", Scenario(s => { s["firstYear"] = 2020; s["lastYear"] = 2019; }), 400, "/lastYear"),
        Post("a year as a string", Scenario(s => s["firstYear"] = "2019"), 400, "/firstYear"),
        Post("a fractional year", Scenario(s => s["firstYear"] = 2019.5), 400, "/firstYear"),
        Post("a year beyond int", Scenario(s => s["firstYear"] = 99999999999), 400, "/firstYear"),
        Post("an amount keyed by a word", Amount("20000, \"abcd\": 1"), 400, "/lines/0/amounts/abcd"),
        Post("an amount outside the scenario's years", Amount("20000, \"2030\": 1"), 400, "/lines/0/amounts/2030"),
        Post("a grant period year of 1900", Scenario(s => s["grants"]![0]!["period"]!["year"] = 1900), 400, "/grants/0/period/year"),

        // Duplicates and unknowns
        Post("duplicate source codes", Scenario(s => s["sources"]!.AsArray().Add(JsonNode.Parse("""{"code": "GHNT", "kind": "ghnt"}"""))), 400, "/sources/1/code"),
        Post("duplicate source codes in another case", Scenario(s => s["sources"]!.AsArray().Add(JsonNode.Parse("""{"code": "ghnt", "kind": "ghnt"}"""))), 400, "/sources/1/code"),
        Post("duplicate line names", Scenario(s => s["lines"]!.AsArray().Add(JsonNode.Parse("""{"name": "Projectleider", "amounts": {}, "coverage": "GHNT"}"""))), 400, "/lines/1/name"),
        Post("an unknown property", Scenario(s => s["colour"] = "red"), 400, "/colour"),
        Post("an unknown property in a line", Scenario(s => s["lines"]![0]!["colour"] = "red"), 400, "/lines/0/colour"),
        Post("an unknown property in a grant", Scenario(s => s["grants"]![0]!["currency"] = "EUR"), 400, "/grants/0/currency"),
        Post("an unknown property in a source", Scenario(s => s["sources"]![0]!["iban"] = "NL00"), 400, "/sources/0/iban"),
        Post("an unknown source kind", Scenario(s => s["sources"]![0]!["kind"] = "bank"), 400, "/sources/0/kind"),
        Post("an unknown grant status", Scenario(s => s["grants"]![0]!["status"] = "maybe"), 400, "/grants/0/status"),
        Post("an enum as a number", Scenario(s => s["grants"]![0]!["status"] = 1), 400, "/grants/0/status"),
        Post("an unknown period kind", Scenario(s => s["grants"]![0]!["period"]!["kind"] = "fiscal-year"), 400, "/grants/0/period/kind"),
        Post("a null line", Scenario(s => s["lines"]![0] = null), 400, "/lines/0"),
        Post("lines as an object", Scenario(s => s["lines"] = new JsonObject()), 400, "/lines"),
        Post("a coverage as a number", Scenario(s => s["lines"]![0]!["coverage"] = 7), 400, "/lines/0/coverage"),
        Post("a missing organisation", Scenario(s => s.Remove("organisation")), 400, "/organisation"),
        Post("a null tag", Scenario(s => s["sources"]![0]!["excludedTags"] = new JsonArray((JsonNode?)null)), 400, "/sources/0/excludedTags/0"),

        // Through the other doors
        Post("a negative cost to reconciliations", Amount("-1"), 400, "/lines/0/amounts/2019", Reconcile),
        Post("an unknown property to reconciliations", Scenario(s => s["foo"] = 1), 400, "/foo", Reconcile),
        Put("a tenth of a cent in a change", Amount("0.001"), 400, "/lines/0/amounts/2019"),
        Put("an unknown property in a change", Scenario(s => s["colour"] = "red"), 400, "/colour"),
        new("a change without If-Match", "PUT", "/v1/scenarios/{own}", 428, null) { Body = Valid },
        Post("a scenario for another organisation", Scenario(s => s["organisation"] = "Regio Ander"), 403, "/organisation") with { As = "finance-officer" },
        Put("a change handing the scenario to another organisation", Scenario(s => s["organisation"] = "Regio Ander"), 403, "/organisation") with { As = "finance-officer" },
        new("an Idempotency-Key over 200 characters", "POST", Scenarios, 400, null) { Body = Valid, Headers = new Dictionary<string, string> { ["Idempotency-Key"] = Long(201) } },
        new("a write without a key", "POST", Scenarios, 401, "Authorization") { Body = Valid, As = "anonymous" },
        new("page 0", "GET", "/v1/scenarios?page=0", 400, "page") { ContentType = null },
        new("a page size of 1000", "GET", "/v1/scenarios?pageSize=1000", 400, "pageSize") { ContentType = null },
        new("a page that is a word", "GET", "/v1/scenarios?page=abc", 400, "page") { ContentType = null },
        new("an unknown recognition", "POST", "/v1/reconciliations?recognition=bogus", 400, "recognition") { Body = Valid },
        new("includeConditional that is not a boolean", "POST", "/v1/reconciliations?includeConditional=maybe", 400, "includeConditional") { Body = Valid },
        new("PATCH, which no route takes", "PATCH", "/v1/scenarios/{own}", 405, null) { Body = Valid },
        Post("a key with an unknown role", """{"organisation": "Regio Eigen", "roles": ["root"]}""", 400, "/roles/0", "/v1/keys"),
        Post("a key for an organisation over 500 characters", $$"""{"organisation": "{{Long(501)}}", "roles": ["reader"]}""", 400, "/organisation", "/v1/keys"),
        Post("a key with an unknown property", """{"organisation": "Regio Eigen", "roles": ["reader"], "key": "be_mine"}""", 400, "/key", "/v1/keys"),
    ];

    private static JsonNode Nest(int depth)
    {
        JsonNode node = new JsonObject { ["kind"] = "single" };
        for (var i = 0; i < depth; i++) node = new JsonObject { ["kind"] = "single", ["sources"] = new JsonArray(node) };
        return node;
    }

    private static JsonArray Lines(int count) =>
        new([.. Enumerable.Range(0, count).Select(i => (JsonNode?)new JsonObject { ["name"] = $"L{i}", ["amounts"] = new JsonObject(), ["coverage"] = "GHNT" })]);

    private static JsonObject Years(int first, int count) =>
        new(Enumerable.Range(first, count).Select(y => KeyValuePair.Create(y.ToString(System.Globalization.CultureInfo.InvariantCulture), (JsonNode?)JsonValue.Create(1))));
}
