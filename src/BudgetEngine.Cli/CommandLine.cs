using BudgetEngine.Cli.Texts;

namespace BudgetEngine.Cli;

/// <summary>A parsed command line: the command, its files and its options (<c>--name value</c> or <c>--name=value</c>).</summary>
/// <param name="Command">reconcile, validate, import or duvo breakdown; empty for --help and --version alone.</param>
/// <param name="Files">The files, in the order given (<c>-</c> is standard input).</param>
/// <param name="Options">Each option given, by name without dashes.</param>
public sealed record CommandLine(string Command, IReadOnlyList<string> Files, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>Options that take a value.</summary>
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal)
    {
        "include-conditional", "recognition", "format", "out", "organisation", "name", "first-year", "last-year", "lang",
    };

    /// <summary>Options without a value.</summary>
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "quiet", "help", "version" };

    /// <summary>Which options each command takes (besides --lang, --quiet and --help).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["reconcile"] = ["include-conditional", "recognition", "format", "out"],
        ["validate"] = [],
        ["import"] = ["organisation", "name", "first-year", "last-year", "out"],
        ["duvo breakdown"] = ["format", "out"],
        [""] = ["version"],
    };

    /// <summary>Whether <paramref name="name"/> was given.</summary>
    public bool Has(string name) => Options.ContainsKey(name);

    /// <summary>The value of <paramref name="name"/>, or null.</summary>
    public string? Value(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>The value of <c>--lang</c> wherever it stands, read before anything else so that errors are in that language.</summary>
    public static string? Language(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) return args[i]["--lang=".Length..];
            if (args[i] == "--lang" && i + 1 < args.Count) return args[i + 1];
        }
        return null;
    }

    /// <summary>The command line, or what is wrong with it.</summary>
    public static (CommandLine? Line, string? Error) Parse(IReadOnlyList<string> args, CliText text)
    {
        var command = "";
        var files = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        if (args.Count > 0 && !args[0].StartsWith('-'))
        {
            command = args[0];
            i = 1;
            if (command == "duvo" && args.Count > 1 && !args[1].StartsWith('-'))
            {
                // A command of two words: budgetengine duvo breakdown.
                command += " " + args[1];
                i = 2;
            }
            if (!Allowed.ContainsKey(command) || command.Length == 0)
            {
                return (null, text.Get("UnknownCommand", command));
            }
        }
        for (; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "-" || !arg.StartsWith('-'))
            {
                files.Add(arg);
                continue;
            }
            if (arg == "-h") arg = "--help";
            var equals = arg.IndexOf('=');
            var name = (equals < 0 ? arg : arg[..equals]).TrimStart('-');
            if (Flags.Contains(name) && equals < 0)
            {
                options[name] = "true";
                continue;
            }
            if (!Valued.Contains(name)) return (null, text.Get("UnknownOption", arg, CommandName(command)));
            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                return (null, text.Get("MissingValue", "--" + name));
            }
            options[name] = value;
        }
        var allowed = Allowed[command];
        foreach (var name in options.Keys)
        {
            if (name is "lang" or "quiet" or "help" || allowed.Contains(name)) continue;
            return (null, text.Get("UnknownOption", "--" + name, CommandName(command)));
        }
        return (new CommandLine(command, files, options), null);
    }

    private static string CommandName(string command) => command.Length == 0 ? "budgetengine" : "budgetengine " + command;
}
