namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>GET /v1/centrumgemeenten lists every centrumgemeente with a plan or a distribution entry; GET .../duvo gives the trend.</summary>
public sealed class CentrumgemeentenTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public CentrumgemeentenTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Every_centrumgemeente_with_a_plan_or_a_distribution_entry_is_listed_by_code()
    {
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2015), DuVoRequests.Utrecht2015);
        await _duvo.Admin.PutNew(DuVoRequests.DistributionUrl(2016), """
            { "macroBudget": 100, "phaseIn": 1, "centrumgemeenten": [
                { "code": "GM0402", "name": "Hilversum", "keyWeight": 1 },
                { "code": "GM0344", "name": "Utrecht (distribution)", "keyWeight": 1 } ] }
            """);

        var list = await _duvo.Admin.GetOk("/v1/centrumgemeenten");

        list.AsArray().Select(c => c!["code"]!.GetValue<string>()).Should().Equal("GM0344", "GM0402");
        list[0]!["name"]!.GetValue<string>().Should().Be("Utrecht", "a plan's name comes before a distribution entry's");
        list[0]!["planYears"]!.AsArray().Select(y => y!.GetValue<int>()).Should().Equal(2015);
        list[0]!["distributionYears"]!.AsArray().Select(y => y!.GetValue<int>()).Should().Equal(2016);
        list[1]!["name"]!.GetValue<string>().Should().Be("Hilversum");
        list[1]!["regiogemeenten"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task The_regiogemeenten_are_those_of_the_latest_plan_with_code_name_and_inhabitants()
    {
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2020), DuVoRequests.Arnhem2020Cofinanciering);
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2018), """
            { "name": "Arnhem", "payment": 1, "categories": [], "regiogemeenten": [{ "code": "GM0202", "name": "Arnhem", "inhabitants": 1 }] }
            """);

        var arnhem = (await _duvo.Of("GM0202").GetOk("/v1/centrumgemeenten")).AsArray().Single()!;

        arnhem["planYears"]!.AsArray().Select(y => y!.GetValue<int>()).Should().Equal(2018, 2020);
        var regio = arnhem["regiogemeenten"]!.AsArray();
        regio.Should().HaveCount(18, "the 2020 plan is the latest");
        regio.Select(r => r!["name"]!.GetValue<string>()).Should().Contain(["Aalten", "Rozendaal", "Zevenaar"]);
        regio.Single(r => r!["code"]!.GetValue<string>() == "GM0202")!["inhabitants"]!.GetValue<long>().Should().Be(159_265);
    }

    [Fact]
    public async Task The_trend_gives_the_breakdown_of_every_year_oldest_first()
    {
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2020), DuVoRequests.Arnhem2020Cofinanciering);
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2019), DuVoRequests.Arnhem2019);

        var trend = await _duvo.Of("GM0202").GetOk("/v1/centrumgemeenten/GM0202/duvo");

        trend["name"]!.GetValue<string>().Should().Be("Arnhem");
        var years = trend["years"]!.AsArray();
        years.Select(y => y!["year"]!.GetValue<int>()).Should().Equal(2019, 2020);
        years.Select(y => y!["shortfall"].Euros()).Should().Equal(0m, 280_000m);
        years.Select(y => y!["payment"].Euros()).Should().Equal(5_200_000m, 5_200_000m);
        trend["unavailable"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task A_year_whose_payment_is_not_known_is_listed_as_unavailable_with_what_is_missing()
    {
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2019), DuVoRequests.Arnhem2019);
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2021), DuVoRequests.Plan(null, ("Algemeen", 1m)));

        var trend = await _duvo.Of("GM0202").GetOk("/v1/centrumgemeenten/GM0202/duvo");

        trend["years"]!.AsArray().Select(y => y!["year"]!.GetValue<int>()).Should().Equal(2019);
        var unavailable = trend["unavailable"]!.AsArray().Single()!;
        unavailable["year"]!.GetValue<int>().Should().Be(2021);
        unavailable["detail"]!.GetValue<string>().Should().Contain("PUT /v1/duvo/2021/distribution");
    }
}
