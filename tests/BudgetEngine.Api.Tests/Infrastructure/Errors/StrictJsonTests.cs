using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Infrastructure.Errors;

/// <summary>A body means one thing: a property given twice, or a number the API cannot hold exactly, is refused naming the field.</summary>
public sealed class StrictJsonTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_year_given_twice_in_amounts_is_refused_not_read_as_the_last_one()
    {
        var body = Http.SmallScenario().Replace("\"2019\": 20000,", "\"2019\": 25000, \"2019\": 2,", StringComparison.Ordinal);

        var problem = await (await _app.CreateClient("finance-officer", "Gemeente Testdorp").PostAsync("/v1/reconciliations", Http.Json(body))).ShouldBeProblem(400);

        ((JsonObject)problem["errors"]!).Select(e => e.Key).Should().ContainSingle().Which.Should().StartWith("/lines/0/amounts");
    }

    [Fact]
    public async Task A_property_given_twice_is_refused()
    {
        var body = Http.SmallScenario().Replace("\"name\": \"Test scenario\",", "\"name\": \"Een\", \"name\": \"Twee\",", StringComparison.Ordinal);

        await (await _app.CreateClient("finance-officer", "Gemeente Testdorp").PostAsync("/v1/scenarios", Http.Json(body))).ShouldBeProblem(400);

        (await (await _app.CreateClient("finance-officer", "Gemeente Testdorp").GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Theory]
    [InlineData("1e-400", "te klein")]
    [InlineData("20000.00000000000000000000000001", "meer cijfers")]
    public async Task A_number_the_API_cannot_hold_exactly_is_refused_naming_the_field(string amount, string reason)
    {
        var body = Http.SmallScenario().Replace("\"2019\": 20000,", $"\"2019\": {amount},", StringComparison.Ordinal);

        var problem = await (await _app.CreateClient("finance-officer", "Gemeente Testdorp").PostAsync("/v1/reconciliations", Http.Json(body))).ShouldBeProblem(400);

        problem["errors"]!["/lines/0/amounts/2019"]![0]!.GetValue<string>().Should().Contain(reason);
    }
}
