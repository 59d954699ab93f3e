using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetEngine.Cli.Texts;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts.Municipalities;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Cli.Commands;

/// <summary>
/// <c>budgetengine duvo breakdown PLAN.json...</c>: each DU VO plan broken down as <c>POST /v1/duvo/breakdowns</c> answers
/// it (the same request body, the same calculation and checks, the municipalities checked against the shipped list), as
/// JSON, or as the CSV sheet or the workbook of the breakdown.
/// </summary>
public static class DuVoBreakdownCommand
{
    // The API answers with ASP.NET Core's HTTP JSON options, whose encoder leaves ö, € and + ' < > & unescaped.
    private static readonly JsonSerializerOptions Http = new(ApiJson.SourceGenerated) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ExitCode Run(CommandLine line, CliConsole console, CliText text)
    {
        if (line.Files.Count == 0) return Usage(console, text.Get("NoFiles", "budgetengine duvo breakdown"));
        var format = line.Value("format") ?? "json";
        if (format is not ("json" or "csv" or "xlsx")) return Usage(console, text.Get("BadValue", "--format", format, "json, csv or xlsx"));
        if (format is "csv" or "xlsx" && line.Files.Count > 1 && !line.Has("out")) return Usage(console, text.Get("NeedsOut", format));

        var output = new Output(console, text, line.Value("out"));
        var progress = new Progress(console, text, line.Files.Count, quiet: line.Has("quiet"));
        var invalid = 0;
        var fileErrors = 0;
        foreach (var name in line.Files)
        {
            progress.Next(name);
            var file = InputFile.Read(name, console, text);
            if (file is null)
            {
                fileErrors++;
                continue;
            }
            var (breakdown, problems) = Break(file, text);
            if (breakdown is null)
            {
                ScenarioInput.Report(file, problems, console.StandardError);
                invalid++;
                continue;
            }
            var answer = format switch
            {
                "csv" => DuVoBreakdownCsv.Write(breakdown).Bytes,
                "xlsx" => DuVoBreakdownXlsx.Write(breakdown),
                _ => JsonSerializer.SerializeToUtf8Bytes(breakdown, ApiJson.TypeInfo<DuVoPlanBreakdownDto>(Http)),
            };
            if (!output.Write(file.Stem, format is "csv" or "xlsx" ? "." + format : ".json", answer, lineBreak: format == "json")) fileErrors++;
        }
        progress.Done(line.Files.Count - invalid - fileErrors, invalid);
        return fileErrors > 0 ? ExitCode.FileError : invalid > 0 ? ExitCode.InvalidInput : ExitCode.Done;
    }

    /// <summary>The breakdown of the plan in <paramref name="file"/>, or each problem as a field (a JSON pointer) and what to do.</summary>
    private static (DuVoPlanBreakdownDto? Breakdown, IReadOnlyList<(string Field, string Message)> Problems) Break(InputFile file, CliText text)
    {
        var json = file.Utf8;
        if (json.Trim(" \t\r\n"u8).IsEmpty) return (null, [("", text.Get("EmptyPlan"))]);
        DuVoBreakdownRequestDto? request;
        try
        {
            request = JsonSerializer.Deserialize(json, ApiJson.TypeInfo<DuVoBreakdownRequestDto>());
        }
        catch (JsonException e)
        {
            var error = JsonErrors.Describe(e, typeof(DuVoBreakdownRequestDto));
            return (null, [(error.Path, error.MessageIn(text.Language))]);
        }
        if (request is null) return (null, [("", text.Get("EmptyPlan"))]);
        var outcome = DuVoBreakdownRequests.Break(request, ShippedMunicipalities.Registry, text.Language);
        return (outcome.Breakdown, outcome.Errors.Select(e => (e.Path, e.MessageIn(text.Language))).ToArray());
    }

    private static ExitCode Usage(CliConsole console, string message)
    {
        console.StandardError.WriteLine(message);
        return ExitCode.Usage;
    }
}
