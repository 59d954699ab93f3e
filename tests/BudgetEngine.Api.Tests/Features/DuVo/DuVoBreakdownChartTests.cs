using System.Net;
using System.Xml.Linq;
using BudgetEngine.Api.Features.DuVo;
using BudgetEngine.TestSupport.Snapshots;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>GET /v1/centrumgemeenten/{code}/duvo/{year}/breakdown.svg: payment, categories and co-financing.</summary>
public sealed class DuVoBreakdownChartTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly BudgetEngineApplication _app = new(settings: new Dictionary<string, string?> { ["Samples:LoadOnEmptyDatabase"] = "true" });
    private readonly DuVoClients _duvo;

    public DuVoBreakdownChartTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_co_financed_sample_is_the_approved_image()
    {
        var response = await _duvo.Of("GM0202").GetAsync("/v1/centrumgemeenten/GM0202/duvo/2020/breakdown.svg");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        Snapshot.Match(await response.Content.ReadAsStringAsync(), "arnhem-2020-duvo", "svg");
    }

    [Fact]
    public async Task A_year_within_the_payment_shows_no_co_financing()
    {
        var svg = XDocument.Parse(await _duvo.Of("GM0202").GetStringAsync("/v1/centrumgemeenten/GM0202/duvo/2019/breakdown.svg")).Root!;

        svg.Descendants(Svg + "g").Select(g => (string?)g.Attribute("class")).Should().NotContain("cofinancing");
        svg.Descendants(Svg + "rect").Should().NotContain(r => r.Attribute("class") != null && r.Attribute("class")!.Value == "over-allocated");
    }

    [Fact]
    public async Task The_co_financing_stacks_from_the_payment_up_to_the_costs()
    {
        var svg = XDocument.Parse(await _duvo.Of("GM0202").GetStringAsync("/v1/centrumgemeenten/GM0202/duvo/2020/breakdown.svg")).Root!;
        decimal Top(string kind) => svg.Descendants(Svg + "g").Single(g => g.Attribute("class")?.Value == kind).Elements(Svg + "rect").Min(r => (decimal)r.Attribute("y")!);
        decimal Bottom(string kind) => svg.Descendants(Svg + "g").Single(g => g.Attribute("class")?.Value == kind).Elements(Svg + "rect").Max(r => (decimal)r.Attribute("y")! + (decimal)r.Attribute("height")!);

        Top("payment").Should().BeApproximately(Bottom("cofinancing"), 0.02m, "co-financing starts where the payment ends");
        Top("cofinancing").Should().BeApproximately(Top("category"), 0.02m, "and reaches the costs");
        svg.Element(Svg + "desc")!.Value.Should().Contain("Tekort € 280.000,00");
    }

    [Fact]
    public async Task A_stored_plans_chart_is_drawn_once_per_plan_and_distribution_version()
    {
        var breakdown = await (await _duvo.Of("GM0202").GetAsync("/v1/centrumgemeenten/GM0202/duvo/2020/breakdown")).ReadJson();
        var planVersion = breakdown["plan"]!["version"]!.GetValue<int>();
        var distributionVersion = breakdown["distribution"]?["version"]?.GetValue<int>();
        var cache = _app.Services.GetRequiredService<DuVoChartCache>();

        var first = await _duvo.Of("GM0202").GetStringAsync("/v1/centrumgemeenten/GM0202/duvo/2020/breakdown.svg");

        cache.FindChart("GM0202", 2020, planVersion, distributionVersion).Should().Be(first, "the chart of these versions is kept");
        cache.FindChart("GM0202", 2020, planVersion + 1, distributionVersion).Should().BeNull("another plan version is another chart");
        (await _duvo.Of("GM0202").GetStringAsync($"/v1/centrumgemeenten/GM0202/duvo/2020/breakdown.svg?version={planVersion}")).Should().Be(first);
    }

    [Fact]
    public async Task An_unknown_plan_is_a_problem()
    {
        await (await _duvo.Of("GM0202").GetAsync("/v1/centrumgemeenten/GM0202/duvo/2031/breakdown.svg")).ShouldBeProblem(404);
    }
}
