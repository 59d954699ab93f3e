namespace BudgetEngine.Api.Tests.Features.Samples;

public sealed class SampleLoadingTests : IDisposable
{
    private readonly string _path = BudgetEngineApplication.NewDatabasePath();

    public void Dispose() => BudgetEngineApplication.DeleteDatabase(_path);

    private BudgetEngineApplication App(bool load) =>
        new(_path, new Dictionary<string, string?> { ["Samples:LoadOnEmptyDatabase"] = load ? "true" : "false" });

    [Fact]
    public async Task The_samples_are_loaded_on_the_first_start_of_an_empty_database_only()
    {
        using (var first = App(load: true))
        {
            var list = await (await first.CreateClient("reader", "Regio Gooi en Vechtstreek").GetAsync("/v1/scenarios?organisation=Regio%20Gooi%20en%20Vechtstreek")).ReadJson();
            list["totalCount"]!.GetValue<int>().Should().Be(3, "the plan, its variant without the conditional money and its illustrative realisatie");
        }
        using var second = App(load: true);
        var again = await (await second.CreateClient("reader", "Regio Gooi en Vechtstreek").GetAsync("/v1/scenarios")).ReadJson();
        again["totalCount"]!.GetValue<int>().Should().Be(3, "a database that holds scenarios is left alone");
    }

    [Fact]
    public async Task The_switch_turns_sample_loading_off()
    {
        using var app = App(load: false);

        var list = await (await app.CreateClient("reader", "Regio Gooi en Vechtstreek").GetAsync("/v1/scenarios")).ReadJson();

        list["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task The_loaded_sample_reconciles_to_the_reference_figures()
    {
        using var app = App(load: true);
        var client = app.CreateClient("reader", "Regio Gooi en Vechtstreek");
        var list = await (await client.GetAsync("/v1/scenarios?name=actieprogramma%202018-2021")).ReadJson();
        var id = list["items"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "GHNT actieprogramma 2018-2021")!["id"]!.GetValue<string>();

        var reconciliation = await (await client.GetAsync($"/v1/scenarios/{id}/reconciliation")).ReadJson();

        reconciliation["years"]!.AsArray().Select(y => y!["closingBalance"].Euros()).Should().Equal(0m, 97000m, 33500m, 0m);
    }

    [Fact]
    public async Task The_loaded_illustrative_realisatie_reconciles_on_its_actuals()
    {
        // 2018: 25,000 received, Projectleider 24,150 spent: 850. 2019: 175,000 received; 27,400 + 31,250 + 9,800 + 600 + 2,875
        // + 1,000 paid by the sources and 3,000 unfunded ("GNHT"): 75,925; 850 + 175,000 - 75,925 = 99,925 (budget: 97,000).
        using var app = App(load: true);
        var client = app.CreateClient("reader", "Regio Gooi en Vechtstreek");
        var list = await (await client.GetAsync("/v1/scenarios?name=realisatie")).ReadJson();
        var id = list["items"]!.AsArray().Single()!["id"]!.GetValue<string>();

        var reconciliation = await (await client.GetAsync($"/v1/scenarios/{id}/reconciliation?basis=actuals")).ReadJson();

        reconciliation["years"]!.AsArray().Take(2).Select(y => y!["closingBalance"].Euros()).Should().Equal(850m, 99925m);
        reconciliation["years"]![1]!["realisatie"]!["difference"]!["closingBalance"].Euros().Should().Be(2925m);
        reconciliation["findings"]!.AsArray().Where(f => f!["code"]!.GetValue<string>() == "OVERSPENT_LINE").Select(f => f!["line"]!.GetValue<string>())
            .Should().Equal("Project Handle with Care"); // 1,250 over; Orange the World's 375 is within the tolerance of 500
    }
}
