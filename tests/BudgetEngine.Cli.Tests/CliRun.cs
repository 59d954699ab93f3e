using System.Text;
using System.Text.Json.Nodes;
using BudgetEngine.Cli;

namespace BudgetEngine.Cli.Tests;

/// <summary>One run of the command line in process, over a temporary working folder, with what it wrote.</summary>
public sealed class CliRun
{
    public required ExitCode Exit { get; init; }
    public required byte[] Output { get; init; }
    public required string Error { get; init; }

    public string OutputText => Encoding.UTF8.GetString(Output);

    /// <summary>Standard output as JSON documents, one per line.</summary>
    public IReadOnlyList<JsonNode> OutputDocuments =>
        OutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();

    /// <summary>Runs <paramref name="args"/> in <paramref name="folder"/>, with <paramref name="input"/> as standard input and LANG as given.</summary>
    public static CliRun In(string folder, string[] args, byte[]? input = null, string? lang = null)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(
            () => new MemoryStream(input ?? []),
            output,
            error,
            folder,
            name => name == "LANG" ? lang : null);
        var exit = BudgetEngineCli.Run(args, console);
        return new CliRun { Exit = exit, Output = output.ToArray(), Error = error.ToString() };
    }
}

/// <summary>A temporary folder with copies of the repository's samples, deleted afterwards.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), "budgetengine-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(Samples)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
    }

    public string Folder { get; }

    /// <summary>The Gooi en Vechtstreek GHNT budget 2018-2021 (seed 001), as the API takes it.</summary>
    public const string Sample = "gooi-en-vechtstreek-ghnt-2018-2021.json";

    /// <summary>The same budget as the budget table a finance officer keeps (CSV).</summary>
    public const string SampleSheet = "gooi-en-vechtstreek-ghnt-2018-2021.csv";

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Write(string name, string content) => File.WriteAllText(PathOf(name), content);

    public CliRun Run(params string[] args) => CliRun.In(Folder, args);

    public CliRun RunWithInput(byte[] input, params string[] args) => CliRun.In(Folder, args, input);

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The repository's samples folder, found upwards from the test's output folder.</summary>
    public static string Samples
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BudgetEngine.sln"))) return Path.Combine(dir.FullName, "samples");
            }
            throw new InvalidOperationException("The repository (BudgetEngine.sln) was not found above " + AppContext.BaseDirectory);
        }
    }
}
