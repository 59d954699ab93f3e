using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>
/// The breakdown and the trend of a plan whose payment comes from a distribution with components show the payment per component
/// and per circular. With the septembercirculaire sample (version 2 of 2019), Arnhem's 5,200,000 is the basis 4,400,000, Veilig Thuis
/// (IBP) 500,000, its ophoging 225,000 and GHNT 75,000.
/// </summary>
public sealed class BreakdownPaymentComponentsTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public BreakdownPaymentComponentsTests() => _duvo = new DuVoClients(_app);

    public void Dispose() => _app.Dispose();

    private async Task StoreBothCirculars()
    {
        var url = DuVoRequests.DistributionUrl(2019);
        var first = await _duvo.Admin.PutNew(url, DuVoRequests.Sample("distribution-2019-1-meicirculaire.json"));
        (await _duvo.Admin.Put(url, DuVoRequests.Sample("distribution-2019-2-septembercirculaire.json"), first.ETag())).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<JsonNode> ArnhemBreakdown(decimal? payment)
    {
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2019), DuVoRequests.Plan(payment, ("Vrouwenopvang", 5_000_000m)));
        return await _duvo.Of("GM0202").GetOk(DuVoRequests.BreakdownUrl("GM0202", 2019));
    }

    private static (string, string, decimal)[] Components(JsonNode breakdown) =>
        breakdown["paymentComponents"]!.AsArray()
            .Select(c => (c!["component"]!.GetValue<string>(), c["circular"]!.GetValue<string>(), c["payment"].Euros())).ToArray();

    [Fact]
    public async Task A_payment_taken_from_a_distribution_with_components_is_shown_per_component()
    {
        await StoreBothCirculars();

        var breakdown = await ArnhemBreakdown(payment: null);

        breakdown["payment"].Euros().Should().Be(5_200_000m);
        Components(breakdown).Should().Equal(
            ("Basis", "meicirculaire 2019", 4_400_000m),
            ("Veilig Thuis (IBP)", "meicirculaire 2019", 500_000m),
            ("Veilig Thuis (IBP), ophoging", "septembercirculaire 2019", 225_000m),
            ("GHNT regionale projectleiding", "meicirculaire 2018", 75_000m));
    }

    [Fact]
    public async Task A_payment_taken_from_a_distribution_with_components_is_shown_per_circular()
    {
        // meicirculaire 2019: 4,400,000 + 500,000 = 4,900,000.
        await StoreBothCirculars();

        var breakdown = await ArnhemBreakdown(payment: null);

        breakdown["paymentByCircular"]!.AsArray().Select(c => (c!["circular"]!.GetValue<string>(), c["payment"].Euros())).Should().Equal(
            ("meicirculaire 2019", 4_900_000m), ("septembercirculaire 2019", 225_000m), ("meicirculaire 2018", 75_000m));
    }

    [Fact]
    public async Task The_trend_shows_each_years_payment_per_component()
    {
        await StoreBothCirculars();
        await ArnhemBreakdown(payment: null);

        var trend = await _duvo.Of("GM0202").GetOk("/v1/centrumgemeenten/GM0202/duvo");

        Components(trend["years"]![0]!).Select(c => c.Item3).Should().Equal(4_400_000m, 500_000m, 225_000m, 75_000m);
    }

    [Fact]
    public async Task A_payment_the_plan_enters_has_no_components()
    {
        await StoreBothCirculars();

        var breakdown = await ArnhemBreakdown(payment: 5_200_000m);

        breakdown.AsObject().ContainsKey("paymentComponents").Should().BeFalse();
        breakdown.AsObject().ContainsKey("paymentByCircular").Should().BeFalse();
    }

    [Fact]
    public async Task A_payment_from_a_distribution_without_components_has_no_components()
    {
        const string distribution = """
            { "macroBudget": 6000000, "phaseIn": 1, "centrumgemeenten": [ { "code": "GM0202", "name": "Arnhem", "historical": 0, "keyWeight": 1 } ] }
            """;
        await _duvo.Admin.PutNew(DuVoRequests.DistributionUrl(2019), distribution);

        var breakdown = await ArnhemBreakdown(payment: null);

        breakdown["payment"].Euros().Should().Be(6_000_000m);
        breakdown.AsObject().ContainsKey("paymentComponents").Should().BeFalse();
    }
}
