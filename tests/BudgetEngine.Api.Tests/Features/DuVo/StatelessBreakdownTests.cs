using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>POST /v1/duvo/breakdowns: a DU VO plan in, its breakdown out, nothing stored, any key.</summary>
public sealed class StatelessBreakdownTests : IDisposable
{
    private const string Url = "/v1/duvo/breakdowns";
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public StatelessBreakdownTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_plan_breaks_down_to_the_same_numbers_as_the_stored_breakdown_of_the_same_plan()
    {
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2020), DuVoRequests.Arnhem2020Cofinanciering);
        var stored = await _duvo.Of("GM0202").GetOk(DuVoRequests.BreakdownUrl("GM0202", 2020));
        var body = JsonNode.Parse(DuVoRequests.Arnhem2020Cofinanciering)!.AsObject();
        body["code"] = "GM0202";
        body["year"] = 2020;

        var posted = await (await Post(_duvo.Of("GM0202"), body)).ReadJson();

        Without(posted, "plan", "distribution").Should().Be(Without(stored, "plan", "distribution"), "the same plan gives the same breakdown");
        posted["shortfall"].Euros().Should().Be(280_000m);
    }

    [Fact]
    public void The_request_takes_every_field_of_a_stored_plan_and_hands_each_on_to_the_plan()
    {
        // The request repeats the plan's fields (flat on the wire, as PUT .../plan takes them): a field added to the plan
        // and not to the request would be refused as unknown here, and one not copied by Plan() silently dropped.
        var planFields = typeof(BudgetEngine.Contracts.DuVoPlanDto).GetProperties();
        var requestType = typeof(BudgetEngine.Contracts.DuVoBreakdownRequestDto);
        var request = Activator.CreateInstance(requestType)!;
        foreach (var field in planFields)
        {
            var copy = requestType.GetProperty(field.Name);
            copy.Should().NotBeNull($"the request needs the plan's field {field.Name}");
            copy!.PropertyType.Should().Be(field.PropertyType, field.Name);
            copy.SetValue(request, Filled(field.PropertyType));
        }

        var plan = ((BudgetEngine.Contracts.DuVoBreakdownRequestDto)request).Plan();

        foreach (var field in planFields) field.GetValue(plan).Should().NotBeNull($"Plan() hands on {field.Name}");
    }

    private static object Filled(Type type) =>
        type == typeof(string) ? "x"
        : Nullable.GetUnderlyingType(type) is { } inner ? Activator.CreateInstance(inner)!
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? Array.CreateInstance(type.GetGenericArguments()[0], 0)
        : Activator.CreateInstance(type)!;

    [Fact]
    public async Task A_plan_without_a_payment_takes_it_from_the_distribution_sent_with_it()
    {
        // Payment of GM0344 in a distribution of 1,000,000 fully phased in (phaseIn 1) with key weights 3 and 7: 700,000.00.
        var body = JsonNode.Parse(DuVoRequests.Plan(null, ("Veilig Thuis", 700_000m)))!.AsObject();
        body["code"] = "GM0344";
        body["year"] = 2016;
        body["distribution"] = JsonNode.Parse("""
            { "macroBudget": 1000000, "phaseIn": 1,
              "centrumgemeenten": [ { "code": "GM0307", "name": "Amersfoort", "historical": 400000, "keyWeight": 3 },
                                    { "code": "GM0344", "name": "Utrecht", "historical": 600000, "keyWeight": 7 } ] }
            """);

        var breakdown = await (await Post(_duvo.Of("GM0202"), body)).ReadJson();

        breakdown["payment"].Euros().Should().Be(700_000m);
        breakdown["shortfall"].Euros().Should().Be(0m);
    }

    [Fact]
    public async Task A_plan_without_code_or_year_is_answered_without_them_and_its_findings_name_no_year()
    {
        // Payment 1,000.00, costs 400.00: a surplus of 600.00 (DUVO_SURPLUS), of no particular year.
        var body = JsonNode.Parse(DuVoRequests.Plan(1_000m, ("Veilig Thuis", 400m)))!.AsObject();

        var breakdown = (await (await Post(_duvo.Of("GM0202"), body)).ReadJson()).AsObject();

        breakdown["centrumgemeente"].Should().BeNull();
        breakdown["year"].Should().BeNull();
        breakdown.Should().NotContainKey("plan").And.NotContainKey("distribution");
        var finding = breakdown["findings"]!.AsArray().Single()!;
        finding["code"]!.GetValue<string>().Should().Be("DUVO_SURPLUS");
        finding["year"].Should().BeNull();
        finding["message"]!.GetValue<string>().Should().Be("€ 600,00 van de DU VO-uitkering (€ 1.000,00) wordt in het plan niet besteed.");
    }

    [Fact]
    public async Task A_payment_taken_from_the_distribution_needs_the_year()
    {
        var body = JsonNode.Parse(DuVoRequests.Plan(null, ("Veilig Thuis", 700_000m)))!.AsObject();
        body["code"] = "GM0344";
        body["distribution"] = JsonNode.Parse("""
            { "macroBudget": 1000000, "phaseIn": 1,
              "centrumgemeenten": [ { "code": "GM0344", "name": "Utrecht", "historical": 600000, "keyWeight": 7 } ] }
            """);

        var problem = await (await Post(_duvo.Of("GM0202"), body)).ShouldBeProblem(400);

        problem["errors"]!.AsObject().Should().ContainKey("/year");
    }

    [Fact]
    public async Task Nothing_is_stored()
    {
        var body = JsonNode.Parse(DuVoRequests.Plan(1_000m, ("Veilig Thuis", 1_000m)))!.AsObject();
        body["code"] = "GM0363";
        body["year"] = 2031;

        (await Post(_duvo.Of("GM0202"), body)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await _duvo.Of("GM0363").GetAsync(DuVoRequests.PlanUrl("GM0363", 2031))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_reader_key_of_any_organisation_may_break_a_plan_down()
    {
        var reader = await _app.CreateClientAsync("reader", "Regio Gooi en Vechtstreek");

        var response = await Post(reader, JsonNode.Parse(DuVoRequests.Plan(1_000m, ("Veilig Thuis", 1_000m)))!.AsObject());

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Accept_text_csv_answers_the_breakdown_as_a_sheet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = new StringContent(DuVoRequests.Plan(1_000m, ("Veilig Thuis", 1_000m)), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await _duvo.Of("GM0202").SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("duvo-breakdown.csv");
    }

    [Fact]
    public async Task A_dissolved_centrumgemeente_of_the_distribution_sent_with_the_plan_is_flagged()
    {
        // Vianen (GM0620) became part of Vijfheerenlanden (GM1961) on 1 January 2019; Utrecht's payment of 600,000 (weights 6 and 4) stands.
        var body = JsonNode.Parse(DuVoRequests.Plan(null, ("Veilig Thuis", 600_000m)))!.AsObject();
        body["code"] = "GM0344";
        body["year"] = 2019;
        body["distribution"] = JsonNode.Parse("""
            { "macroBudget": 1000000, "phaseIn": 1,
              "centrumgemeenten": [ { "code": "GM0344", "name": "Utrecht", "historical": 600000, "keyWeight": 6 },
                                    { "code": "GM0620", "name": "Vianen", "historical": 400000, "keyWeight": 4 } ] }
            """);

        var breakdown = await (await Post(_duvo.Of("GM0202"), body)).ReadJson();

        breakdown["payment"].Euros().Should().Be(600_000m);
        var flagged = breakdown["findings"]!.AsArray().Where(f => f!["code"]!.GetValue<string>() == "MUNICIPALITY_DISSOLVED").ToArray();
        flagged.Should().ContainSingle().Which!["line"]!.GetValue<string>().Should().Be("GM0620");
    }

    [Fact]
    public async Task Without_a_payment_or_a_distribution_the_answer_names_the_payment()
    {
        var response = await Post(_duvo.Of("GM0202"), JsonNode.Parse(DuVoRequests.Plan(null, ("Veilig Thuis", 1_000m)))!.AsObject());

        var problem = await response.ShouldBeProblem(400);
        problem["errors"]!.AsObject().Should().ContainKey("/payment");
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, JsonObject body) =>
        client.PostAsync(Url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    private static string Without(JsonNode node, params string[] names)
    {
        var copy = node.DeepClone().AsObject();
        foreach (var name in names) copy.Remove(name);
        return copy.ToJsonString();
    }
}
