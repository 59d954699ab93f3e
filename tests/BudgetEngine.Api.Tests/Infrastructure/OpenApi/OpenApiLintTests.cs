using System.Diagnostics;
using System.Text.Json;

namespace BudgetEngine.Api.Tests.Infrastructure.OpenApi;

/// <summary>
/// The approved document passes the linters an integrator would run, with nothing to report: Redocly CLI 2.77.0 with its
/// recommended rules (openapi/redocly.yaml) and Spectral CLI 6.16.3 with spectral:oas (openapi/.spectral.yaml).
/// scripts/install-contract-tools installs them (pinned) outside the repository when they are absent.
/// </summary>
public sealed class OpenApiLintTests
{
    private static readonly string Document = Path.Combine(Repository.Root, "openapi", "budgetengine.v1.json");
    private static readonly Lazy<string> Tools = new(() => Run(Path.Combine(Repository.Root, "scripts", "install-contract-tools"), []).Output.Trim().Split('\n')[^1]);

    [Fact]
    public void Redocly_recommended_rules_find_no_error_and_no_warning()
    {
        var (exitCode, output) = Run(Path.Combine(Tools.Value, "node_modules", ".bin", "redocly"),
            ["lint", Document, "--config", Path.Combine(Repository.Root, "openapi", "redocly.yaml"), "--format=json"]);

        var json = output[output.IndexOf('{')..(output.LastIndexOf('}') + 1)];
        using var report = JsonDocument.Parse(json);
        var totals = report.RootElement.GetProperty("totals");
        (totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32()).Should().Be((0, 0), output);
        exitCode.Should().Be(0, output);
    }

    [Fact]
    public void Spectral_oas_rules_find_no_error_and_no_warning()
    {
        var (exitCode, output) = Run(Path.Combine(Tools.Value, "node_modules", ".bin", "spectral"),
            ["lint", Document, "--ruleset", Path.Combine(Repository.Root, "openapi", ".spectral.yaml"), "--fail-severity=warn", "--format=text"]);

        exitCode.Should().Be(0, output);
        output.Should().NotContain(" warning ").And.NotContain(" error ");
    }

    private static (int ExitCode, string Output) Run(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repository.Root };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue($"{file} ends within five minutes");
        return (process.ExitCode, stdout.Result + "\n" + stderr.Result);
    }
}
