using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.Reconciliations;

/// <summary>The reference figures of the GHNT action programme Gooi en Vechtstreek 2018-2021, through HTTP.</summary>
public sealed class ReferenceFigureTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public ReferenceFigureTests() => _client = _app.CreateClient(Roles.FinanceOfficer, "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    public static TheoryData<int, decimal, decimal, decimal, decimal> BudgetYears => new()
    {
        { 2018, 0m, 25000m, 25000m, 0m },
        { 2019, 0m, 175000m, 78000m, 97000m },
        { 2020, 97000m, 175000m, 238500m, 33500m },
        { 2021, 33500m, 175000m, 208500m, 0m },
    };

    [Theory]
    [MemberData(nameof(BudgetYears))]
    public async Task The_budget_as_a_whole_closes_as_the_seed_declares(int year, decimal opening, decimal income, decimal costs, decimal closing)
    {
        var reconciliation = await Reconcile(Repository.GooiEnVechtstreek);

        var y = Year(reconciliation, year);
        y["openingBalance"].Euros().Should().Be(opening);
        y["income"].Euros().Should().Be(income);
        y["costs"].Euros().Should().Be(costs);
        y["closingBalance"].Euros().Should().Be(closing);
    }

    [Fact]
    public async Task Amounts_are_written_with_two_decimals()
    {
        var response = await _client.PostAsync("/v1/reconciliations", Http.Json(Repository.GooiEnVechtstreek));
        var text = await response.Content.ReadAsStringAsync();
        text.Should().Contain("\"closingBalance\":97000.00");
    }

    [Fact]
    public async Task Not_awarding_the_conditional_money_over_allocates_2020_and_2021()
    {
        var reconciliation = await Reconcile(Repository.GooiEnVechtstreek, "?includeConditional=false");

        Year(reconciliation, 2020)["closingBalance"].Euros().Should().Be(-66500m);
        Year(reconciliation, 2021)["closingBalance"].Euros().Should().Be(-200000m);
        Findings(reconciliation, "OVER_ALLOCATED").Where(f => f["source"] is null).Select(f => f["year"]!.GetValue<int>())
            .Should().Equal(2020, 2021);
        reconciliation["options"]!["includeConditional"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task The_projectenpool_round_2020_21_asks_8000_above_its_cap_of_192000()
    {
        var reconciliation = await Reconcile(Repository.GooiEnVechtstreek);

        // The round 2020/21 pays 100,000 for 2020 and 100,000 for 2021: 200,000 - 192,000 = 8,000 over.
        var found = Findings(reconciliation, "GRANT_CAP_EXCEEDED").Should().ContainSingle().Subject;
        (found["year"]!.GetValue<int>(), found["source"]!.GetValue<string>(), found["amount"].Euros(), found["severity"]!.GetValue<string>())
            .Should().Be((2020, "Projectenpool", 8000m, "error"));
    }

    [Fact]
    public async Task Without_the_conditional_money_the_projectenpool_round_asks_nothing_above_its_cap()
    {
        var reconciliation = await Reconcile(Repository.GooiEnVechtstreek, "?includeConditional=false");

        // Both grants of the round 2020/21 are conditional: left out, they ask 0 of the 192,000.
        Findings(reconciliation, "GRANT_CAP_EXCEEDED").Should().BeEmpty();
    }

    [Fact]
    public async Task The_variant_without_conditional_money_gives_the_same_what_if()
    {
        var reconciliation = await Reconcile(Repository.GooiEnVechtstreekWithoutConditional);

        Year(reconciliation, 2020)["closingBalance"].Euros().Should().Be(-66500m);
        Year(reconciliation, 2021)["closingBalance"].Euros().Should().Be(-200000m);
    }

    [Fact]
    public async Task The_misspelled_source_is_flagged_with_the_nearest_code()
    {
        var reconciliation = await Reconcile(Repository.GooiEnVechtstreek);

        var unknown = Findings(reconciliation, "UNKNOWN_SOURCE").Should().ContainSingle().Subject;
        unknown["source"]!.GetValue<string>().Should().Be("GNHT");
        unknown["suggestion"]!.GetValue<string>().Should().Be("GHNT");
    }

    [Fact]
    public async Task The_section_subtotal_for_2019_differs_by_ten_thousand()
    {
        var reconciliation = await Reconcile(Repository.GooiEnVechtstreek);

        var mismatch = Findings(reconciliation, "DECLARED_TOTAL_MISMATCH").Should().ContainSingle().Subject;
        mismatch["year"]!.GetValue<int>().Should().Be(2019);
        mismatch["amount"].Euros().Should().Be(10000m);
    }

    [Fact]
    public async Task Projectenpool_coverage_in_2020_and_2021_rests_on_conditional_funding()
    {
        var reconciliation = await Reconcile(Repository.GooiEnVechtstreek);

        Findings(reconciliation, "CONDITIONAL_FUNDING").Select(f => f["year"]!.GetValue<int>()).Distinct()
            .Should().BeEquivalentTo([2020, 2021]);
    }

    [Fact]
    public async Task Pro_rata_recognition_is_accepted()
    {
        var reconciliation = await Reconcile(Repository.GooiEnVechtstreek, "?recognition=pro-rata");

        reconciliation["options"]!["recognition"]!.GetValue<string>().Should().Be("pro-rata");
        reconciliation["years"]!.AsArray().Sum(y => y!["costs"].Euros()).Should().Be(550000m);
    }

    [Fact]
    public async Task A_stored_scenario_reconciles_like_the_posted_one()
    {
        var id = (await (await _client.Create(Repository.GooiEnVechtstreek)).ReadJson())["id"]!.GetValue<string>();

        var response = await _client.GetAsync($"/v1/scenarios/{id}/reconciliation");
        var stored = await response.ReadJson();
        var posted = await Reconcile(Repository.GooiEnVechtstreek);

        stored.ToJsonString().Should().Be(posted.ToJsonString());
        (await (await _client.GetAsync($"/v1/scenarios/{id}/reconciliation?version=1&includeConditional=false")).ReadJson())
            .Let(r => Year(r, 2021)["closingBalance"].Euros()).Should().Be(-200000m);
    }

    [Fact]
    public async Task Comparing_the_variant_shows_the_missing_money_and_the_new_over_allocation()
    {
        var baseline = (await (await _client.Create(Repository.GooiEnVechtstreek)).ReadJson())["id"]!.GetValue<string>();
        var variant = (await (await _client.Create(Repository.GooiEnVechtstreekWithoutConditional)).ReadJson())["id"]!.GetValue<string>();

        var response = await _client.GetAsync($"/v1/scenarios/{baseline}/comparison/{variant}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var comparison = await response.ReadJson();
        comparison["baseline"]!["id"]!.GetValue<string>().Should().Be(baseline);
        comparison["alternative"]!["id"]!.GetValue<string>().Should().Be(variant);
        var y2021 = comparison["years"]!.AsArray().Single(y => y!["year"]!.GetValue<int>() == 2021)!;
        y2021["difference"]!["closingBalance"].Euros().Should().Be(-200000m);
        y2021["baseline"]!["closingBalance"].Euros().Should().Be(0m);
        comparison["findings"]!["appeared"]!.AsArray().Should().Contain(f => f!["code"]!.GetValue<string>() == "OVER_ALLOCATED");
        comparison["findings"]!["disappeared"]!.AsArray().Should().Contain(f => f!["code"]!.GetValue<string>() == "CONDITIONAL_FUNDING");
    }

    [Fact]
    public async Task Comparing_with_an_unknown_scenario_answers_404()
    {
        var id = (await (await _client.Create(Http.SmallScenario(organisation: "Regio Gooi en Vechtstreek"))).ReadJson())["id"]!.GetValue<string>();

        await (await _client.GetAsync($"/v1/scenarios/{id}/comparison/nope")).ShouldBeProblem(404);
        await (await _client.GetAsync($"/v1/scenarios/nope/comparison/{id}")).ShouldBeProblem(404);
    }

    private async Task<JsonNode> Reconcile(string scenario, string query = "")
    {
        var response = await _client.PostAsync("/v1/reconciliations" + query, Http.Json(scenario));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJson();
    }

    private static JsonNode Year(JsonNode reconciliation, int year) =>
        reconciliation["years"]!.AsArray().Single(y => y!["year"]!.GetValue<int>() == year)!;

    private static IEnumerable<JsonNode> Findings(JsonNode reconciliation, string code) =>
        reconciliation["findings"]!.AsArray().Where(f => f!["code"]!.GetValue<string>() == code).Select(f => f!);
}

internal static class Functional
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> map) => map(value);
}
