extern alias Cli;
using System.Net;
using Cli::BudgetEngine.Cli;

namespace BudgetEngine.Api.Tests.Features.Reconciliations;

/// <summary>
/// <c>budgetengine reconcile</c> (src/BudgetEngine.Cli) answers offline exactly what POST /v1/reconciliations answers: the
/// same bytes for every sample under every option, and the same CSV sheet and workbook.
/// </summary>
public sealed class CommandLineAgreementTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string, string[]> SamplesAndOptions()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var file in Directory.GetFiles(Repository.Samples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!, "", []);
            data.Add(file!, "?includeConditional=false&recognition=pro-rata", ["--include-conditional", "false", "--recognition", "pro-rata"]);
            data.Add(file!, "?allocations=false", ["--format", "summary"]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesAndOptions))]
    public async Task The_command_line_writes_the_bytes_the_API_answers(string file, string query, string[] options)
    {
        var client = await _app.CreateClientAsync("finance-officer", "Regio Gooi en Vechtstreek");
        var api = await client.PostAsync($"/v1/reconciliations{query}", Http.Json(await File.ReadAllTextAsync(Path.Combine(Repository.Samples, file))));
        api.StatusCode.Should().Be(HttpStatusCode.OK);

        var (exit, output) = RunCli(["reconcile", Path.Combine(Repository.Samples, file), .. options]);

        exit.Should().Be(ExitCode.Done);
        output.Should().Equal([.. await api.Content.ReadAsByteArrayAsync(), (byte)'\n']);
    }

    [Theory]
    [InlineData("text/csv", "csv")]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")]
    public async Task The_command_line_writes_the_sheet_the_API_answers(string accept, string format)
    {
        var file = Path.Combine(Repository.Samples, "gooi-en-vechtstreek-ghnt-2018-2021.json");
        var client = await _app.CreateClientAsync("finance-officer", "Regio Gooi en Vechtstreek");
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/reconciliations") { Content = Http.Json(await File.ReadAllTextAsync(file)) };
        request.Headers.Accept.ParseAdd(accept);
        var api = await client.SendAsync(request);
        api.StatusCode.Should().Be(HttpStatusCode.OK);

        var (exit, output) = RunCli(["reconcile", file, "--format", format]);

        exit.Should().Be(ExitCode.Done);
        var answered = await api.Content.ReadAsByteArrayAsync();
        if (format == "csv")
        {
            output.Should().Equal(answered);
        }
        else
        {
            // A workbook is a zip whose entries may be packed differently; what counts is every cell of every sheet.
            Cells(output).Should().BeEquivalentTo(Cells(answered), o => o.WithStrictOrdering());
        }
    }

    private static IEnumerable<(string Sheet, int Row, string[] Cells)> Cells(byte[] workbook)
    {
        var (sheets, error) = BudgetEngine.Formats.Read.XlsxReader.Read(workbook);
        error.Should().BeNull();
        return sheets!.SelectMany(s => s.Rows.Select(r => (s.Name, r.Number, r.Cells.ToArray()))).ToArray();
    }

    private static (ExitCode Exit, byte[] Output) RunCli(string[] args)
    {
        var output = new MemoryStream();
        var console = new CliConsole(() => Stream.Null, output, TextWriter.Null, Directory.GetCurrentDirectory(), _ => null);
        return (BudgetEngineCli.Run(args, console), output.ToArray());
    }
}
