using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.Reconciliations;

/// <summary>The accounting model (docs/accounting-model.md) as an integrating system reads it: posted and stored alike.</summary>
public sealed class AccountingModelOverHttpTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public AccountingModelOverHttpTests() => _client = _app.CreateClient(Roles.FinanceOfficer, "Regio Test");

    public void Dispose() => _app.Dispose();

    /// <summary>GHNT carries over; 100,000 in 2018 and 200,000 in 2019 for a line of 150,000 / 100,000 / 80,000.</summary>
    private const string CarriedDeficit = """
        {
          "organisation": "Regio Test", "name": "Tekort meegenomen", "firstYear": 2018, "lastYear": 2020,
          "sources": [{ "code": "GHNT", "kind": "ghnt" }],
          "grants": [
            { "source": "GHNT", "amount": 100000, "period": { "kind": "calendar-year", "year": 2018 }, "status": "awarded" },
            { "source": "GHNT", "amount": 200000, "period": { "kind": "calendar-year", "year": 2019 }, "status": "awarded" }
          ],
          "lines": [{ "name": "Projectleiding", "amounts": { "2018": 150000, "2019": 100000, "2020": 80000 }, "coverage": "GHNT" }]
        }
        """;

    private async Task<JsonNode> Posted(string body)
    {
        var response = await _client.PostAsync("/v1/reconciliations", Http.Json(body));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.ReadJson();
    }

    private async Task<JsonNode> Stored(string body)
    {
        var id = (await (await _client.Create(body)).ReadJson())["id"]!.GetValue<string>();
        return await (await _client.GetAsync($"/v1/scenarios/{id}/reconciliation")).ReadJson();
    }

    [Fact]
    public async Task Every_year_the_sources_plus_unfunded_equal_the_budget_for_every_figure_in_both_samples()
    {
        foreach (var sample in new[] { Repository.GooiEnVechtstreek, Repository.GooiEnVechtstreekWithoutConditional })
        {
            foreach (var year in (await Posted(sample))["years"]!.AsArray())
            {
                var sources = year!["bySource"]!.AsArray();
                var unfunded = year["unfunded"]!;
                foreach (var figure in new[] { "openingBalance", "income", "costs", "closingBalance" })
                {
                    (sources.Sum(s => s![figure].Euros()) + unfunded[figure].Euros()).Should().Be(year[figure].Euros(), $"{figure} {year["year"]}");
                }
                sources.Sum(s => s!["deficitToUnfunded"].Euros()).Should().Be(unfunded["deficitsFromSources"].Euros());
            }
        }
    }

    [Fact]
    public async Task The_misspelt_GNHT_line_is_67000_unfunded_by_2021_while_the_budget_closes_at_zero()
    {
        var y2021 = (await Posted(Repository.GooiEnVechtstreek))["years"]!.AsArray().Single(y => y!["year"]!.GetValue<int>() == 2021)!;

        y2021["unfunded"]!["closingBalance"].Euros().Should().Be(-67000m);
        y2021["closingBalance"].Euros().Should().Be(0m);
    }

    [Fact]
    public async Task A_carried_deficit_is_flagged_only_while_the_source_closes_below_zero_posted_and_stored_alike()
    {
        foreach (var reconciliation in new[] { await Posted(CarriedDeficit), await Stored(CarriedDeficit) })
        {
            var overAllocated = reconciliation["findings"]!.AsArray().Where(f => f!["code"]!.GetValue<string>() == "OVER_ALLOCATED" && f["source"] is not null);

            // GHNT closes at -50,000, +50,000 and -30,000.
            overAllocated.Select(f => (f!["year"]!.GetValue<int>(), f["amount"].Euros())).Should().Equal((2018, 50000m), (2020, 30000m));
        }
    }

    [Fact]
    public async Task The_2018_costs_are_paid_in_full_with_50000_settled_in_2019()
    {
        var reconciliation = await Posted(CarriedDeficit);

        var costs2018 = reconciliation["allocations"]!.AsArray().Single(a => a!["year"]!.GetValue<int>() == 2018)!;
        costs2018["shortfall"].Euros().Should().Be(0m);
        var settled = costs2018["settled"]!.AsArray().Should().ContainSingle().Subject!;
        (settled["source"]!.GetValue<string>(), settled["year"]!.GetValue<int>(), settled["amount"].Euros()).Should().Be(("GHNT", 2019, 50000m));
        reconciliation["findings"]!.AsArray().Should().Contain(f => f!["code"]!.GetValue<string>() == "DEFICIT_SETTLED" && f["year"]!.GetValue<int>() == 2019);
    }
}
