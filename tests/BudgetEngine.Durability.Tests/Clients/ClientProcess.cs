using System.Diagnostics;

namespace BudgetEngine.Durability.Tests.Clients;

/// <summary>Runs a generator, compiler or generated client program of the client tests and collects what it printed.</summary>
internal static class ClientProcess
{
    /// <summary>Runs <paramref name="file"/> in <paramref name="folder"/> (at most five minutes); the test host's MSBuild settings are left out.</summary>
    public static (int ExitCode, string Output) Run(string file, IReadOnlyList<string> arguments, string folder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToArray()) start.Environment.Remove(name);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue($"{file} ends within five minutes");
        return (process.ExitCode, stdout.Result + "\n" + stderr.Result);
    }
}
