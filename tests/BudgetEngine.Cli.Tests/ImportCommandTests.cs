using System.Text.Json.Nodes;
using BudgetEngine.Cli;

namespace BudgetEngine.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_sample_sheet_becomes_the_scenario_JSON_the_API_takes()
    {
        var run = _workspace.Run("import", Workspace.SampleSheet, "--organisation", "Regio Gooi en Vechtstreek");

        run.Exit.Should().Be(ExitCode.Done);
        var scenario = JsonNode.Parse(run.OutputText)!;
        scenario["organisation"]!.GetValue<string>().Should().Be("Regio Gooi en Vechtstreek");
        scenario["firstYear"]!.GetValue<int>().Should().Be(2018);
        scenario["lastYear"]!.GetValue<int>().Should().Be(2021);
        // Row 3 of the sheet: "Projectleider;25.000€;;20.000€;33.500€;GHNT".
        var projectleider = scenario["lines"]!.AsArray().Single(l => l!["name"]!.GetValue<string>() == "Projectleider")!;
        projectleider["amounts"]!["2018"]!.GetValue<decimal>().Should().Be(25000m);
        projectleider["amounts"]!["2021"]!.GetValue<decimal>().Should().Be(33500m);
    }

    [Fact]
    public void What_it_writes_validates()
    {
        _workspace.Run("import", Workspace.SampleSheet, "--organisation", "Regio Gooi en Vechtstreek", "--out", "scenarios").Exit.Should().Be(ExitCode.Done);

        _workspace.Run("validate", "scenarios/gooi-en-vechtstreek-ghnt-2018-2021.json").Exit.Should().Be(ExitCode.Done);
    }

    [Fact]
    public void A_begroting_workbook_imports_to_the_scenario_it_was_written_from()
    {
        var scenario = System.Text.Json.JsonSerializer.Deserialize<BudgetEngine.Contracts.ScenarioDto>(
            File.ReadAllBytes(_workspace.PathOf(Workspace.Sample)), BudgetEngine.Contracts.Json.ApiJson.Options)!;
        File.WriteAllBytes(_workspace.PathOf("begroting.xlsx"), BudgetEngine.Formats.Write.BegrotingXlsx.Write(scenario));

        var run = _workspace.Run("import", "begroting.xlsx", "--out", "scenarios");

        run.Exit.Should().Be(ExitCode.Done, run.Error);
        var imported = JsonNode.Parse(File.ReadAllText(_workspace.PathOf("scenarios/begroting.json")))!;
        imported["lines"]!.AsArray().Should().HaveCount(scenario.Lines!.Count);
        imported["grants"]!.AsArray().Should().HaveCount(scenario.Grants!.Count);
        _workspace.Run("reconcile", "scenarios/begroting.json", "--format", "summary").OutputDocuments[0]["years"]![1]!["closingBalance"]!
            .GetValue<decimal>().Should().Be(97000m);
    }

    [Fact]
    public void A_missing_organisation_is_named_as_the_option()
    {
        var run = _workspace.Run("import", Workspace.SampleSheet, "--lang", "en");

        run.Exit.Should().Be(ExitCode.InvalidInput);
        run.Error.Should().StartWith($"{Workspace.SampleSheet}: --organisation: ");
    }

    [Fact]
    public void A_bad_amount_is_named_by_its_cell()
    {
        _workspace.Write("bad.csv", "Begroting;2019;2020;Dekking\nProjectleider;25.000;twintig;GHNT\n");

        var run = _workspace.Run("import", "bad.csv", "--organisation", "Regio", "--lang", "en");

        run.Exit.Should().Be(ExitCode.InvalidInput);
        run.Error.Trim().Should().Be("bad.csv: row 2, column C (2020): 'twintig' is not an amount in euros (e.g. 25000.00, 25.000,00 or € 25.000,-).");
    }

    [Fact]
    public void One_sheet_at_a_time()
    {
        _workspace.Run("import", Workspace.SampleSheet, Workspace.SampleSheet).Exit.Should().Be(ExitCode.Usage);
    }
}
