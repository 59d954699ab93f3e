using System.Reflection;
using BudgetEngine.Cli.Commands;
using BudgetEngine.Cli.Texts;

namespace BudgetEngine.Cli;

/// <summary>The command line's entry point: parses the arguments and runs the command. No network, no database.</summary>
public static class BudgetEngineCli
{
    public static ExitCode Run(IReadOnlyList<string> args, CliConsole console)
    {
        var text = new CliText(CliText.Choose(CommandLine.Language(args), console.Environment));
        var (line, error) = CommandLine.Parse(args, text);
        if (line is null)
        {
            console.StandardError.WriteLine(error);
            return ExitCode.Usage;
        }
        if (line.Has("help") || (line.Command.Length == 0 && !line.Has("version")))
        {
            using var help = new StreamWriter(console.StandardOutput, leaveOpen: true);
            help.WriteLine(text.Get("Usage"));
            return line.Command.Length == 0 && args.Count == 0 ? ExitCode.Usage : ExitCode.Done;
        }
        if (line.Has("version"))
        {
            using var version = new StreamWriter(console.StandardOutput, leaveOpen: true);
            version.WriteLine($"budgetengine {typeof(BudgetEngineCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]}");
            return ExitCode.Done;
        }
        return line.Command switch
        {
            "reconcile" => ReconcileCommand.Run(line, console, text),
            "validate" => ValidateCommand.Run(line, console, text),
            "import" => ImportCommand.Run(line, console, text),
            "duvo breakdown" => DuVoBreakdownCommand.Run(line, console, text),
            _ => throw new InvalidOperationException($"The parser let through the command '{line.Command}'."),
        };
    }
}
