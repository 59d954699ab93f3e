using System.Text.Json.Nodes;
using BudgetEngine.Api.Tests.Features.DuVo;
using BudgetEngine.Api.Tests.Features.Scenarios;

namespace BudgetEngine.Api.Tests.Infrastructure.Limits;

/// <summary>
/// Every input path keeps the scenario limits (lines, years, text lengths), whatever its format: JSON, the CSV import,
/// DU VO documents; and a 400 lists at most Limits:MaxErrors (100) field errors, then the count of the rest.
/// </summary>
public sealed class InputLimitsTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_imported_table_with_more_lines_than_the_limit_is_refused()
    {
        var rows = new[] { "Begroting;2019;Dekking" }.Concat(Enumerable.Range(1, 5001).Select(i => $"Regel {i};1,00;GHNT")).ToArray();

        var problem = await (await _app.CreateClient("finance-officer", "Regio").PostAsync("/v1/scenarios/import?organisation=Regio", SheetSamples.TextCsv(SheetSamples.Table(rows)))).ShouldBeProblem(400);

        problem["errors"]!["/lines"]![0]!.GetValue<string>().Should().Contain("5001 elementen; hoogstens 5000");
        await NothingStored();
    }

    [Fact]
    public async Task An_imported_line_name_over_the_text_limit_is_refused()
    {
        var table = SheetSamples.Table("Begroting;2019;Dekking", $"{new string('x', 10_000)};1,00;GHNT");

        var problem = await (await _app.CreateClient("finance-officer", "Regio").PostAsync("/v1/scenarios/import?organisation=Regio", SheetSamples.TextCsv(table))).ShouldBeProblem(400);

        problem["errors"]!["/lines/0/name"]![0]!.GetValue<string>().Should().Contain("10000 tekens lang; hoogstens 500");
        await NothingStored();
    }

    [Fact]
    public async Task An_imported_organisation_over_the_text_limit_is_refused()
    {
        var table = SheetSamples.Table("Begroting;2019;Dekking", "Projectleider;1,00;GHNT");

        var problem = await (await _app.CreateAdminClient().PostAsync($"/v1/scenarios/import?organisation={new string('o', 5000)}", SheetSamples.TextCsv(table))).ShouldBeProblem(400);

        problem["errors"]!["/organisation"].Should().NotBeNull();
        await NothingStored();
    }

    [Theory]
    [InlineData("/name")]
    [InlineData("/categories/0/name")]
    public async Task A_DU_VO_plan_text_over_the_limit_is_refused(string field)
    {
        var plan = JsonNode.Parse(DuVoRequests.Plan(100_000m, ("Opvang", 50_000m)))!.AsObject();
        if (field == "/name") plan["name"] = new string('n', 900_000);
        else plan["categories"]![0]!["name"] = new string('n', 501);

        var problem = await (await _app.CreateClient("centrumgemeente", "GM0344").Put(DuVoRequests.PlanUrl("GM0344", 2015), plan.ToJsonString(), ifMatch: null)).ShouldBeProblem(400);

        problem["errors"]![field]![0]!.GetValue<string>().Should().Contain("hoogstens 500");
        (await _app.CreateClient("centrumgemeente", "GM0344").GetAsync(DuVoRequests.PlanUrl("GM0344", 2015))).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_with_thousands_of_mistakes_lists_the_first_hundred_and_counts_the_rest()
    {
        var scenario = JsonNode.Parse(Http.SmallScenario())!.AsObject();
        var line = scenario["lines"]![0]!.ToJsonString();
        scenario["lines"] = new JsonArray(Enumerable.Range(0, 300).Select(_ =>
        {
            var copy = JsonNode.Parse(line)!;
            copy["name"] = new string('x', 501);
            return (JsonNode?)copy;
        }).ToArray());

        var problem = await (await _app.CreateClient("finance-officer", "Gemeente Testdorp").PostAsync("/v1/scenarios", Http.Json(scenario.ToJsonString()))).ShouldBeProblem(400);

        problem["errors"]!.AsObject().Count.Should().Be(100, "at most Limits:MaxErrors field errors are listed");
        problem["moreErrors"]!.GetValue<int>().Should().Be(200, "300 names are too long: 100 listed, 200 counted");
        problem["detail"]!.GetValue<string>().Should().Contain("first 100 of 300");
    }

    private async Task NothingStored() =>
        (await (await _app.CreateClient("finance-officer", "Gemeente Testdorp").GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(0);
}
