using System.Diagnostics;

namespace BudgetEngine.Durability.Tests.Server;

/// <summary>Runs one of the repository's scripts/ and gives its exit code and output.</summary>
public static class Script
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "scripts", name));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"scripts/{name} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output) + (await error));
    }
}
