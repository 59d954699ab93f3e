namespace BudgetEngine.Cli;

/// <summary>Where a run reads and writes: the process's own streams, or a test's.</summary>
/// <param name="OpenStandardInput">Opens standard input (read when a file is given as <c>-</c>).</param>
/// <param name="StandardOutput">Where results go without <c>--out</c>.</param>
/// <param name="StandardError">Problems and progress.</param>
/// <param name="WorkingDirectory">What relative paths are relative to.</param>
/// <param name="Environment">Reads an environment variable (for LANG).</param>
public sealed record CliConsole(
    Func<Stream> OpenStandardInput,
    Stream StandardOutput,
    TextWriter StandardError,
    string WorkingDirectory,
    Func<string, string?> Environment)
{
    /// <summary>The process's standard streams, current directory and environment.</summary>
    public static CliConsole Process() => new(
        Console.OpenStandardInput,
        Console.OpenStandardOutput(),
        Console.Error,
        Directory.GetCurrentDirectory(),
        System.Environment.GetEnvironmentVariable);

    /// <summary>An absolute path for <paramref name="path"/> as the user typed it.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
