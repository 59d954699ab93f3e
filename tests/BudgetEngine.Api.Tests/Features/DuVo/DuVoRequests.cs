using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>The DU VO calls and documents the tests share.</summary>
internal static class DuVoRequests
{
    public static string Sample(string file) => File.ReadAllText(Path.Combine(Repository.Samples, "duvo", file));

    public static string Utrecht2015 => Sample("plan-GM0344-2015-utrecht.json");
    public static string Amersfoort2015 => Sample("plan-GM0307-2015-amersfoort.json");
    public static string Arnhem2019 => Sample("plan-GM0202-2019-arnhem.json");
    public static string Arnhem2020Cofinanciering => Sample("plan-GM0202-2020-arnhem-cofinanciering.json");

    public static string PlanUrl(string code, int year) => $"/v1/centrumgemeenten/{code}/duvo/{year}/plan";
    public static string BreakdownUrl(string code, int year) => $"/v1/centrumgemeenten/{code}/duvo/{year}/breakdown";
    public static string DistributionUrl(int year) => $"/v1/duvo/{year}/distribution";

    /// <summary>A plan with the given payment (null: none) and categories (name, amount) paid wholly from the DU VO.</summary>
    public static string Plan(decimal? payment, params (string Name, decimal Amount)[] categories)
    {
        var plan = new JsonObject
        {
            ["name"] = "Testgemeente",
            ["categories"] = new JsonArray(categories.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["amount"] = c.Amount }).ToArray()),
        };
        if (payment is { } euros) plan["payment"] = euros;
        return plan.ToJsonString();
    }

    public static async Task<HttpResponseMessage> PutNew(this HttpClient client, string url, string json)
    {
        var response = await client.Put(url, json, ifMatch: null);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response;
    }

    public static async Task<JsonNode> GetOk(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJson();
    }

    public static decimal[] Euros(this JsonNode? array, string field) =>
        array!.AsArray().Select(item => item![field].Euros()).ToArray();

    public static string Raw(this JsonNode? node) => node!.ToJsonString();

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
