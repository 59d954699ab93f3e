using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetEngine.Contracts;

namespace BudgetEngine.Contracts.Json;

/// <summary>
/// Reads a coverage as an object, or as the shorthand a budget table writes: "GHNT" (single) or "GHNT/ Projectenpool"
/// (flexible, in the written order). Always writes the object.
/// </summary>
public sealed class CoverageDtoConverter : JsonConverter<CoverageDto>
{
    /// <inheritdoc />
    public override CoverageDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var parts = (reader.GetString() ?? "")
                    .Split('/', StringSplitOptions.TrimEntries)
                    .Select(part => new CoverageSourceDto { Source = part })
                    .ToArray();
                return new CoverageDto
                {
                    Kind = parts.Length > 1 ? CoverageKindDto.Flexible : CoverageKindDto.Single,
                    Sources = parts,
                };
            case JsonTokenType.StartObject:
                CoverageShape? shape;
                try
                {
                    shape = JsonSerializer.Deserialize(ref reader, Shape(options));
                }
                catch (JsonException inner) when (inner is not NestedJsonException)
                {
                    throw new NestedJsonException(inner);
                }
                return shape is null ? null : new CoverageDto { Kind = shape.Kind, Sources = shape.Sources };
            default:
                throw new WireFormatException(WireTexts.Of("Wire.CoverageShape"));
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CoverageDto value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new CoverageShape { Kind = value.Kind, Sources = value.Sources }, Shape(options));

    /// <summary>The object form's metadata from the options' own resolver (reflection or generated).</summary>
    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<CoverageShape> Shape(JsonSerializerOptions options) =>
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<CoverageShape>)options.GetTypeInfo(typeof(CoverageShape));

    /// <summary>The object form (no converter attribute, so no recursion).</summary>
    internal sealed record CoverageShape
    {
        public CoverageKindDto? Kind { get; init; }
        public IReadOnlyList<CoverageSourceDto>? Sources { get; init; }
    }
}
