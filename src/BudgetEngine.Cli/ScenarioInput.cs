using System.Text.Json;
using BudgetEngine.Cli.Texts;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Cli;

/// <summary>A scenario file read as <c>POST /v1/reconciliations</c> reads its body: the same JSON rules, the same validation, the same messages.</summary>
public static class ScenarioInput
{
    /// <summary>The validated scenario, or each problem as a field (a JSON pointer) and what to do.</summary>
    public static (ValidatedScenario? Scenario, IReadOnlyList<(string Field, string Message)> Problems) Read(InputFile file, CliText text)
    {
        var json = file.Utf8;
        if (json.Trim(" \t\r\n"u8).IsEmpty) return (null, [("", text.Get("EmptyFile"))]);
        ScenarioDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, ApiJson.TypeInfo<ScenarioDto>());
        }
        catch (JsonException e)
        {
            var error = JsonErrors.Describe(e, typeof(ScenarioDto));
            return (null, [(error.Path, error.MessageIn(text.Language))]);
        }
        var (scenario, errors) = ScenarioMapper.Read(dto);
        return (scenario, errors.Select(e => (e.Path, e.MessageIn(text.Language))).ToArray());
    }

    /// <summary>Writes each problem as <c>FILE: FIELD: MESSAGE</c> (the field left out when it is the whole document).</summary>
    public static void Report(InputFile file, IEnumerable<(string Field, string Message)> problems, TextWriter error)
    {
        foreach (var (field, message) in problems)
        {
            error.WriteLine(field.Length == 0 ? $"{file.Name}: {message}" : $"{file.Name}: {field}: {message}");
        }
    }
}
