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
    /// <summary>The pointer to the field and what is wrong with it.</summary>
    /// <param name="exception">What the serializer threw.</param>
    /// <param name="bodyType">The type the body was read as (the endpoint's accepted type), if known.</param>
    /// <param name="options">The options it was read with.</param>
    public static (string Pointer, string Message) Describe(JsonException exception, Type? bodyType = null, JsonSerializerOptions? options = null)
    {
        options ??= ApiJson.SourceGenerated;
        var segments = Segments(exception.Path);
        if (exception is NestedJsonException nested)
        {
            // Thrown by a converter that read a nested document: its inner path is relative to where the converter stood.
            var (inner, message) = Describe(nested.Inner, Walk(bodyType, segments, options).Type, options);
            return (ToPointer(exception.Path) + inner, message);
        }
        var position = exception.LineNumber is { } line
            ? $" (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})"
            : "";

        if (MaxDepthExceeded().IsMatch(exception.Message))
        {
            // The depth is told only in the serializer's text; a test pins it.
            return (ToPointer(exception.Path), "The document nests too deeply here (Limits:MaxJsonDepth); send a flatter document" + position + ".");
        }
        if (exception.InnerException is JsonException)
        {
            // The reader itself stopped (its exception is the inner one): the text is not JSON.
            return (ToPointer(exception.Path), "The body is not well-formed JSON" + position + ".");
        }

        if (exception is WireFormatException)
        {
            // The wire format's own converters word their messages for integrators.
            return (ToPointer(exception.Path), exception.Message);
        }

        var field = Walk(bodyType, segments, options);
        if (field.UnknownProperty is { } unknown)
        {
            return (ToPointer(segments.Take(field.Depth + 1)), $"'{unknown}' is not a known property here; remove it or check its spelling.");
        }
        if (UnmappedProperty().Match(exception.Message) is { Success: true } unmapped)
        {
            // Without the body's type (a part of a form) there is no structure to read the unknown name from: the serializer's text is the only source.
            var name = unmapped.Groups[1].Value;
            var pointer = ToPointer(exception.Path);
            if (!pointer.EndsWith("/" + JsonPointerSegment(name), StringComparison.Ordinal)) pointer += "/" + JsonPointerSegment(name);
            return (pointer, $"'{name}' is not a known property here; remove it or check its spelling.");
        }
        return field.Type is { } type
            ? (ToPointer(exception.Path), ExpectedValue(type, options) + position)
            : (ToPointer(exception.Path), "The value cannot be read here" + position + ".");
    }

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

    private static string ExpectedValue(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n));
            return $"The value is not one of: {string.Join(", ", names)}";
        }
        if (type == typeof(decimal)) return "Give a number (euros, at most two decimals, at most " + Core.Amounts.Money.MaxEuros.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + ")";
        if (type == typeof(int)) return "Give a whole number";
        if (type == typeof(bool)) return "Give true or false";
        if (type == typeof(string)) return "Give a string";
        return options.GetTypeInfo(type).Kind switch
        {
            JsonTypeInfoKind.Dictionary => "Give an object keyed by year, e.g. {\"2019\": 30000}",
            JsonTypeInfoKind.Enumerable => "Give an array",
            _ => "Give an object",
        };
    }
}
