using System.Net;
using System.Text.Json.Nodes;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Api.Tests.Features.DuVo;

namespace BudgetEngine.Api.Tests.Features.Municipalities;

/// <summary>
/// GET /v1/municipalities answers the list in use (the shipped one until an admin stores one); PUT (admin only) replaces it, and the
/// DU VO plans and distributions are checked against it: MUNICIPALITY_DISSOLVED and MUNICIPALITY_UNKNOWN.
/// </summary>
public sealed class MunicipalitiesApiTests : IDisposable
{
    private const string Url = "/v1/municipalities";
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    private Task<HttpClient> Admin() => _app.CreateClientAsync(Roles.Admin, Organisations.National);

    private const string Vianen2020List = """
        { "source": "CBS, Gemeentelijke indelingen per jaar (extract)", "date": "2026-01-01",
          "municipalities": [
            { "code": "GM0344", "name": "Utrecht" },
            { "code": "GM0620", "name": "Vianen", "validUntil": "2019-12-31", "successors": ["GM1961"] },
            { "code": "GM1961", "name": "Vijfheerenlanden", "validFrom": "2020-01-01" } ] }
        """;

    /// <summary>Utrecht's plan of <paramref name="year"/>: 1,000,000 paid and spent, co-financed by Utrecht and <paramref name="regio"/>.</summary>
    private static JsonObject UtrechtPlan(int year, string regioCode, string regioName) => new()
    {
        ["code"] = "GM0344",
        ["year"] = year,
        ["name"] = "Utrecht",
        ["payment"] = 1_000_000,
        ["categories"] = new JsonArray(new JsonObject { ["name"] = "Veilig Thuis", ["amount"] = 1_000_000 }),
        ["regiogemeenten"] = new JsonArray(
            new JsonObject { ["code"] = "GM0344", ["name"] = "Utrecht", ["inhabitants"] = 360_000 },
            new JsonObject { ["code"] = regioCode, ["name"] = regioName, ["inhabitants"] = 20_000 }),
    };

    private static async Task<JsonNode[]> MunicipalityFindings(HttpClient client, JsonObject plan)
    {
        var response = await client.PostAsync("/v1/duvo/breakdowns", Http.Json(plan.ToJsonString()));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJson())["findings"]!.AsArray()
            .Where(f => f!["code"]!.GetValue<string>().StartsWith("MUNICIPALITY_", StringComparison.Ordinal)).Select(f => f!).ToArray();
    }

    [Fact]
    public async Task Until_an_admin_stores_a_list_the_shipped_one_is_in_use()
    {
        var reader = await _app.CreateClientAsync(Roles.Reader, "Regio Utrecht");

        var list = await reader.GetOk(Url);

        list["origin"]!.GetValue<string>().Should().Be("shipped");
        list["version"].Should().BeNull();
        list["list"]!["source"]!.GetValue<string>().Should().StartWith("CBS, Gemeentelijke indelingen per jaar");
        list["list"]!["municipalities"]!.AsArray().Should().Contain(m => m!["code"]!.GetValue<string>() == "GM0457");
    }

    [Fact]
    public async Task Vianen_in_a_2019_plan_is_flagged_as_dissolved_with_Vijfheerenlanden()
    {
        var client = await _app.CreateClientAsync(Roles.Centrumgemeente, "GM0344");

        var finding = (await MunicipalityFindings(client, UtrechtPlan(2019, "GM0620", "Vianen"))).Should().ContainSingle().Subject;

        finding["code"]!.GetValue<string>().Should().Be("MUNICIPALITY_DISSOLVED");
        finding["severity"]!.GetValue<string>().Should().Be("warning");
        finding["year"]!.GetValue<int>().Should().Be(2019);
        finding["line"]!.GetValue<string>().Should().Be("GM0620");
        finding["suggestion"]!.GetValue<string>().Should().Be("GM1961");
        finding["message"]!.GetValue<string>().Should().Contain("Vijfheerenlanden (GM1961)", "a request without Accept-Language gets Dutch");
    }

    [Fact]
    public async Task Weesp_in_a_2022_plan_is_flagged_as_dissolved_with_Amsterdam()
    {
        var client = await _app.CreateClientAsync(Roles.Centrumgemeente, "GM0344");

        var finding = (await MunicipalityFindings(client, UtrechtPlan(2022, "GM0457", "Weesp"))).Should().ContainSingle().Subject;

        finding["code"]!.GetValue<string>().Should().Be("MUNICIPALITY_DISSOLVED");
        finding["suggestion"]!.GetValue<string>().Should().Be("GM0363");
    }

    [Fact]
    public async Task A_stored_plan_is_checked_in_its_breakdown()
    {
        var client = await _app.CreateClientAsync(Roles.Centrumgemeente, "GM0344");
        var plan = UtrechtPlan(2022, "GM0457", "Weesp");
        plan.Remove("code");
        plan.Remove("year");
        await client.PutNew(DuVoRequests.PlanUrl("GM0344", 2022), plan.ToJsonString());

        var breakdown = await client.GetOk(DuVoRequests.BreakdownUrl("GM0344", 2022));

        breakdown["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).Should().Contain("MUNICIPALITY_DISSOLVED");
    }

    [Fact]
    public async Task An_admin_replaces_the_list_and_the_plans_are_checked_against_the_new_one()
    {
        var admin = await Admin();
        var client = await _app.CreateClientAsync(Roles.Centrumgemeente, "GM0344");

        var stored = await admin.PutNew(Url, Vianen2020List);

        var resource = await stored.ReadJson();
        resource["origin"]!.GetValue<string>().Should().Be("stored");
        resource["version"]!.GetValue<int>().Should().Be(1);
        stored.Headers.ETag!.Tag.Should().Be("\"municipalities-v1\"");
        // By this list Vianen still existed in 2019, and Weesp is not in it at all.
        (await MunicipalityFindings(client, UtrechtPlan(2019, "GM0620", "Vianen"))).Should().BeEmpty();
        (await MunicipalityFindings(client, UtrechtPlan(2022, "GM0457", "Weesp"))).Single()["code"]!.GetValue<string>().Should().Be("MUNICIPALITY_UNKNOWN");
    }

    [Fact]
    public async Task Replacing_a_stored_list_needs_its_ETag()
    {
        var admin = await Admin();
        await admin.PutNew(Url, Vianen2020List);

        await (await admin.Put(Url, Vianen2020List, ifMatch: null)).ShouldBeProblem(428);
        await (await admin.Put(Url, Vianen2020List, ifMatch: "\"municipalities-v7\"")).ShouldBeProblem(412);
        var second = await admin.Put(Url, Vianen2020List, ifMatch: "\"municipalities-v1\"");

        second.StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetOk(Url))["version"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task Only_an_admin_replaces_the_list()
    {
        var financeOfficer = await _app.CreateClientAsync(Roles.FinanceOfficer, "Regio Utrecht");

        await (await financeOfficer.Put(Url, Vianen2020List, ifMatch: null)).ShouldBeProblem(403);
        (await financeOfficer.GetOk(Url))["origin"]!.GetValue<string>().Should().Be("shipped");
    }

    [Fact]
    public async Task Replacing_the_list_is_recorded_in_the_audit_trail()
    {
        var admin = await Admin();
        await admin.PutNew(Url, Vianen2020List);

        var latest = (await admin.GetOk("/v1/audit?pageSize=1"))["items"]![0]!;

        latest["action"]!.GetValue<string>().Should().Be("put-municipalities");
        latest["resource"]!.GetValue<string>().Should().Be(Url);
        latest["version"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task A_broken_list_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var admin = await Admin();
        var broken = JsonNode.Parse(Vianen2020List)!;
        broken["municipalities"]![1]!["validUntil"] = "31-12-2019";

        var problem = await (await admin.Put(Url, broken.ToJsonString(), ifMatch: null)).ShouldBeProblem(400);

        problem["errors"]!["/municipalities/1/validUntil"].Should().NotBeNull(problem.ToJsonString());
        (await admin.GetOk(Url))["origin"]!.GetValue<string>().Should().Be("shipped");
    }

    [Theory]
    [InlineData("breakdown-GM0344-2019-utrecht-vianen.json", "GM0620", "GM1961")]
    [InlineData("breakdown-GM0402-2022-hilversum-weesp.json", "GM0457", "GM0363")]
    public async Task The_illustrative_samples_flag_the_dissolved_regiogemeente_with_its_successor(string sample, string dissolved, string successor)
    {
        var body = JsonNode.Parse(DuVoRequests.Sample(Path.Combine("municipalities", sample)))!.AsObject();
        var client = await _app.CreateClientAsync(Roles.Centrumgemeente, body["code"]!.GetValue<string>());

        var finding = (await MunicipalityFindings(client, body)).Should().ContainSingle().Subject;

        finding["code"]!.GetValue<string>().Should().Be("MUNICIPALITY_DISSOLVED");
        finding["line"]!.GetValue<string>().Should().Be(dissolved);
        finding["suggestion"]!.GetValue<string>().Should().Be(successor);
    }

    [Fact]
    public async Task A_broken_list_is_refused_in_Dutch_by_default_and_in_English_when_asked()
    {
        var admin = await Admin();
        var broken = JsonNode.Parse(Vianen2020List)!;
        broken["municipalities"]![1]!["successors"] = new JsonArray("GM9999");
        using var english = new HttpRequestMessage(HttpMethod.Put, Url) { Content = Http.Json(broken.ToJsonString()) };
        english.Headers.TryAddWithoutValidation("Accept-Language", "en");

        var inDutch = await (await admin.Put(Url, broken.ToJsonString(), ifMatch: null)).ShouldBeProblem(400);
        var inEnglish = await (await admin.SendAsync(english)).ShouldBeProblem(400);

        inDutch["errors"]!["/municipalities/1/successors/0"]![0]!.GetValue<string>().Should().Be("GM9999 is geen gemeente van de lijst; voeg haar toe of verbeter de code.");
        inEnglish["errors"]!["/municipalities/1/successors/0"]![0]!.GetValue<string>().Should().Be("GM9999 is not a municipality of the list; add it or correct the code.");
    }

    [Fact]
    public async Task A_distribution_naming_a_dissolved_centrumgemeente_is_flagged_in_its_answer()
    {
        var admin = await Admin();
        var distribution = """
            { "macroBudget": 1000000, "phaseIn": 1,
              "centrumgemeenten": [ { "code": "GM0344", "name": "Utrecht", "historical": 600000, "keyWeight": 6 },
                                    { "code": "GM0457", "name": "Weesp", "historical": 400000, "keyWeight": 4 } ] }
            """;

        var answer = await (await admin.PutNew("/v1/duvo/2022/distribution", distribution)).ReadJson();

        answer.ToJsonString().Should().Contain("MUNICIPALITY_DISSOLVED");
    }
}
