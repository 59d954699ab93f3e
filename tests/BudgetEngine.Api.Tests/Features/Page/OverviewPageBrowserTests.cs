using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BudgetEngine.Api.Tests.Features.Page;

/// <summary>
/// The overview page in a real browser: the API on a loopback port with the samples loaded, Debian's headless Chromium
/// loading GET / with the API key in the fragment. The scenario charts and findings and the DU VO breakdown charts must render; a screenshot is kept as an
/// artifact at 1400 and 390 px wide (artifacts/browser/overview-1400.png, overview-390.png).
/// </summary>
[Trait("Category", "Browser")]
public sealed class OverviewPageBrowserTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private readonly BudgetEngineApplication _app = new(settings: new Dictionary<string, string?> { ["Samples:LoadOnEmptyDatabase"] = "true" });

    public void Dispose() => _app.Dispose();

    [ChromiumFact]
    public async Task TheOverviewRendersTheSamplesChartsAndFindings()
    {
        var url = Start() + "/#key=" + Uri.EscapeDataString(ApiKey());

        var dom = await Chromium.RunAsync(url, ["--virtual-time-budget=15000", "--dump-dom"], Limit);

        dom.Should().Contain("data-state=\"ready\"", "the page finished loading without an error; it said: " + Status(dom));
        CountOf(dom, "<article class=\"scenario\"").Should().Be(2, "both samples are listed");
        CountOf(dom, "class=\"reconciliation-chart\"").Should().Be(2, "each sample has its chart drawn inline");
        dom.Should().Contain("data-code=\"UNKNOWN_SOURCE\"").And.Contain("GNHT");
        dom.Should().Contain("data-code=\"OVER_ALLOCATED\"", "the variant without the conditional money is over-allocated");
        dom.Should().Contain("class=\"over-allocated\"", "its chart marks the over-allocated years");
        dom.Should().Contain("€ 97.000,00");
        dom.Should().Contain("class=\"balances\"", "each scenario has its table per year and source");
        dom.Should().Contain("data-year=\"2021\" data-source=\"Ongedekt\"", "the part that belongs to no source has its own row");
        dom.Should().Contain("67.000,00", "the seed's 'GNHT' line leaves 67,000 unfunded by 2021");
        dom.Should().Contain("data-centrumgemeente=\"GM0202\"", "the DU VO breakdowns are listed per centrumgemeente");
        CountOf(dom, "class=\"duvo-chart\"").Should().BeGreaterThanOrEqualTo(4, "each sample plan year has its breakdown chart");
        dom.Should().Contain("€ 280.000,00", "Arnhem's 2020 co-financing is drawn");
        dom.Should().Contain("class=\"verdict open\">Sluit niet in ", "a scenario that does not close says in which years, at the top");
        dom.Should().Contain("class=\"balances cofinancing\"", "the DU VO co-financing per regiogemeente is a table");
        CountOf(dom, "zonder geld onder voorbehoud").Should().Be(2, "each scenario has the what-if toggles");
        dom.Should().Contain("id=\"upload-form\"").And.Contain("id=\"compare-form\"");
        dom.Should().Contain("Reconciliatie als Excel").And.Contain("Begroting als Excel");

        foreach (var (width, name) in new[] { (1400, "overview-1400.png"), (390, "overview-390.png") })
        {
            var screenshot = Path.Combine(Repository.Root, "artifacts", "browser", name);
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            File.Delete(screenshot);
            await Chromium.RunAsync(url, ["--virtual-time-budget=15000", $"--window-size={width},4000", $"--screenshot={screenshot}"], Limit);
            File.Exists(screenshot).Should().BeTrue();
            new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000, "a screenshot of a drawn page is not blank");
            output.WriteLine($"Screenshot: {screenshot}");
        }
    }

    /// <summary>Starts the API on a free loopback port; its base address.</summary>
    private string Start()
    {
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        output.WriteLine($"API at {address}");
        return address.TrimEnd('/');
    }

    /// <summary>The key the page is handed: the test factory's admin key, which sees both samples and every DU VO plan.</summary>
    private static string ApiKey() => BudgetEngineApplication.AdminKey;

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Status(string dom)
    {
        var start = dom.IndexOf("id=\"status\"", StringComparison.Ordinal);
        return start < 0 ? "(no status)" : dom[start..Math.Min(dom.Length, start + 300)];
    }
}
