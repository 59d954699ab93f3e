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
    public async Task The_overview_renders_the_samples_charts_and_findings()
    {
        var url = Start() + "/#key=" + Uri.EscapeDataString(ApiKey());

        var dom = await Chromium.RunAsync(url, ["--virtual-time-budget=15000", "--dump-dom"], Limit);

        dom.Should().Contain("data-state=\"ready\"", "the page finished loading without an error; it said: " + Status(dom));
        CountOf(dom, "<article class=\"scenario\"").Should().Be(3, "the three samples are listed");
        CountOf(dom, "class=\"reconciliation-chart\"").Should().Be(3, "each sample has its chart drawn inline");
        CountOf(dom, "class=\"balances realisatie\"").Should().Be(1, "the illustrative realisatie shows begroting, realisatie and verschil side by side");
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
        CountOf(dom, "zonder geld onder voorbehoud").Should().Be(3, "each scenario has the what-if toggles");
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

    [ChromiumFact]
    public async Task A_finance_officer_reads_in_a_begroting_tries_a_what_if_compares_and_downloads_the_workbook()
    {
        var wait = TimeSpan.FromSeconds(60);
        await using var browser = await BrowserSession.OpenAsync(Start() + "/", Limit);
        var (key, _) = await _app.CreateKeyAsync("Regio Gooi en Vechtstreek", "finance-officer");

        // Paste the key.
        await browser.WaitForAsync("document.body.dataset.state === 'error' || document.body.dataset.state === 'ready'", wait, "the page asks for a key");
        await browser.EvaluateAsync($"document.getElementById('api-key').value = {System.Text.Json.JsonSerializer.Serialize(key)}; document.getElementById('key-form').requestSubmit(); true");
        await browser.WaitForAsync("document.body.dataset.state === 'ready' && document.querySelectorAll('article.scenario').length === 3", wait, "the samples listed");

        // Read in the sample sheet as a new scenario: it has no income rows, so it does not close.
        await browser.SetFileAsync("#upload-file", Path.Combine(Repository.Samples, "gooi-en-vechtstreek-ghnt-2018-2021.csv"));
        await browser.EvaluateAsync("document.getElementById('upload-organisation').value = 'Regio Gooi en Vechtstreek'; document.getElementById('upload-form').requestSubmit(); true");
        await browser.WaitForAsync("document.body.dataset.state === 'ready' && document.querySelectorAll('article.scenario').length === 4", wait, "the uploaded scenario listed");
        const string uploaded = "[...document.querySelectorAll('article.scenario')].find(a => a.querySelector('h3').textContent.endsWith(': Begroting GHNT'))";
        (await browser.EvaluateAsync($"{uploaded}.querySelector('.verdict').textContent"))!.GetValue<string>().Should().StartWith("Sluit niet in 2018");
        (await browser.EvaluateAsync($"{uploaded}.querySelectorAll('table.balances tr[data-source=\"Ongedekt\"]').length"))!.GetValue<int>().Should().Be(4, "a row of Ongedekt per year, 2018-2021");
        (await browser.EvaluateAsync("document.getElementById('upload-state').textContent"))!.GetValue<string>().Should().StartWith("Ingelezen:");

        // The what-if without conditional money on the sample: its 2020 Projectenpool income drops.
        const string sample = "[...document.querySelectorAll('article.scenario')].find(a => a.querySelector('h3').textContent.endsWith(': GHNT actieprogramma 2018-2021'))";
        var before = (await browser.EvaluateAsync($"{sample}.querySelector('tr[data-year=\"2020\"][data-source=\"Projectenpool\"]').textContent"))!.GetValue<string>();
        await browser.EvaluateAsync($"{sample}.querySelector('.toggles input').click(); true");
        await browser.WaitForAsync($"{sample}.dataset.shown === '?includeConditional=false'", wait, "the what-if shown");
        var after = (await browser.EvaluateAsync($"{sample}.querySelector('tr[data-year=\"2020\"][data-source=\"Projectenpool\"]').textContent"))!.GetValue<string>();
        after.Should().NotBe(before, "without the conditional 2020 grant the Projectenpool income of 2020 is lower");

        // Compare the uploaded scenario with the sample.
        await browser.EvaluateAsync($"document.getElementById('compare-base').value = {uploaded}.dataset.scenarioId; document.getElementById('compare-other').value = {sample}.dataset.scenarioId; document.getElementById('compare-form').requestSubmit(); true");
        await browser.WaitForAsync("document.getElementById('compare-result').dataset.state === 'ready'", wait, "the comparison shown");
        (await browser.EvaluateAsync("document.querySelectorAll('#compare-result table.comparison tr.changed').length"))!.GetValue<int>().Should().BePositive("the sample has income the sheet lacks");
        (await browser.EvaluateAsync("document.querySelectorAll('#compare-result table.changes tr.added').length"))!.GetValue<int>().Should().BePositive("the sample's grants are added in the other, grant by grant");

        // Download the sample's reconciliation as a workbook and read a number cell with the library.
        await browser.EvaluateAsync($"{sample}.querySelector('button[data-download$=\".xlsx\"]').click(); true");
        var workbook = await browser.DownloadedAsync(".xlsx", wait);
        var head = File.ReadAllBytes(workbook.FullName).Take(2).ToArray();
        head.Should().Equal(new byte[] { (byte)'P', (byte)'K' }, $"the download is a workbook (a zip archive), not {System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(workbook.FullName).Take(200).ToArray())}");
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(workbook.FullName, false))
        {
            var book = document.WorkbookPart!;
            var overview = book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First(s => s.Name == "Overzicht per jaar");
            var cell = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)book.GetPartById(overview.Id!.Value!)).Worksheet
                .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "C3");
            cell.DataType!.Value.Should().Be(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number);
            // 2019: 75.000 GHNT and 100.000 awarded Projectenpool income.
            decimal.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture).Should().Be(175000m);
        }

        foreach (var width in new[] { 1400, 390 })
        {
            var screenshot = Path.Combine(Repository.Root, "artifacts", "browser", $"workspace-{width}.png");
            await browser.ScreenshotAsync(width, screenshot);
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

    /// <summary>The key the overview is handed: the admin key, the one key that sees every sample and every DU VO plan at once.</summary>
    private static string ApiKey() => BudgetEngineApplication.AdminKey;

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Status(string dom)
    {
        var start = dom.IndexOf("id=\"status\"", StringComparison.Ordinal);
        return start < 0 ? "(no status)" : dom[start..Math.Min(dom.Length, start + 300)];
    }
}
