using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;

namespace BudgetEngine.Contracts.Tests.Json;

/// <summary>
/// The two places where a 400 still reads the serializer's text, because nothing structured says it: the name of an unknown
/// property when the body's type is not known, and a document nested too deeply. A runtime that words them otherwise fails here.
/// </summary>
public sealed class SerializerTextTests
{
    [Fact]
    public void The_serializer_names_an_unknown_property_as_the_unmapped_pattern_reads_it()
    {
        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScenarioDto>("""{ "organisaton": "Regio Gooi en Vechtstreek" }""", ApiJson.Options));

        JsonErrors.UnmappedProperty().Match(thrown.Message).Groups[1].Value.Should().Be("organisaton");
    }

    [Fact]
    public void The_serializer_says_maximum_configured_depth_when_a_document_nests_too_deeply()
    {
        var deep = new string('[', 100) + new string(']', 100);

        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<JsonElement>(deep, ApiJson.Options));

        JsonErrors.MaxDepthExceeded().IsMatch(thrown.Message).Should().BeTrue(thrown.Message);
    }

    [Fact]
    public void An_unknown_property_is_named_from_the_body_type_without_reading_the_text()
    {
        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScenarioDto>("""{ "lines": [ { "naam": "Projectleiding" } ] }""", ApiJson.Options));
        var withoutText = new JsonException("", thrown.Path, thrown.LineNumber, thrown.BytePositionInLine);

        var described = JsonErrors.Describe(withoutText, typeof(ScenarioDto));
        (described.Path, described.Message).Should().Be(("/lines/0/naam", "'naam' is not a known property here; remove it or check its spelling."));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_described_from_the_field_type_in_the_contract()
    {
        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScenarioDto>("""{ "firstYear": "2018" }""", ApiJson.Options));
        var withoutText = new JsonException("", thrown.Path, thrown.LineNumber, thrown.BytePositionInLine);

        JsonErrors.Describe(withoutText, typeof(ScenarioDto)).Message.Should().StartWith("Give a whole number");
    }
}
