using BudgetEngine.Cli;

namespace BudgetEngine.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_valid_scenario_is_named_with_its_lines_and_years()
    {
        var run = _workspace.Run("validate", Workspace.Sample, "--lang", "en");

        run.Exit.Should().Be(ExitCode.Done);
        run.OutputText.Trim().Should().Be($"{Workspace.Sample}: valid (11 lines, 2018 to 2021).");
    }

    [Fact]
    public void Every_problem_is_a_line_naming_the_file_and_the_field_and_the_exit_code_is_1()
    {
        _workspace.Write("typo.json", """{"organisation":"Regio","naam":"B"}""");

        var run = _workspace.Run("validate", "typo.json", "--lang", "en");

        run.Exit.Should().Be(ExitCode.InvalidInput);
        run.Error.Trim().Should().Be("typo.json: /naam: 'naam' is not a known property here; remove it or check its spelling.");
    }

    [Fact]
    public void A_file_that_is_not_JSON_says_where_it_stops()
    {
        _workspace.Write("half.json", """{"organisation": """);

        var run = _workspace.Run("validate", "half.json", "--lang", "en");

        run.Exit.Should().Be(ExitCode.InvalidInput);
        run.Error.Should().StartWith("half.json: ").And.Contain("not well-formed JSON");
    }

    [Fact]
    public void An_empty_file_says_what_to_send_in_Dutch_by_default()
    {
        _workspace.Write("empty.json", "  \n");

        var run = _workspace.Run("validate", "empty.json");

        run.Exit.Should().Be(ExitCode.InvalidInput);
        run.Error.Trim().Should().Be("empty.json: het bestand is leeg; geef een scenario als JSON.");
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        var withMark = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(_workspace.PathOf(Workspace.Sample))).ToArray();
        File.WriteAllBytes(_workspace.PathOf("bom.json"), withMark);

        _workspace.Run("validate", "bom.json").Exit.Should().Be(ExitCode.Done);
    }
}
