using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.DataSet;

namespace BudgetEngine.Contracts.Tests.Json;

/// <summary>
/// The command line reads and writes with JSON metadata generated at compile time (<see cref="ApiJson.SourceGenerated"/>),
/// the API with metadata read by reflection (<see cref="ApiJson.Options"/>): the two must read the same documents the
/// same way, refuse the same documents with the same field and message, and write the same bytes.
/// </summary>
public sealed class SourceGeneratedJsonTests
{
    public static TheoryData<string> Samples() => new(Directory.GetFiles(Repository.Samples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_reads_and_writes_the_same_with_either_metadata(string file)
    {
        var json = File.ReadAllBytes(Path.Combine(Repository.Samples, file));

        AssertSame(json);
    }

    [Fact]
    public void Every_region_of_the_national_set_reads_and_writes_the_same_with_either_metadata()
    {
        var set = NationalDataSet.Generate(42);

        foreach (var (_, scenario) in set.Regions.Take(6)) AssertSame(NationalDataSet.ToJson(scenario));
        AssertSame(NationalDataSet.ToJson(set.Flexible));
    }

    [Theory]
    [InlineData("""{"organisation":"R","naam":"B"}""")]
    [InlineData("""{"organisation":"R","firstYear":"2019"}""")]
    [InlineData("""{"organisation":"R","organisation":"S"}""")]
    [InlineData("""{"organisation":"R","lines":[{"name":"L","amounts":{"2019":1e-400}}]}""")]
    [InlineData("""{"organisation":"R","sources":[{"code":"GHNT","kind":0}]}""")]
    [InlineData("""{"organisation":"R","sources":[{"code":"GHNT","kind":"rijk"}]}""")]
    [InlineData("""{"organisation":"R","lines":[{"name":"L","coverage":{"kind":"single","bronnen":[]}}]}""")]
    [InlineData("""{"organisation":"R","lines":[{"name":"L","coverage":5}]}""")]
    [InlineData("""{"organisation":"R","grants":[{"status":"toegezegd"}]}""")]
    [InlineData("""{"organisation":"R","grants":[{"period":{"kind":"project-year","year":"2019/2021"}}]}""")]
    [InlineData("""{"organisation":"R","grants":[{"period":{"kind":"calendar-year","year":"2019/2020"}}]}""")]
    [InlineData("""{"organisation":"R","grants":[{"period":{"kind":"project-year","jaar":2019}}]}""")]
    [InlineData("""{"organisation": """)]
    public void A_document_is_refused_with_the_same_field_and_message_by_either_metadata(string json)
    {
        var byReflection = Refusal(json, ApiJson.Options);
        var generated = Refusal(json, ApiJson.SourceGenerated);

        generated.Pointer.Should().Be(byReflection.Pointer);
        // The position may differ: generated metadata stops at a duplicate property's name, reflection after its value.
        WithoutPosition(generated.Message).Should().Be(WithoutPosition(byReflection.Message));
    }

    [Fact]
    public void The_words_users_type_read_the_same_with_either_metadata_and_are_written_canonically()
    {
        var json = """{"organisation":"R","grants":[{"status":"afgewezen","period":{"kind":"project-year","year":"2019-2020"}}]}"""u8.ToArray();

        AssertSame(json);
        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize<ScenarioDto>(json, ApiJson.SourceGenerated), ApiJson.SourceGenerated);
        written.Should().Contain(""""status":"rejected"""").And.Contain(""""period":{"kind":"project-year","year":2019}"""");
    }

    [Fact]
    public void Every_enum_of_the_wire_has_its_own_string_converter()
    {
        var wireEnums = typeof(ScenarioDto).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && t != typeof(ReconciliationView)) // the view is a query choice, never in a document
            .ToHashSet();

        var converters = ApiJson.EnumConverters().ToArray();
        foreach (var wireEnum in wireEnums) converters.Count(c => c.CanConvert(wireEnum)).Should().Be(1, wireEnum.Name);
        converters.Should().HaveCount(wireEnums.Count);
    }

    private static void AssertSame(byte[] json)
    {
        var byReflection = JsonSerializer.Deserialize<ScenarioDto>(json, ApiJson.Options);
        var generated = JsonSerializer.Deserialize<ScenarioDto>(json, ApiJson.SourceGenerated);

        var written = JsonSerializer.SerializeToUtf8Bytes(byReflection, ApiJson.Options);
        JsonSerializer.SerializeToUtf8Bytes(generated, ApiJson.Options).Should().Equal(written);
        JsonSerializer.SerializeToUtf8Bytes(byReflection, ApiJson.SourceGenerated).Should().Equal(written);
    }

    private static string WithoutPosition(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @" \(line \d+, position \d+\)", "");

    private static (string Pointer, string Message) Refusal(string json, JsonSerializerOptions options)
    {
        var read = () => JsonSerializer.Deserialize<ScenarioDto>(json, options);
        var thrown = read.Should().Throw<JsonException>().Which;
        var described = JsonErrors.Describe(thrown, typeof(ScenarioDto), options);
        return (described.Path, described.Message);
    }
}
