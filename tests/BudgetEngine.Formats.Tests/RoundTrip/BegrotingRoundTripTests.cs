using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Formats.Read;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Formats.Tests.RoundTrip;

/// <summary>
/// A begroting written as a workbook and read back is the same scenario: what a finance officer downloads, edits in
/// Excel and sends back loses nothing, whatever the scenario holds (every sample scenario).
/// </summary>
public class BegrotingRoundTripTests
{
    public static TheoryData<string> SampleScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.Samples, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleScenarios))]
    public void A_sample_scenario_written_as_a_begroting_workbook_reads_back_as_the_same_scenario(string file)
    {
        var written = Canonical(File.ReadAllText(Path.Combine(Repository.Samples, file)));

        var outcome = TableImport.RunXlsx(BegrotingXlsx.Write(written), new ImportFields(null, null, null, null, null));

        outcome.Errors.Should().BeEmpty();
        Json(outcome.Dto!).Should().Be(Json(written));
    }

    private static ScenarioDto Canonical(string json)
    {
        var (scenario, errors) = ScenarioMapper.Read(JsonSerializer.Deserialize(json, ApiJson.TypeInfo<ScenarioDto>())!);
        errors.Should().BeEmpty();
        return ScenarioMapper.ToDto(scenario!);
    }

    private static string Json(ScenarioDto scenario) => JsonSerializer.Serialize(scenario, ApiJson.TypeInfo<ScenarioDto>());
}
