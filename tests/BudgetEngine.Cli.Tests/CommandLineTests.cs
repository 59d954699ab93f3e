using System.Xml.Linq;
using BudgetEngine.Cli;

namespace BudgetEngine.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Help_is_Dutch_by_default()
    {
        var run = _workspace.Run("--help");

        run.Exit.Should().Be(ExitCode.Done);
        run.OutputText.Should().Contain("Gebruik:").And.Contain("Afsluitcodes");
    }

    [Fact]
    public void Help_is_English_with_lang_en_or_an_English_LANG()
    {
        _workspace.Run("--help", "--lang", "en").OutputText.Should().Contain("Usage:").And.Contain("Exit codes");
        CliRun.In(_workspace.Folder, ["--help"], lang: "en_GB.UTF-8").OutputText.Should().Contain("Usage:");
        CliRun.In(_workspace.Folder, ["--help"], lang: "nl_NL.UTF-8").OutputText.Should().Contain("Gebruik:");
    }

    [Fact]
    public void No_arguments_shows_the_help_and_exits_2()
    {
        var run = _workspace.Run();

        run.Exit.Should().Be(ExitCode.Usage);
        run.OutputText.Should().Contain("budgetengine reconcile");
    }

    [Fact]
    public void An_unknown_command_exits_2_naming_the_commands()
    {
        var run = _workspace.Run("frobnicate", "--lang", "en");

        run.Exit.Should().Be(ExitCode.Usage);
        run.Error.Trim().Should().Be("'frobnicate' is not a command; use reconcile, validate, import or duvo breakdown (budgetengine --help).");
    }

    [Fact]
    public void An_option_of_another_command_exits_2_naming_it()
    {
        var run = _workspace.Run("validate", Workspace.Sample, "--format", "csv", "--lang", "en");

        run.Exit.Should().Be(ExitCode.Usage);
        run.Error.Trim().Should().Be("'--format' is not an option of budgetengine validate; see budgetengine --help.");
    }

    [Fact]
    public void An_option_without_its_value_exits_2()
    {
        _workspace.Run("reconcile", Workspace.Sample, "--out").Exit.Should().Be(ExitCode.Usage);
    }

    [Fact]
    public void An_option_may_be_written_with_an_equals_sign()
    {
        var run = _workspace.Run("reconcile", Workspace.Sample, "--format=summary");

        run.Exit.Should().Be(ExitCode.Done);
        run.OutputDocuments[0].AsObject().ContainsKey("allocations").Should().BeFalse();
    }

    [Fact]
    public void The_version_is_the_tool_version()
    {
        _workspace.Run("--version").OutputText.Trim().Should().Be("budgetengine 1.0.0");
    }

    [Fact]
    public void Every_text_exists_in_English_and_in_Dutch()
    {
        var folder = Path.Combine(Path.GetDirectoryName(Workspace.Samples)!, "src", "BudgetEngine.Cli", "Texts");
        static string[] Names(string file) => XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).Order().ToArray();

        Names(Path.Combine(folder, "CliTexts.nl.resx")).Should().Equal(Names(Path.Combine(folder, "CliTexts.resx")));
    }
}
