using BudgetEngine.Core.Validation;
using BudgetEngine.Core.Texts;
using BudgetEngine.Core.Findings;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace BudgetEngine.Contracts.Json;

/// <summary>
/// Turns a <see cref="JsonException"/> into a field (a JSON pointer) and a message an integrator can act on, without .NET
/// type names. It reads what the serializer says in structure: the path of the field (<see cref="JsonException.Path"/>),
/// whether the reader stopped (the reader's own exception inside), and the type the field has in the body's contract.
/// </summary>
public static partial class JsonErrors
{
    /// <summary>The field (a JSON pointer) and what is wrong with it, as data to be written in the reader's language.</summary>
    /// <param name="exception">What the serializer threw.</param>
    /// <param name="bodyType">The type the body was read as (the endpoint's accepted type), if known.</param>
    /// <param name="options">The options it was read with.</param>
    public static ValidationError Describe(JsonException exception, Type? bodyType = null, JsonSerializerOptions? options = null)
    {
        options ??= ApiJson.SourceGenerated;
        var segments = Segments(exception.Path);
        if (exception is NestedJsonException nested)
        {
            // Thrown by a converter that read a nested document: its inner path is relative to where the converter stood.
            var inner = Describe(nested.Inner, Walk(bodyType, segments, options).Type, options);
            return At(ToPointer(exception.Path) + inner.Path, inner.Text!);
        }
        var position = exception.LineNumber is { } line
            ? MessageArgument.Part(WireTexts.Of("Json.Position", MessageArgument.Number((int)line + 1), MessageArgument.Number((int)(exception.BytePositionInLine ?? 0) + 1)))
            : MessageArgument.Empty;

        if (MaxDepthExceeded().IsMatch(exception.Message))
        {
            // The depth is told only in the serializer's text; a test pins it.
            return At(ToPointer(exception.Path), WireTexts.Of("Json.TooDeep", position));
        }
        if (exception.InnerException is JsonException)
        {
            // The reader itself stopped (its exception is the inner one): the text is not JSON.
            return At(ToPointer(exception.Path), WireTexts.Of("Json.NotWellFormed", position));
        }

        if (exception is WireFormatException wire)
        {
            // The wire format's own converters word their messages for integrators.
            return At(ToPointer(exception.Path), wire.Text);
        }

        var field = Walk(bodyType, segments, options);
        if (field.UnknownProperty is { } unknown)
        {
            return At(ToPointer(segments.Take(field.Depth + 1)), WireTexts.Of("Json.UnknownProperty", MessageArgument.Text(unknown)));
        }
        if (UnmappedProperty().Match(exception.Message) is { Success: true } unmapped)
        {
            // Without the body's type (a part of a form) there is no structure to read the unknown name from: the serializer's text is the only source.
            var name = unmapped.Groups[1].Value;
            var pointer = ToPointer(exception.Path);
            if (!pointer.EndsWith("/" + JsonPointerSegment(name), StringComparison.Ordinal)) pointer += "/" + JsonPointerSegment(name);
            return At(pointer, WireTexts.Of("Json.UnknownProperty", MessageArgument.Text(name)));
        }
        return field.Type is { } type
            ? At(ToPointer(exception.Path), ExpectedValue(type, options, position))
            : At(ToPointer(exception.Path), WireTexts.Of("Json.CannotRead", position));
    }

    private static ValidationError At(string pointer, ErrorText text) => new(FieldPath.FromJsonPointer(pointer), text);

    /// <summary>
    /// The serializer's text for a property the type does not have ("The JSON property 'x' could not be mapped ..."): read
    /// only when the body's type does not name the property. A test pins it, so that a runtime that words it otherwise is noticed.
    /// </summary>
    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped")]
    public static partial Regex UnmappedProperty();

    /// <summary>The serializer's text for a document that nests deeper than MaxDepth. A test pins it.</summary>
    [GeneratedRegex(@"maximum configured depth")]
    public static partial Regex MaxDepthExceeded();

    /// <summary>The field a path leads to in the body's contract: its type, or the first name the contract does not know.</summary>
    private static (Type? Type, string? UnknownProperty, int Depth) Walk(Type? root, IReadOnlyList<string> segments, JsonSerializerOptions options)
    {
        var type = root;
        for (var i = 0; i < segments.Count && type is not null; i++)
        {
            var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    var property = info.Properties.FirstOrDefault(p => p.Name == segments[i]);
                    if (property is null) return (null, segments[i], i);
                    type = property.PropertyType;
                    break;
                case JsonTypeInfoKind.Dictionary:
                    type = info.ElementType;
                    break;
                case JsonTypeInfoKind.Enumerable:
                    type = info.ElementType;
                    break;
                default:
                    // A type with its own converter (a coverage): the contract ends here.
                    type = null;
                    break;
            }
        }
        return (type, null, segments.Count);
    }

    /// <summary>The segments of "$.lines[3].amounts.2019" or "$.lines[3].amounts['2019']": lines, 3, amounts, 2019.</summary>
    public static IReadOnlyList<string> Segments(string? path)
    {
        var segments = new List<string>();
        if (string.IsNullOrEmpty(path) || path == "$") return segments;
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0) end = path.Length;
                segments.Add(path[(i + 2)..end]);
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                if (end < 0) end = path.Length;
                segments.Add(path[(i + 1)..end]);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                i++;
            }
        }
        return segments;
    }

    /// <summary>"$.lines[3].amounts.2019" or "$.lines[3].amounts['2019']" becomes "/lines/3/amounts/2019".</summary>
    public static string ToPointer(string? path) => ToPointer(Segments(path));

    private static string ToPointer(IEnumerable<string> segments) => string.Concat(segments.Select(s => "/" + JsonPointerSegment(s)));

    private static string JsonPointerSegment(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    private static ErrorText ExpectedValue(Type type, JsonSerializerOptions options, MessageArgument position)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n));
            return WireTexts.Of("Json.Expected.Enum", MessageArgument.Text(string.Join(", ", names)), position);
        }
        if (type == typeof(decimal))
        {
            return WireTexts.Of("Json.Expected.Amount", MessageArgument.Text(Core.Amounts.Money.MaxEuros.ToString("0", System.Globalization.CultureInfo.InvariantCulture)), position);
        }
        var id = type == typeof(int) ? "Json.Expected.WholeNumber"
            : type == typeof(bool) ? "Json.Expected.Boolean"
            : type == typeof(string) ? "Json.Expected.String"
            : options.GetTypeInfo(type).Kind switch
            {
                JsonTypeInfoKind.Dictionary => "Json.Expected.Dictionary",
                JsonTypeInfoKind.Enumerable => "Json.Expected.Array",
                _ => "Json.Expected.Object",
            };
        return WireTexts.Of(id, position);
    }
}
