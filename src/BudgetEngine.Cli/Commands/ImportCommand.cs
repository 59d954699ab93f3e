using System.Globalization;
using System.Text.Json;
using BudgetEngine.Cli.Texts;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Formats.Read;

namespace BudgetEngine.Cli.Commands;

/// <summary>
/// <c>budgetengine import SHEET.csv|SHEET.xlsx</c>: a budget table (CSV, or an Excel workbook, told apart by its first bytes) read as <c>POST /v1/scenarios/import</c> reads it (the same reader,
/// the same rules, the same cell addresses in its problems), written as the scenario JSON the API takes.
/// </summary>
public static class ImportCommand
{
    private static readonly JsonSerializerOptions Indented = new(ApiJson.SourceGenerated) { WriteIndented = true };

    public static ExitCode Run(CommandLine line, CliConsole console, CliText text)
    {
        if (line.Files.Count == 0)
        {
            console.StandardError.WriteLine(text.Get("NoFiles", "budgetengine import"));
            return ExitCode.Usage;
        }
        if (line.Files.Count > 1)
        {
            console.StandardError.WriteLine(text.Get("OneFileOnly", "budgetengine import"));
            return ExitCode.Usage;
        }
        int? firstYear = null, lastYear = null;
        foreach (var (option, assign) in new (string, Action<int>)[] { ("first-year", y => firstYear = y), ("last-year", y => lastYear = y) })
        {
            if (line.Value(option) is not { } given) continue;
            if (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                console.StandardError.WriteLine(text.Get("BadValue", "--" + option, given, "a year, e.g. 2019"));
                return ExitCode.Usage;
            }
            assign(year);
        }

        var file = InputFile.Read(line.Files[0], console, text);
        if (file is null) return ExitCode.FileError;
        var fields = new ImportFields(line.Value("organisation"), line.Value("name"), firstYear, lastYear, Scenario: null);
        var outcome = XlsxReader.LooksLikeXlsx(file.Bytes) ? TableImport.RunXlsx(file.Bytes, fields) : TableImport.Run(file.Bytes, charset: null, fields);
        if (outcome.Dto is null)
        {
            foreach (var error in outcome.Errors)
            {
                // Parameters of the API are options here.
                var where = error.Where is "organisation" or "name" or "firstYear" or "lastYear" ? "--" + Option(error.Where) : error.Where;
                console.StandardError.WriteLine($"{file.Name}: {where}: {error.MessageIn(text.Language)}");
            }
            return ExitCode.InvalidInput;
        }
        var json = JsonSerializer.SerializeToUtf8Bytes(outcome.Dto, ApiJson.TypeInfo<ScenarioDto>(Indented));
        var output = new Output(console, text, line.Value("out"));
        return output.Write(file.Stem, ".json", json, lineBreak: true) ? ExitCode.Done : ExitCode.FileError;
    }

    private static string Option(string parameter) => parameter switch
    {
        "firstYear" => "first-year",
        "lastYear" => "last-year",
        _ => parameter,
    };
}
