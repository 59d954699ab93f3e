using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetEngine.Contracts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Contracts.Json;

/// <summary>
/// Reads a grant's period, whose project year may also be written as users write it: <c>"2019/2020"</c>,
/// <c>"2019-2020"</c> or <c>"2019/20"</c> (September 2019 to August 2020, <see cref="ProjectYearWords"/>), the same as
/// <c>2019</c>. Only a project year spans two years, so a calendar year stays a number. Writes the canonical object:
/// <c>{"kind": "project-year", "year": 2019}</c>.
/// </summary>
public sealed class PeriodDtoConverter : JsonConverter<PeriodDto>
{
    private const string KindName = "kind";
    private const string YearName = "year";

    /// <inheritdoc />
    public override PeriodDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new WireFormatException(WireTexts.Of("Period.NotAnObject"));
        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        PeriodKindDto? kind = null;
        int? year = null;
        string? yearText = null;
        bool seenKind = false, seenYear = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? "";
            reader.Read();
            if (string.Equals(name, KindName, comparison))
            {
                if (seenKind) throw Error(WireTexts.Of("Json.PropertyTwice", MessageArgument.Text(KindName)), KindName);
                seenKind = true;
                kind = Kind(ref reader);
            }
            else if (string.Equals(name, YearName, comparison))
            {
                if (seenYear) throw Error(WireTexts.Of("Json.PropertyTwice", MessageArgument.Text(YearName)), YearName);
                seenYear = true;
                (year, yearText) = Year(ref reader);
            }
            else
            {
                throw Error(WireTexts.Of("Json.UnknownProperty", MessageArgument.Text(name)), name);
            }
        }
        if (yearText is not null && kind != PeriodKindDto.ProjectYear)
        {
            throw Error(WireTexts.Of("Period.TwoYearsNotProjectYear", MessageArgument.Text(yearText)), YearName);
        }
        return new PeriodDto { Kind = kind, Year = year };
    }

    private static PeriodKindDto? Kind(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return ApiJson.TryParseWireName<PeriodKindDto>(text, out var kind)
            ? kind
            : throw Error(WireTexts.Of("Json.Expected.Enum", MessageArgument.Text(WireAliases.Accepted<PeriodKindDto>()), MessageArgument.Empty), KindName);
    }

    /// <summary>The year, and the text it was written as when it was a project year's two years.</summary>
    private static (int? Year, string? Text) Year(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return (null, null);
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return (number, null);
            case JsonTokenType.String:
                var text = reader.GetString() ?? "";
                // A year written as a string ("2019"), as generated clients send a year that may also be text.
                if (text.Trim() is { Length: 4 } digits && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var written)) return (written, null);
                if (ProjectYearWords.TryRead(text, out var start, out var problem)) return (start, text);
                if (problem is not null) throw Error(problem, YearName);
                break;
        }
        throw Error(WireTexts.Of("Period.YearNotAYear"), YearName);
    }

    private static NestedJsonException Error(ErrorText text, string property) =>
        new(new WireFormatException(text, "$." + property));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PeriodDto value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Kind is { } kind) writer.WriteString(KindName, ApiJson.WireName(kind));
        else writer.WriteNull(KindName);
        if (value.Year is { } year) writer.WriteNumber(YearName, year);
        else writer.WriteNull(YearName);
        writer.WriteEndObject();
    }
}
