// An integrating system written against openapi/budgetengine.v1.json alone: BudgetEngineClient and its types come from
// NSwag (BudgetEngineClient.cs, generated next to this file by the test). BASE (the server), KEY (an API key) and SAMPLE
// (the Gooi en Vechtstreek scenario as JSON) come from the environment.
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BudgetEngine.Client;

static void Check(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException(what);
}

using var http = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("BASE")!.TrimEnd('/') + "/") };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("KEY"));
var client = new BudgetEngineClient(http) { BaseUrl = http.BaseAddress!.ToString() };

// The sample writes coverages as the shorthand ("GHNT/ Projectenpool"); the typed client sends the object the document puts first.
var document = JsonNode.Parse(File.ReadAllText(Environment.GetEnvironmentVariable("SAMPLE")!))!.AsObject();
foreach (var line in document["lines"]!.AsArray())
{
    if (line!["coverage"] is JsonValue shorthand)
    {
        var codes = shorthand.GetValue<string>().Split('/', StringSplitOptions.TrimEntries);
        line["coverage"] = new JsonObject
        {
            ["kind"] = codes.Length == 1 ? "single" : "flexible",
            ["sources"] = new JsonArray(codes.Select(code => (JsonNode)new JsonObject { ["source"] = code }).ToArray()),
        };
    }
}
var sample = Newtonsoft.Json.JsonConvert.DeserializeObject<ScenarioDto>(document.ToJsonString())!;

// Reconcile without storing: the second year (2019) closes with 97,000.00, a decimal. Arguments by name: the generated
// method takes every query parameter, basis among them.
var reconciled = await client.ReconcileAsync(recognition: null, includeConditional: null, basis: null, allocations: null, idempotency_Key: null, body: sample);
decimal closing = reconciled.Years.ElementAt(1).ClosingBalance;
Check(closing == 97000m, $"years[1].closingBalance is {closing}, not 97000");

// Store it: the resource carries its ETag.
var created = await client.CreateScenarioAsync(null, sample);
Check(created.Version == 1 && created.Etag.Length > 0, "the created scenario is version 1 with its ETag");

// Update it with If-Match: a new version.
sample.Name += " (bijgesteld)";
var updated = await client.UpdateScenarioAsync(created.Id, created.Etag, sample);
Check(updated.Version == 2, $"the update is version {updated.Version}, not 2");

// The stale ETag again: 412, a problem that says what to do.
int stale = 0;
try
{
    await client.UpdateScenarioAsync(created.Id, created.Etag, sample);
}
catch (ApiException<ProblemDetails> problem)
{
    stale = problem.StatusCode;
    Check(problem.Result.Status == 412 && !string.IsNullOrEmpty(problem.Result.Detail), "the 412 problem says what to do");
}
Check(stale == 412, $"a stale If-Match answered {stale}, not 412");

// A scenario with a flexible and a split coverage round-trips: read back, its coverages are the objects sent.
var mixed = Newtonsoft.Json.JsonConvert.DeserializeObject<ScenarioDto>(document.ToJsonString())!;
mixed.Name = "Gedeelde dekking";
var split = mixed.Lines!.First();
split.Coverage = new CoverageDto
{
    Kind = CoverageKindDto.Split,
    Sources = [new CoverageSourceDto { Source = "GHNT", Weight = 3m }, new CoverageSourceDto { Source = "Projectenpool", Weight = 1m }],
};
var stored = await client.CreateScenarioAsync(null, mixed);
var read = await client.GetScenarioAsync(stored.Id);
var kinds = read.Scenario.Lines!.Select(l => l.Coverage?.Kind?.ToString()?.ToLowerInvariant()).ToArray();
Check(kinds[0] == "split" && kinds.Contains("flexible"), $"the coverages read back are {string.Join(", ", kinds)}");
var weights = read.Scenario.Lines!.First().Coverage!.Sources!.Select(s => s.Weight).ToArray();
Check(weights.SequenceEqual(new decimal?[] { 3m, 1m }), $"the split's weights read back are {string.Join(", ", weights)}");

// A DU VO plan broken down without storing it: payment 1,000.00, costs 1,400.00, a shortfall of 400.00; no code or year given.
var breakdown = await client.BreakDownDuVoPlanAsync(new DuVoBreakdownRequestDto
{
    Name = "Testgemeente",
    Payment = 1000m,
    Categories = [new DuVoCategoryDto { Name = "Veilig Thuis", Amount = 1400m }],
});
Check(breakdown.Shortfall == 400m && breakdown.Centrumgemeente is null && breakdown.Year is null,
    $"the breakdown's shortfall is {breakdown.Shortfall}, centrumgemeente {breakdown.Centrumgemeente}, year {breakdown.Year}");

Console.WriteLine($"ok closingBalance={closing} version={updated.Version} stale={stale} coverages={kinds[0]},{kinds.First(k => k == "flexible")} shortfall={breakdown.Shortfall}");
