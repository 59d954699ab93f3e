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
            var list = await (await first.CreateClient().GetAsync("/v1/scenarios?organisation=Regio%20Gooi%20en%20Vechtstreek")).ReadJson();
            list["totalCount"]!.GetValue<int>().Should().Be(2);
        }
        using var second = App(load: true);
        var again = await (await second.CreateClient().GetAsync("/v1/scenarios")).ReadJson();
        again["totalCount"]!.GetValue<int>().Should().Be(2, "a database that holds scenarios is left alone");
    }

    [Fact]
    public async Task The_switch_turns_sample_loading_off()
    {
        using var app = App(load: false);

        var list = await (await app.CreateClient().GetAsync("/v1/scenarios")).ReadJson();

        list["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task The_loaded_sample_reconciles_to_the_reference_figures()
    {
        using var app = App(load: true);
        var client = app.CreateClient();
        var list = await (await client.GetAsync("/v1/scenarios?name=actieprogramma%202018-2021")).ReadJson();
        var id = list["items"]!.AsArray().Single(i => !i!["name"]!.GetValue<string>().Contains("niet toegekend"))!["id"]!.GetValue<string>();

        var reconciliation = await (await client.GetAsync($"/v1/scenarios/{id}/reconciliation")).ReadJson();

        reconciliation["years"]!.AsArray().Select(y => y!["closingBalance"].Euros()).Should().Equal(0m, 97000m, 33500m, 0m);
    }
}
