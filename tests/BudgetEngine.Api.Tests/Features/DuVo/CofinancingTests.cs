using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>When the DU VO-paid costs exceed the payment, the regiogemeenten co-finance the shortfall by their key.</summary>
public sealed class CofinancingTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public CofinancingTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    private async Task<JsonNode> ArnhemOverBudget()
    {
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2020), DuVoRequests.Arnhem2020Cofinanciering);
        return await _duvo.Of("GM0202").GetOk(DuVoRequests.BreakdownUrl("GM0202", 2020));
    }

    [Fact]
    public async Task Costs_above_the_payment_are_a_shortfall_flagged_over_allocated()
    {
        var breakdown = await ArnhemOverBudget();

        breakdown["duVoCosts"].Euros().Should().Be(5_480_000m);
        breakdown["shortfall"].Euros().Should().Be(280_000m);
        breakdown["surplus"].Euros().Should().Be(0m);
        var finding = breakdown["findings"]!.AsArray().Single(f => f!["code"]!.GetValue<string>() == "OVER_ALLOCATED")!;
        finding["amount"].Euros().Should().Be(280_000m);
        finding["severity"]!.GetValue<string>().Should().Be("error");
    }

    [Fact]
    public async Task The_shortfall_split_over_the_18_regiogemeenten_adds_up_to_the_shortfall_to_the_cent()
    {
        var breakdown = await ArnhemOverBudget();

        var cofinancing = breakdown["cofinancing"]!.AsArray();
        cofinancing.Should().HaveCount(18);
        cofinancing.Select(c => c!["basis"]!.GetValue<string>()).Should().AllBe("inhabitants");
        breakdown["cofinancing"].Euros("amount").Sum().Should().Be(breakdown["shortfall"].Euros());
    }

    [Fact]
    public async Task Each_regiogemeente_pays_within_a_cent_of_its_share_by_inhabitants()
    {
        var breakdown = await ArnhemOverBudget();

        var cofinancing = breakdown["cofinancing"]!.AsArray();
        var inhabitants = cofinancing.Select(c => c!["inhabitants"]!.GetValue<long>()).ToArray();
        var total = inhabitants.Sum();
        foreach (var part in cofinancing)
        {
            var exact = 280_000m * part!["inhabitants"]!.GetValue<long>() / total;
            Math.Abs(part["amount"].Euros() - exact).Should().BeLessThan(0.01m, part["name"]!.GetValue<string>());
        }
        var arnhem = cofinancing.Single(c => c!["code"]!.GetValue<string>() == "GM0202")!;
        arnhem["amount"].Euros().Should().Be(61_533.18m, "280,000 x 159,265 / 724,718 = 61,533.1757 rounds up: its remainder is among the largest");
    }

    [Fact]
    public async Task Cofinancing_is_listed_by_CBS_code()
    {
        var breakdown = await ArnhemOverBudget();

        var codes = breakdown["cofinancing"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToArray();
        codes.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task Parts_paid_from_other_sources_are_listed_and_do_not_count_against_the_DU_VO()
    {
        var breakdown = await ArnhemOverBudget();

        var veiligThuis = breakdown["categories"]![1]!;
        veiligThuis["amount"].Euros().Should().Be(2_400_000m);
        veiligThuis["otherSourceAmount"].Euros().Should().Be(580_000m);
        veiligThuis["duVoAmount"].Euros().Should().Be(1_820_000m);
        var part = breakdown["otherSourceParts"]!.AsArray().Single()!;
        part["source"]!.GetValue<string>().Should().Be("Jeugd");
        part["amount"].Euros().Should().Be(580_000m);
        breakdown["findings"]!.AsArray().Should().NotContain(f => f!["code"]!.GetValue<string>() == "INELIGIBLE_COVERAGE",
            "minors' work paid from youth funds is where it belongs");
    }

    [Fact]
    public async Task With_a_shortfall_the_shares_are_of_the_payment_plus_the_cofinancing_and_add_up_to_100()
    {
        var breakdown = await ArnhemOverBudget();

        breakdown["categories"].Euros("share").Sum().Should().Be(100.00m);
        breakdown["unspent"]!["share"].Euros().Should().Be(0m);
        breakdown["categories"]![0]!["share"].Euros().Should().Be(59.31m, "3,250,000 of 5,480,000 is 59.306...%");
    }
}
