using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BudgetEngine.Durability.Tests.Server;

/// <summary>Request bodies and small HTTP helpers.</summary>
public static class Bodies
{
    /// <summary>A small valid scenario; the name carries what the test must find again.</summary>
    public static string Scenario(string name, string organisation = "Gemeente Duurzaam", decimal projectleider = 20000m) => $$"""
        {
          "organisation": "{{organisation}}",
          "name": "{{name}}",
          "firstYear": 2019,
          "lastYear": 2020,
          "sources": [{ "code": "GHNT", "kind": "ghnt" }],
          "grants": [{ "source": "GHNT", "amount": 75000, "period": { "kind": "calendar-year", "year": 2019 }, "status": "awarded" }],
          "lines": [{ "name": "Projectleider", "amounts": { "2019": {{projectleider.ToString("0.00", CultureInfo.InvariantCulture)}}, "2020": 20000 }, "coverage": "GHNT" }]
        }
        """;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostScenario(this HttpClient client, string json, string? idempotencyKey = null, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "v1/scenarios") { Content = Json(json) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request, ct);
    }

    public static Task<HttpResponseMessage> PutScenario(this HttpClient client, string id, string json, string ifMatch, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"v1/scenarios/{id}") { Content = Json(json) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request, ct);
    }

    /// <summary>PUT of a JSON document (DU VO plan or distribution), with If-Match when replacing.</summary>
    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string path, string json, string? ifMatch = null, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = Json(json) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request, ct);
    }

    public static Task<HttpResponseMessage> DeleteScenario(this HttpClient client, string id, string ifMatch, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"v1/scenarios/{id}");
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request, ct);
    }

    public static async Task<JsonNode> ReadJson(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("no ETag");

    /// <summary>The id in a Location of /v1/scenarios/{id}.</summary>
    public static string IdFromLocation(this HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString.Split('/')[^1] ?? throw new InvalidOperationException("no Location");

    /// <summary>The version number in an ETag "id-vN".</summary>
    public static int VersionOf(string etag) => int.Parse(etag.Trim('"')[(etag.Trim('"').LastIndexOf("-v", StringComparison.Ordinal) + 2)..], CultureInfo.InvariantCulture);

    /// <summary>Whether a response is problem+json with that status and no stack trace.</summary>
    public static async Task ShouldBeProblem(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", body);
        JsonNode.Parse(body)!["status"]!.GetValue<int>().Should().Be(status);
        body.Should().NotContain("   at ", "no stack trace leaves the server");
    }

    public static AuthenticationHeaderValue Bearer => new("Bearer", ApiServer.AdminKey);
}
