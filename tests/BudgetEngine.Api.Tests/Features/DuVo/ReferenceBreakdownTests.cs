namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>The reference tables of docs/reference/duvo.md, reproduced over HTTP from the samples.</summary>
public sealed class ReferenceBreakdownTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public ReferenceBreakdownTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Utrecht_2015_categories_add_up_to_its_payment_of_5_413_666()
    {
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2015), DuVoRequests.Utrecht2015);

        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));

        breakdown["payment"].Euros().Should().Be(5_413_666m);
        breakdown["categories"].Euros("amount").Should().Equal(1_014_710m, 4_020_714m, 378_242m);
        breakdown["categories"].Euros("amount").Sum().Should().Be(breakdown["payment"].Euros());
        breakdown["shortfall"].Euros().Should().Be(0m);
        breakdown["surplus"].Euros().Should().Be(0m);
        breakdown["cofinancing"]!.AsArray().Should().BeEmpty();
        breakdown["findings"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Amersfoort_2015_categories_add_up_to_its_payment_of_2_076_766()
    {
        await _duvo.Of("GM0307").PutNew(DuVoRequests.PlanUrl("GM0307", 2015), DuVoRequests.Amersfoort2015);

        var breakdown = await _duvo.Of("GM0307").GetOk(DuVoRequests.BreakdownUrl("GM0307", 2015));

        breakdown["payment"].Euros().Should().Be(2_076_766m);
        breakdown["categories"].Euros("amount").Should().Equal(719_500m, 1_279_363m, 77_903m);
        breakdown["categories"].Euros("amount").Sum().Should().Be(2_076_766m);
    }

    [Fact]
    public async Task Utrecht_and_Amersfoort_2015_together_receive_7_490_432_per_category_as_in_the_seed()
    {
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2015), DuVoRequests.Utrecht2015);
        await _duvo.Of("GM0307").PutNew(DuVoRequests.PlanUrl("GM0307", 2015), DuVoRequests.Amersfoort2015);

        var utrecht = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));
        var amersfoort = await _duvo.Of("GM0307").GetOk(DuVoRequests.BreakdownUrl("GM0307", 2015));

        var together = utrecht["categories"].Euros("amount").Zip(amersfoort["categories"].Euros("amount"), (u, a) => u + a).ToArray();
        together.Should().Equal(1_734_210m, 5_300_077m, 456_145m);
        (utrecht["payment"].Euros() + amersfoort["payment"].Euros()).Should().Be(7_490_432m);
    }

    [Fact]
    public async Task Arnhem_2019_spends_its_5_2_million_on_four_categories_without_cofinancing()
    {
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2019), DuVoRequests.Arnhem2019);

        var breakdown = await _duvo.Of("GM0202").GetOk(DuVoRequests.BreakdownUrl("GM0202", 2019));

        breakdown["categories"].Euros("amount").Should().Equal(3_100_000m, 1_700_000m, 100_000m, 300_000m);
        breakdown["categories"].Euros("share").Should().Equal(59.62m, 32.69m, 1.92m, 5.77m);
        breakdown["shortfall"].Euros().Should().Be(0m);
        breakdown["cofinancing"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Shares_of_the_payment_are_percents_with_two_decimals_that_add_up_to_exactly_100()
    {
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2015), DuVoRequests.Utrecht2015);

        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));

        var shares = breakdown["categories"]!.AsArray().Select(c => c!["share"]!.Raw()).ToArray();
        shares.Should().Equal("18.74", "74.27", "6.99");
        breakdown["categories"].Euros("share").Sum().Should().Be(100.00m);
        breakdown["unspent"]!["share"].Raw().Should().Be("0.00");
    }

    [Fact]
    public async Task Amounts_are_JSON_numbers_with_two_decimals()
    {
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2015), DuVoRequests.Utrecht2015);

        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));

        breakdown["payment"].Raw().Should().Be("5413666.00");
        breakdown["categories"]![0]!["amount"].Raw().Should().Be("1014710.00");
        breakdown["shortfall"].Raw().Should().Be("0.00");
    }

    [Fact]
    public async Task The_breakdown_names_the_plan_version_it_was_computed_from()
    {
        var created = await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2015), DuVoRequests.Utrecht2015);

        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));

        breakdown["paymentSource"]!.GetValue<string>().Should().Be("plan");
        breakdown["plan"]!["version"]!.GetValue<int>().Should().Be(1);
        breakdown["plan"]!["etag"]!.GetValue<string>().Should().Be(created.ETag()).And.Be("\"GM0344-2015-v1\"");
        breakdown["distribution"].Should().BeNull();
    }
}
