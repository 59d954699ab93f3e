namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>The DU VO samples (samples/duvo) are loaded on the first start of an empty database, with the scenario samples.</summary>
public sealed class DuVoSampleLoadingTests : IDisposable
{
    private readonly string _path = BudgetEngineApplication.NewDatabasePath();

    public void Dispose() => BudgetEngineApplication.DeleteDatabase(_path);

    private BudgetEngineApplication App() => new(_path, new Dictionary<string, string?> { ["Samples:LoadOnEmptyDatabase"] = "true" });

    [Fact]
    public async Task Utrecht_Amersfoort_and_Arnhem_are_loaded_on_the_first_start_once()
    {
        using (var first = App())
        {
            var list = await first.CreateAdminClient().GetOk("/v1/centrumgemeenten");
            // Hilversum (GM0402) is in the illustrative distribution of 2019 only.
            list.AsArray().Select(c => c!["code"]!.GetValue<string>()).Should().Equal("GM0202", "GM0307", "GM0344", "GM0402");
        }
        using var second = App();
        var client = second.CreateClient("centrumgemeente", "GM0202");
        (await client.GetOk("/v1/centrumgemeenten/GM0202/duvo/2019/plan/versions")).AsArray().Should().HaveCount(1, "a database that holds data is left alone");
    }

    [Fact]
    public async Task The_loaded_samples_reproduce_the_reference_and_the_cofinancing_case()
    {
        using var app = App();
        var duvo = new DuVoClients(app);

        var utrecht = await duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));
        var amersfoort = await duvo.Of("GM0307").GetOk(DuVoRequests.BreakdownUrl("GM0307", 2015));
        var arnhem = await duvo.Of("GM0202").GetOk("/v1/centrumgemeenten/GM0202/duvo");

        (utrecht["payment"].Euros() + amersfoort["payment"].Euros()).Should().Be(7_490_432m);
        arnhem["years"]!.AsArray().Select(y => y!["shortfall"].Euros()).Should().Equal(0m, 280_000m);
        arnhem["years"]![1]!["cofinancing"]!.AsArray().Should().HaveCount(18);
    }

    [Fact]
    public async Task A_later_distribution_sample_of_the_same_year_is_its_next_version()
    {
        // The septembercirculaire adds 675,000 for Veilig Thuis: Arnhem's 500 of 1,500 is 225,000, which brings it from 4,975,000 to
        // 5,200,000, the payment its 2019 plan enters.
        using var app = App();
        var client = app.CreateClient("reader", "Regio Eigen");

        var versions = await client.GetOk("/v1/duvo/2019/distribution/versions");
        var latest = await client.GetOk("/v1/duvo/2019/distribution");

        versions.AsArray().Should().HaveCount(2);
        latest["result"]!["centrumgemeenten"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == "GM0202")!["payment"].Euros().Should().Be(5_200_000m);
    }
}
