using System.Text.Json.Nodes;
using BudgetEngine.Api.Infrastructure.Security;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>
/// A plan's regional reserve over the stored plans of a centrumgemeente: a surplus goes in, a later shortfall is drawn from it before
/// co-financing, and a reserve that states no opening balance opens with the closing balance of the earlier plans.
/// </summary>
public sealed class RegionalReserveTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    private static string Reserve2019 => DuVoRequests.Sample(Path.Combine("reserve", "plan-GM0202-2019-arnhem-reserve.json"));
    private static string Reserve2020 => DuVoRequests.Sample(Path.Combine("reserve", "plan-GM0202-2020-arnhem-reserve.json"));

    private Task<HttpClient> Arnhem() => _app.CreateClientAsync(Roles.Centrumgemeente, "GM0202");

    [Fact]
    public async Task The_2020_shortfall_is_drawn_from_the_reserve_the_2019_surplus_went_into_and_the_rest_is_co_financed()
    {
        // 2019: 5,200,000 paid, 5,050,000 spent -> 150,000 into the reserve (opening 0, closing 150,000).
        // 2020: 5,480,000 spent of 5,200,000 -> 280,000 short: 150,000 from the reserve, 130,000 over the 18 regiogemeenten.
        var client = await Arnhem();
        await client.PutNew(DuVoRequests.PlanUrl("GM0202", 2019), Reserve2019);
        await client.PutNew(DuVoRequests.PlanUrl("GM0202", 2020), Reserve2020);

        var breakdown = await client.GetOk(DuVoRequests.BreakdownUrl("GM0202", 2020));

        breakdown["shortfall"].Euros().Should().Be(280_000m);
        var reserve = breakdown["reserve"]!;
        reserve["openingBalance"].Euros().Should().Be(150_000m);
        reserve["openingBalanceFrom"]!.GetValue<string>().Should().Be("earlier-plans");
        reserve["drawn"].Euros().Should().Be(150_000m);
        reserve["closingBalance"].Euros().Should().Be(0m);
        breakdown["cofinancing"].Euros("amount").Sum().Should().Be(130_000m);
        breakdown["cofinancing"]!.AsArray().Should().HaveCount(18);
    }

    [Fact]
    public async Task The_trend_shows_the_reserve_of_every_year()
    {
        // 2019 opens at 0 (stated), adds 150,000, closes at 150,000; 2020 opens at 150,000, draws 150,000, closes at 0.
        var client = await Arnhem();
        await client.PutNew(DuVoRequests.PlanUrl("GM0202", 2019), Reserve2019);
        await client.PutNew(DuVoRequests.PlanUrl("GM0202", 2020), Reserve2020);

        var trend = await client.GetOk("/v1/centrumgemeenten/GM0202/duvo");

        var years = trend["years"]!.AsArray();
        years.Select(y => y!["year"]!.GetValue<int>()).Should().Equal(2019, 2020);
        years.Select(y => (y!["reserve"]!["openingBalance"].Euros(), y["reserve"]!["added"].Euros(), y["reserve"]!["drawn"].Euros(), y["reserve"]!["closingBalance"].Euros()))
            .Should().Equal((0m, 150_000m, 0m, 150_000m), (150_000m, 0m, 150_000m, 0m));
    }

    [Fact]
    public async Task The_CSV_shows_the_reserve_and_what_is_left_to_co_finance()
    {
        // 2020: opening 150,000 from the earlier plans, nothing added, 150,000 drawn, closing 0; 280,000 - 150,000 = 130,000 to co-finance.
        var client = await Arnhem();
        await client.PutNew(DuVoRequests.PlanUrl("GM0202", 2019), Reserve2019);
        await client.PutNew(DuVoRequests.PlanUrl("GM0202", 2020), Reserve2020);
        using var request = new HttpRequestMessage(HttpMethod.Get, DuVoRequests.BreakdownUrl("GM0202", 2020));
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");

        var bytes = await (await client.SendAsync(request)).Content.ReadAsByteArrayAsync();
        var (rows, _) = BudgetEngine.Formats.Read.CsvParser.Parse(BudgetEngine.Formats.Read.CsvDecoder.Decode(bytes).Text);

        string[] Cells(string first) => rows.Single(r => r[0] == first).Cells.Take(3).ToArray();
        Cells("Reserve")[1].Should().Be("Reserve DU VO regio Arnhem-Achterhoek");
        Cells("Beginsaldo").Should().Equal("Beginsaldo", "150.000,00", "eindsaldo van de eerdere plannen");
        Cells("Onttrokken voor het tekort")[1].Should().Be("150.000,00");
        Cells("Eindsaldo")[1].Should().Be("0,00");
        Cells("Tekort na reserve, te cofinancieren")[1].Should().Be("130.000,00");
    }

    [Fact]
    public async Task A_reserve_carried_from_a_year_whose_payment_is_unknown_is_a_409_saying_so()
    {
        // The 2019 plan leaves its payment to the distribution of 2019, which is not stored: 2019's closing balance is unknown.
        var client = await Arnhem();
        var noPayment = JsonNode.Parse(Reserve2019)!.AsObject();
        noPayment.Remove("payment");
        await client.PutNew(DuVoRequests.PlanUrl("GM0202", 2019), noPayment.ToJsonString());
        await client.PutNew(DuVoRequests.PlanUrl("GM0202", 2020), Reserve2020);

        var problem = await (await client.GetAsync(DuVoRequests.BreakdownUrl("GM0202", 2020))).ShouldBeProblem(409);

        problem["detail"]!.GetValue<string>().Should().Contain("reserve.openingBalance").And.Contain("2019");
    }

    [Fact]
    public async Task A_negative_opening_balance_is_a_400_naming_the_field_and_nothing_is_stored()
    {
        var client = await Arnhem();
        var plan = JsonNode.Parse(Reserve2019)!.AsObject();
        plan["reserve"]!["openingBalance"] = -1;

        var problem = await (await client.Put(DuVoRequests.PlanUrl("GM0202", 2019), plan.ToJsonString(), ifMatch: null)).ShouldBeProblem(400);

        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("/reserve/openingBalance");
        (await client.GetAsync(DuVoRequests.PlanUrl("GM0202", 2019))).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
}
