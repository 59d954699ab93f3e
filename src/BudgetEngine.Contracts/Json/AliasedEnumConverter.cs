using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Contracts.Json;

/// <summary>Reads an enum from its wire name or one of its <see cref="WireAliases"/>; writes the wire name.</summary>
public sealed class AliasedEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return WireAliases.TryParse<TEnum>(text, out var value)
            ? value
            : throw new WireFormatException(WireTexts.Of("Json.Expected.Enum", MessageArgument.Text(WireAliases.Accepted<TEnum>()), MessageArgument.Empty));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ApiJson.WireName(value));
}
