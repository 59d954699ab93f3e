namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>
/// A category's share is the percent of its DU VO-paid amount in the DU VO budget (the payment, plus co-financing when costs exceed it);
/// with the unspent share they add up to exactly 100.00.
/// </summary>
public sealed class ShareOfPaymentTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public ShareOfPaymentTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    private async Task<System.Text.Json.Nodes.JsonNode> Breakdown(string plan)
    {
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2018), plan);
        return await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2018));
    }

    [Fact]
    public async Task With_a_surplus_the_shares_are_of_the_payment_and_the_unspent_part_has_its_own_share()
    {
        var breakdown = await Breakdown(DuVoRequests.Plan(1_000m, ("Veilig Thuis", 600m), ("Algemeen", 300m)));

        breakdown["categories"].Euros("share").Should().Equal(60.00m, 30.00m);
        breakdown["unspent"]!["amount"].Euros().Should().Be(100m);
        breakdown["unspent"]!["share"].Euros().Should().Be(10.00m);
        breakdown["findings"]!.AsArray().Single()!["code"]!.GetValue<string>().Should().Be("DUVO_SURPLUS");
    }

    [Fact]
    public async Task With_a_shortfall_the_shares_are_of_the_costs_the_payment_and_cofinancing_pay_together()
    {
        var breakdown = await Breakdown(DuVoRequests.Plan(800m, ("Veilig Thuis", 600m), ("Algemeen", 400m)));

        breakdown["categories"].Euros("share").Should().Equal(60.00m, 40.00m);
        breakdown["unspent"]!["share"].Euros().Should().Be(0m);
    }

    [Fact]
    public async Task Equal_categories_share_100_to_the_basis_point_with_the_spare_point_to_the_name_that_sorts_first()
    {
        var breakdown = await Breakdown(DuVoRequests.Plan(300m, ("Opvang", 100m), ("Algemeen", 100m), ("Veilig Thuis", 100m)));

        breakdown["categories"].Euros("share").Should().Equal(33.33m, 33.34m, 33.33m);
        breakdown["categories"].Euros("share").Sum().Should().Be(100.00m);
    }

    [Fact]
    public async Task A_plan_that_spends_nothing_leaves_the_whole_payment_unspent()
    {
        var breakdown = await Breakdown(DuVoRequests.Plan(500m));

        breakdown["categories"]!.AsArray().Should().BeEmpty();
        breakdown["unspent"]!["share"].Euros().Should().Be(100.00m);
    }

    [Fact]
    public async Task Without_any_DU_VO_money_every_share_is_zero()
    {
        var breakdown = await Breakdown(DuVoRequests.Plan(0m, ("Algemeen", 0m)));

        breakdown["categories"].Euros("share").Should().Equal(0m);
        breakdown["unspent"]!["share"].Euros().Should().Be(0m);
    }
}
