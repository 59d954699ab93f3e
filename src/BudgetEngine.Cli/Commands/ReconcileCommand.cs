using System.Text.Encodings.Web;
using BudgetEngine.Cli.Texts;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Cli.Commands;

/// <summary>
/// <c>budgetengine reconcile FILE...</c>: each scenario reconciled as <c>POST /v1/reconciliations</c> answers it, byte for
/// byte (the same writer, escaping as the API's HTTP JSON options do), as the summary, or as the CSV sheet or the workbook.
/// </summary>
public static class ReconcileCommand
{
    // The API answers with ASP.NET Core's HTTP JSON options, whose encoder leaves ö, € and + ' < > & unescaped.
    private static readonly JavaScriptEncoder HttpEncoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static ExitCode Run(CommandLine line, CliConsole console, CliText text)
    {
        if (line.Files.Count == 0) return Usage(console, text.Get("NoFiles", "budgetengine reconcile"));
        var options = Options(line, text, out var optionError);
        if (options is null) return Usage(console, optionError!);
        var format = line.Value("format") ?? "json";
        if (format is not ("json" or "summary" or "csv" or "xlsx")) return Usage(console, text.Get("BadValue", "--format", format, "json, summary, csv or xlsx"));
        if (format is "csv" or "xlsx" && line.Files.Count > 1 && !line.Has("out")) return Usage(console, text.Get("NeedsOut", format));

        var output = new Output(console, text, line.Value("out"));
        var progress = new Progress(console, text, line.Files.Count, quiet: line.Has("quiet"));
        var invalid = 0;
        var fileErrors = 0;
        // Files are reconciled in parallel (the core is pure) and reported and written in the order given.
        foreach (var batch in line.Files.Chunk(Environment.ProcessorCount * 4))
        {
            var results = batch.AsParallel().AsOrdered().Select(name => Reconcile(name, options, format, console, text)).ToArray();
            foreach (var result in results)
            {
                progress.Next(result.Name);
                if (result.ReadError is { } readError)
                {
                    console.StandardError.WriteLine(readError);
                    fileErrors++;
                }
                else if (result.Problems is { } problems)
                {
                    ScenarioInput.Report(result.File!, problems, console.StandardError);
                    invalid++;
                }
                else if (!output.Write(result.File!.Stem, format is "csv" or "xlsx" ? "." + format : ".json", result.Answer, lineBreak: format is not ("csv" or "xlsx")))
                {
                    fileErrors++;
                }
            }
        }
        progress.Done(line.Files.Count - invalid - fileErrors, invalid);
        return fileErrors > 0 ? ExitCode.FileError : invalid > 0 ? ExitCode.InvalidInput : ExitCode.Done;
    }

    /// <summary>What became of one file: it could not be read, it is not valid, or its answer.</summary>
    private sealed record FileResult(string Name, InputFile? File, string? ReadError, IReadOnlyList<(string Field, string Message)>? Problems, byte[] Answer);

    private static FileResult Reconcile(string name, ReconciliationOptions options, string format, CliConsole console, CliText text)
    {
        var (file, readError) = InputFile.TryRead(name, console, text);
        if (file is null) return new FileResult(name, null, readError, null, []);
        var (scenario, problems) = ScenarioInput.Read(file, text);
        if (scenario is null) return new FileResult(name, file, null, problems, []);
        var reconciliation = Reconciler.Reconcile(scenario, options);
        var lineOrder = scenario.Scenario.Lines.Select(l => l.Name).ToArray();
        var answer = format switch
        {
            "csv" => ReconciliationCsv.Write(ReconciliationMapper.ToDto(reconciliation, text.Language), lineOrder).Bytes,
            "xlsx" => ReconciliationXlsx.Write(ReconciliationMapper.ToDto(reconciliation, text.Language), lineOrder),
            _ => Json(reconciliation, format == "summary" ? ReconciliationView.Summary : ReconciliationView.Full, text),
        };
        return new FileResult(name, file, null, null, answer);
    }

    /// <summary>The reconciliation as the API writes it, the findings in the language of the command's texts.</summary>
    private static byte[] Json(BudgetReconciliation reconciliation, ReconciliationView view, CliText text) =>
        ReconciliationJsonWriter.ToUtf8Bytes(reconciliation, view, text.Language, HttpEncoder);

    /// <summary>--recognition and --include-conditional as the API's query parameters recognition and includeConditional.</summary>
    private static ReconciliationOptions? Options(CommandLine line, CliText text, out string? error)
    {
        error = null;
        var recognition = RecognitionDto.AwardYear;
        if (line.Value("recognition") is { } given && !WireAliases.TryParse(given, out recognition))
        {
            error = text.Get("BadValue", "--recognition", given, WireAliases.Accepted<RecognitionDto>());
            return null;
        }
        var includeConditional = true;
        if (line.Value("include-conditional") is { } conditional && !bool.TryParse(conditional, out includeConditional))
        {
            error = text.Get("BadValue", "--include-conditional", conditional, "true or false");
            return null;
        }
        return new ReconciliationOptions { Recognition = WireEnums.ToCore(recognition), IncludeConditional = includeConditional };
    }

    private static ExitCode Usage(CliConsole console, string message)
    {
        console.StandardError.WriteLine(message);
        return ExitCode.Usage;
    }
}
