using BudgetEngine.Cli.Texts;

namespace BudgetEngine.Cli.Commands;

/// <summary>
/// <c>budgetengine validate FILE...</c>: whether each scenario would be accepted by the API, with every problem as
/// <c>FILE: FIELD: MESSAGE</c> on standard error and a line per valid file on standard output. Exit 1 when any is not valid.
/// </summary>
public static class ValidateCommand
{
    public static ExitCode Run(CommandLine line, CliConsole console, CliText text)
    {
        if (line.Files.Count == 0)
        {
            console.StandardError.WriteLine(text.Get("NoFiles", "budgetengine validate"));
            return ExitCode.Usage;
        }
        var progress = new Progress(console, text, line.Files.Count, quiet: line.Has("quiet"));
        var invalid = 0;
        var fileErrors = 0;
        using var output = new StreamWriter(console.StandardOutput, leaveOpen: true);
        foreach (var name in line.Files)
        {
            progress.Next(name);
            var file = InputFile.Read(name, console, text);
            if (file is null)
            {
                fileErrors++;
                continue;
            }
            var (scenario, problems) = ScenarioInput.Read(file, text);
            if (scenario is null)
            {
                ScenarioInput.Report(file, problems, console.StandardError);
                invalid++;
                continue;
            }
            var shape = scenario.Scenario;
            output.WriteLine(text.Get("Valid", file.Name, shape.Lines.Count, shape.FirstYear, shape.LastYear));
        }
        progress.Done(line.Files.Count - invalid - fileErrors, invalid);
        return fileErrors > 0 ? ExitCode.FileError : invalid > 0 ? ExitCode.InvalidInput : ExitCode.Done;
    }
}
