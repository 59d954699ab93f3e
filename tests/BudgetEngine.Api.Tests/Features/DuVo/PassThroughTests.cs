using System.Net;
using System.Text.Json.Nodes;
using BudgetEngine.Api.Infrastructure.Security;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>
/// Pass-through (seed 001): Hilversum (GM0402) passes GHNT's project-leadership money on to the Regio Gooi en Vechtstreek; the region's
/// grant names Hilversum's plan as its origin, and its reconciliation compares the two without showing the region the plan.
/// </summary>
public sealed class PassThroughTests : IDisposable
{
    private const string Region = "Regio Gooi en Vechtstreek";
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    // Illustrative: Hilversum's plan of 2019 with the 75,000 of seed 001 passed on to the region, booked in bookedIn.
    private static string HilversumPlan(decimal transfer, int bookedIn) => new JsonObject
    {
        ["name"] = "Hilversum",
        ["payment"] = 3_000_000m,
        ["categories"] = new JsonArray(new JsonObject { ["name"] = "Opvang", ["amount"] = 2_925_000m }),
        ["transfers"] = new JsonArray(new JsonObject { ["amount"] = transfer, ["recipient"] = Region, ["purpose"] = "GHNT projectleiding", ["year"] = bookedIn }),
    }.ToJsonString();

    // The Gooi en Vechtstreek sample, its 2019 GHNT grant (75,000) naming Hilversum's 2019 plan as its origin.
    private static string GooiScenario()
    {
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Samples, "gooi-en-vechtstreek-ghnt-2018-2021.json")))!.AsObject();
        var grant = scenario["grants"]!.AsArray().Single(g => g!["id"]!.GetValue<string>() == "ghnt-2019")!;
        grant["transferFrom"] = new JsonObject { ["centrumgemeente"] = "GM0402", ["year"] = 2019 };
        return scenario.ToJsonString();
    }

    private async Task StoreHilversumPlan(decimal transfer, int bookedIn)
    {
        var hilversum = await _app.CreateClientAsync(Roles.Centrumgemeente, "GM0402");
        await hilversum.PutNew(DuVoRequests.PlanUrl("GM0402", 2019), HilversumPlan(transfer, bookedIn));
    }

    private static JsonNode[] Mismatches(JsonNode reconciliation) =>
        reconciliation["findings"]!.AsArray().Where(f => f!["code"]!.GetValue<string>() == "TRANSFER_MISMATCH").Select(f => f!).ToArray();

    [Fact]
    public async Task A_transfer_short_of_the_grant_is_a_mismatch_in_the_regions_reconciliation()
    {
        // Grant 75,000, Hilversum passes on 70,000: TRANSFER_MISMATCH of 5,000 in 2019, naming both figures.
        await StoreHilversumPlan(70_000m, 2019);
        var region = await _app.CreateClientAsync(Roles.FinanceOfficer, Region);

        var reconciliation = await (await region.PostAsync("/v1/reconciliations", Http.Json(GooiScenario()))).ReadJson();

        var mismatch = Mismatches(reconciliation).Single();
        mismatch["year"]!.GetValue<int>().Should().Be(2019);
        mismatch["amount"].Euros().Should().Be(5_000m);
        mismatch["message"]!.GetValue<string>().Should().Contain("75.000,00").And.Contain("70.000,00");
    }

    [Fact]
    public async Task The_sample_plan_passes_on_what_the_region_receives_so_nothing_is_flagged()
    {
        // The sample passes on 75,000 booked in 2019; the region's ghnt-2019 grant is 75,000 in 2019.
        var hilversum = await _app.CreateClientAsync(Roles.Centrumgemeente, "GM0402");
        await hilversum.PutNew(DuVoRequests.PlanUrl("GM0402", 2019), DuVoRequests.Sample(Path.Combine("pass-through", "plan-GM0402-2019-hilversum-ghnt.json")));
        var region = await _app.CreateClientAsync(Roles.FinanceOfficer, Region);

        var reconciliation = await (await region.PostAsync("/v1/reconciliations", Http.Json(GooiScenario()))).ReadJson();

        Mismatches(reconciliation).Should().BeEmpty();
    }

    [Fact]
    public async Task A_stored_scenarios_reconciliation_follows_a_new_version_of_the_plan()
    {
        // First booked in 2020 (mismatch of year), then corrected to 2019: the stored scenario's reconciliation changes with the plan.
        await StoreHilversumPlan(75_000m, 2020);
        var region = await _app.CreateClientAsync(Roles.FinanceOfficer, Region);
        var id = (await (await region.Create(GooiScenario())).ReadJson())["id"]!.GetValue<string>();
        var url = $"/v1/scenarios/{id}/reconciliation";

        var before = await region.GetOk(url);
        Mismatches(before).Should().ContainSingle().Which["message"]!.GetValue<string>().Should().Contain("2020");

        var hilversum = await _app.CreateClientAsync(Roles.Centrumgemeente, "GM0402");
        var etag = (await hilversum.GetAsync(DuVoRequests.PlanUrl("GM0402", 2019))).Headers.ETag!.Tag;
        (await hilversum.Put(DuVoRequests.PlanUrl("GM0402", 2019), HilversumPlan(75_000m, 2019), etag)).StatusCode.Should().Be(HttpStatusCode.OK);

        Mismatches(await region.GetOk(url)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_region_sees_the_comparison_but_not_the_plan()
    {
        await StoreHilversumPlan(70_000m, 2019);
        var region = await _app.CreateClientAsync(Roles.FinanceOfficer, Region);

        var response = await region.GetAsync(DuVoRequests.PlanUrl("GM0402", 2019));

        response.StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_transfer_no_scenario_grant_names_is_flagged_on_the_plans_breakdown_until_one_does()
    {
        // Hilversum passes on 75,000; the region has no scenario yet: TRANSFER_UNMATCHED of 75,000. Once the region stores its
        // scenario with the grant naming the plan, the finding is gone.
        await StoreHilversumPlan(75_000m, 2019);
        var hilversum = await _app.CreateClientAsync(Roles.Centrumgemeente, "GM0402");
        static JsonNode[] Unmatched(JsonNode breakdown) =>
            breakdown["findings"]!.AsArray().Where(f => f!["code"]!.GetValue<string>() == "TRANSFER_UNMATCHED").Select(f => f!).ToArray();

        Unmatched(await hilversum.GetOk(DuVoRequests.BreakdownUrl("GM0402", 2019))).Should().ContainSingle().Which["amount"].Euros().Should().Be(75_000m);

        var region = await _app.CreateClientAsync(Roles.FinanceOfficer, Region);
        (await region.Create(GooiScenario())).StatusCode.Should().Be(HttpStatusCode.Created);

        Unmatched(await hilversum.GetOk(DuVoRequests.BreakdownUrl("GM0402", 2019))).Should().BeEmpty();
    }

    [Fact]
    public async Task A_transfer_without_a_recipient_is_a_400_naming_the_field()
    {
        var hilversum = await _app.CreateClientAsync(Roles.Centrumgemeente, "GM0402");
        var plan = JsonNode.Parse(HilversumPlan(75_000m, 2019))!.AsObject();
        plan["transfers"]![0]!.AsObject().Remove("recipient");

        var problem = await (await hilversum.Put(DuVoRequests.PlanUrl("GM0402", 2019), plan.ToJsonString(), ifMatch: null)).ShouldBeProblem(400);

        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("/transfers/0/recipient");
    }
}
