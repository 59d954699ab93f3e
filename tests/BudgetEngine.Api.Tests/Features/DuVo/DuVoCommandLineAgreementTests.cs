extern alias Cli;
using System.Net;
using Cli::BudgetEngine.Cli;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>
/// <c>budgetengine duvo breakdown</c> (src/BudgetEngine.Cli) answers offline exactly what POST /v1/duvo/breakdowns answers:
/// the same bytes for every DU VO plan and breakdown request among the samples.
/// </summary>
public sealed class DuVoCommandLineAgreementTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> PlanSamples()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(Repository.Samples, "duvo");
        foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFileName(f).StartsWith("distribution-", StringComparison.Ordinal))
                     .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PlanSamples))]
    public async Task The_command_line_writes_the_breakdown_the_API_answers(string sample)
    {
        var file = Path.Combine(Repository.Samples, "duvo", sample);
        var client = await _app.CreateClientAsync("reader", "Regio Eigen");
        var api = await client.PostAsync("/v1/duvo/breakdowns", Http.Json(await File.ReadAllTextAsync(file)));
        api.StatusCode.Should().Be(HttpStatusCode.OK, await api.Content.ReadAsStringAsync());

        var output = new MemoryStream();
        var exit = BudgetEngineCli.Run(["duvo", "breakdown", file], new CliConsole(() => Stream.Null, output, TextWriter.Null, Directory.GetCurrentDirectory(), _ => null));

        exit.Should().Be(ExitCode.Done);
        output.ToArray().Should().Equal([.. await api.Content.ReadAsByteArrayAsync(), (byte)'\n']);
    }
}
