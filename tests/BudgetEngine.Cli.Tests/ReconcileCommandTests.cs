using System.Text.Json.Nodes;
using BudgetEngine.Cli;

namespace BudgetEngine.Cli.Tests;

public sealed class ReconcileCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_sample_closes_2019_at_97000_as_the_API_answers_it()
    {
        // Seed 001: 2019 opens at 0, takes 175,000 of income and 78,000 of costs: 0 + 175,000 - 78,000 = 97,000.
        var run = _workspace.Run("reconcile", Workspace.Sample);

        run.Exit.Should().Be(ExitCode.Done);
        var reconciliation = run.OutputDocuments.Should().ContainSingle().Subject;
        reconciliation["years"]![1]!["year"]!.GetValue<int>().Should().Be(2019);
        reconciliation["years"]![1]!["closingBalance"]!.GetValue<decimal>().Should().Be(97000m);
        reconciliation["allocations"].Should().NotBeNull();
    }

    [Fact]
    public void Without_the_conditional_money_2020_closes_at_minus_66500()
    {
        // The projectenpool's 100,000 for 2020 is onder voorbehoud: 2020 closes at 33,500 with it, 33,500 - 100,000 = -66,500 without.
        var run = _workspace.Run("reconcile", Workspace.Sample, "--include-conditional", "false");

        run.Exit.Should().Be(ExitCode.Done);
        run.OutputDocuments[0]["years"]![2]!["closingBalance"]!.GetValue<decimal>().Should().Be(-66500m);
        run.OutputDocuments[0]["options"]!["includeConditional"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void The_recognition_option_is_the_one_the_reconciliation_was_made_under()
    {
        var run = _workspace.Run("reconcile", Workspace.Sample, "--recognition", "pro-rata");

        run.OutputDocuments[0]["options"]!["recognition"]!.GetValue<string>().Should().Be("pro-rata");
    }

    [Fact]
    public void The_recognition_naar_rato_is_pro_rata_and_the_answer_says_pro_rata()
    {
        var run = _workspace.Run("reconcile", Workspace.Sample, "--recognition", "naar-rato");

        run.Exit.Should().Be(ExitCode.Done);
        run.OutputDocuments[0]["options"]!["recognition"]!.GetValue<string>().Should().Be("pro-rata");
    }

    [Fact]
    public void A_document_in_the_words_users_type_reconciles_as_its_canonical_values()
    {
        _workspace.Write("woorden.json", """
            {
              "organisation": "Regio Test", "name": "Woorden", "firstYear": 2019, "lastYear": 2020,
              "sources": [{ "code": "PP", "kind": "projectenpool" }],
              "grants": [{ "id": "pp", "source": "PP", "amount": 120000, "period": { "kind": "project-year", "year": "2019/2020" }, "status": "onder voorbehoud" }],
              "lines": [{ "name": "Project", "amounts": { "2019": 30000, "2020": 30000 }, "coverage": "PP" }]
            }
            """);

        var run = _workspace.Run("reconcile", "woorden.json", "--recognition", "naar-rato");

        run.Exit.Should().Be(ExitCode.Done);
        // September 2019 - August 2020 pro rata: 4/12 of 120,000 = 40,000 in 2019 and 8/12 = 80,000 in 2020.
        var years = run.OutputDocuments[0]["years"]!.AsArray();
        years.Select(y => y!["income"]!.GetValue<decimal>()).Should().Equal(40000m, 80000m);
        // The grant is onder voorbehoud (conditional): both years' 30,000 rest on it.
        run.OutputDocuments[0]["findings"]!.AsArray().Count(f => f!["code"]!.GetValue<string>() == "CONDITIONAL_FUNDING").Should().Be(2);
    }

    [Fact]
    public void The_summary_leaves_the_allocations_out()
    {
        var run = _workspace.Run("reconcile", Workspace.Sample, "--format", "summary");

        run.OutputDocuments[0].AsObject().ContainsKey("allocations").Should().BeFalse();
        run.OutputDocuments[0]["years"]!.AsArray().Should().HaveCount(4);
    }

    [Fact]
    public void Without_out_each_file_is_one_JSON_document_on_its_own_line()
    {
        var run = _workspace.Run("reconcile", Workspace.Sample, "gooi-en-vechtstreek-ghnt-2018-2021-zonder-projectenpool-onder-voorbehoud.json", "--format", "summary");

        run.OutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        run.OutputDocuments.Select(d => d["years"]![2]!["closingBalance"]!.GetValue<decimal>()).Should().Equal(33500m, -66500m);
    }

    [Fact]
    public void Many_files_are_answered_in_the_order_given()
    {
        // Reconciled in parallel, answered in order: the two samples alternate, so 2020 closes at 33,500 and -66,500 in turn.
        var files = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? Workspace.Sample : "gooi-en-vechtstreek-ghnt-2018-2021-zonder-projectenpool-onder-voorbehoud.json");

        var run = _workspace.Run(["reconcile", .. files, "--format", "summary", "--quiet"]);

        run.OutputDocuments.Select(d => d["years"]![2]!["closingBalance"]!.GetValue<decimal>())
            .Should().Equal(Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? 33500m : -66500m));
    }

    [Fact]
    public void With_out_each_input_gets_a_file_of_its_own_name_in_that_folder()
    {
        File.Copy(_workspace.PathOf(Workspace.Sample), _workspace.PathOf("R00.json"));

        var run = _workspace.Run("reconcile", "R00.json", Workspace.Sample, "--out", "results");

        run.Exit.Should().Be(ExitCode.Done);
        run.Output.Should().BeEmpty();
        Directory.GetFiles(_workspace.PathOf("results")).Select(Path.GetFileName).Should().BeEquivalentTo("R00.json", Workspace.Sample);
        JsonNode.Parse(File.ReadAllText(_workspace.PathOf("results/R00.json")))!["years"]![1]!["closingBalance"]!.GetValue<decimal>().Should().Be(97000m);
    }

    [Fact]
    public void CSV_is_the_sheet_with_an_Ongedekt_row_and_a_csv_extension()
    {
        var run = _workspace.Run("reconcile", Workspace.Sample, "--format", "csv", "--out", "sheets");

        run.Exit.Should().Be(ExitCode.Done);
        var sheet = File.ReadAllText(_workspace.PathOf("sheets/gooi-en-vechtstreek-ghnt-2018-2021.csv"));
        sheet.Should().Contain("Ongedekt");
    }

    [Fact]
    public void The_workbook_has_the_2019_result_as_a_number_cell_of_97000()
    {
        var run = _workspace.Run("reconcile", Workspace.Sample, "--format", "xlsx", "--out", "workbooks");

        run.Exit.Should().Be(ExitCode.Done);
        var (sheets, error) = BudgetEngine.Formats.Read.XlsxReader.Read(File.ReadAllBytes(_workspace.PathOf("workbooks/gooi-en-vechtstreek-ghnt-2018-2021.xlsx")));
        error.Should().BeNull();
        var overview = sheets!.Single(s => s.Name == "Overzicht per jaar");
        // Row 1 holds the headers (Jaar, Beginsaldo, Baten, Lasten, Vervallen, Resultaat, ...); 2018 is row 2, 2019 row 3.
        overview.Rows[2].Cells[0].Should().Be("2019");
        decimal.Parse(overview.Rows[2].Cells[5], System.Globalization.CultureInfo.InvariantCulture).Should().Be(97000m);
    }

    [Fact]
    public void CSV_for_several_files_needs_a_folder()
    {
        var run = _workspace.Run("reconcile", Workspace.Sample, Workspace.Sample, "--format", "csv");

        run.Exit.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("--out");
    }

    [Fact]
    public void A_file_that_is_not_valid_is_reported_by_field_and_the_others_are_still_reconciled()
    {
        _workspace.Write("broken.json", """{"organisation":"Regio","name":"B","firstYear":2019,"lastYear":2018,"sources":[],"grants":[],"lines":[]}""");

        var run = _workspace.Run("reconcile", "broken.json", Workspace.Sample, "--format", "summary");

        run.Exit.Should().Be(ExitCode.InvalidInput);
        run.Error.Should().StartWith("broken.json: /lastYear: ");
        run.OutputDocuments.Should().ContainSingle();
    }

    [Fact]
    public void A_file_that_cannot_be_read_exits_3_and_the_others_are_still_reconciled()
    {
        var run = _workspace.Run("reconcile", "missing.json", Workspace.Sample, "--format", "summary");

        run.Exit.Should().Be(ExitCode.FileError);
        run.Error.Should().StartWith("missing.json: ");
        run.OutputDocuments.Should().ContainSingle();
    }

    [Fact]
    public void A_dash_reads_the_scenario_from_standard_input()
    {
        var run = _workspace.RunWithInput(File.ReadAllBytes(_workspace.PathOf(Workspace.Sample)), "reconcile", "-", "--format", "summary");

        run.Exit.Should().Be(ExitCode.Done);
        run.OutputDocuments[0]["years"]![1]!["closingBalance"]!.GetValue<decimal>().Should().Be(97000m);
    }

    [Fact]
    public void Progress_is_shown_on_standard_error_for_more_than_three_files_only()
    {
        var four = Enumerable.Repeat(Workspace.Sample, 4).Prepend("reconcile").Append("--out").Append("out").ToArray();
        var three = Enumerable.Repeat(Workspace.Sample, 3).Prepend("reconcile").Append("--out").Append("out").ToArray();

        _workspace.Run(four).Error.Should().Contain("[4/4] " + Workspace.Sample);
        _workspace.Run(three).Error.Should().BeEmpty();
        _workspace.Run([.. four, "--quiet"]).Error.Should().BeEmpty();
    }

    [Fact]
    public void A_bad_recognition_is_a_usage_error_naming_the_values()
    {
        var run = _workspace.Run("reconcile", Workspace.Sample, "--recognition", "monthly", "--lang", "en");

        run.Exit.Should().Be(ExitCode.Usage);
        run.Error.Trim().Should().Be("--recognition 'monthly' is not valid; give award-year, pro-rata, naar-rato.");
    }
}
