using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts.Json;

/// <summary>
/// Reads a project year given as the year it starts (<c>2020</c>) or as its two years (<see cref="ProjectYearWords"/>:
/// <c>"2020/21"</c>), also the year as a string (<c>"2020"</c>); writes the number.
/// </summary>
public sealed class ProjectYearConverter : JsonConverter<int?>
{
    /// <inheritdoc />
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number)) return number;
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString() ?? "";
            // A year written as a string ("2020"), as generated clients send a year that may also be text.
            if (text.Trim() is { Length: 4 } digits && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var written)) return written;
            if (ProjectYearWords.TryRead(text, out var start, out var problem)) return start;
            if (problem is not null) throw new WireFormatException(problem);
        }
        throw new WireFormatException(WireTexts.Of("ProjectYear.NotAYear"));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } year) writer.WriteNumberValue(year);
        else writer.WriteNullValue();
    }
}
