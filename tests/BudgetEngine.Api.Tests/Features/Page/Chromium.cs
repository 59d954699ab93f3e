using System.Diagnostics;

namespace BudgetEngine.Api.Tests.Features.Page;

/// <summary>
/// Debian's Chromium for the browser test: found on PATH, or installed once by scripts/install-chromium (root and apt-get,
/// as on the CI). Runs headless with a fresh profile and no network beyond what the page asks of the loopback server, and
/// is always killed, with its children, when a run ends or overruns.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<(string? Path, string Reason)> Located = new(Locate);

    /// <summary>The chromium binary, or null.</summary>
    public static string? Path => Located.Value.Path;

    /// <summary>Why chromium is not available (for the skip message).</summary>
    public static string WhyUnavailable => Located.Value.Reason;

    /// <summary>Runs chromium headless on <paramref name="url"/> with extra <paramref name="arguments"/>; its standard output.</summary>
    public static async Task<string> RunAsync(string url, IEnumerable<string> arguments, TimeSpan limit)
    {
        var profile = Directory.CreateTempSubdirectory("budgetengine-chromium-");
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(WhyUnavailable))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                 }.Concat(arguments).Append(url))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(limit);
            await process.WaitForExitAsync(timeout.Token);
            await errors;
            return await output;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"chromium did not finish within {limit.TotalSeconds} s (it was killed).");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            try { profile.Delete(recursive: true); } catch (IOException) { /* chromium may still hold a lock file for a moment */ }
        }
    }

    private static (string? Path, string Reason) Locate()
    {
        if (FindOnPath() is { } found) return (found, "");
        var script = System.IO.Path.Combine(Repository.Root, "scripts", "install-chromium");
        if (!File.Exists(script)) return (null, "chromium is not on PATH and scripts/install-chromium is missing.");
        try
        {
            using var install = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = install.StandardOutput.ReadToEnd();
            var errors = install.StandardError.ReadToEnd();
            install.WaitForExit();
            if (install.ExitCode == 0 && FindOnPath() is { } installed) return (installed, "");
            return (null, $"chromium is not on PATH and scripts/install-chromium could not install it (exit {install.ExitCode}): {Last(errors + output)}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"chromium is not on PATH and scripts/install-chromium could not run: {e.Message}");
        }
    }

    private static string? FindOnPath()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = System.IO.Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    private static string Last(string text) => text.Length > 300 ? text[^300..].Trim() : text.Trim();
}

/// <summary>A fact that needs Chromium: skipped, with the reason, only when it is neither found nor installable.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "Browser test skipped: " + Chromium.WhyUnavailable;
        }
    }
}
