using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetEngine.Contracts.Json;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>Turns a <see cref="JsonException"/> into a field (a JSON pointer) and a message an integrator can act on, without .NET type names.</summary>
public static partial class JsonErrors
{
    /// <summary>The pointer to the field and what is wrong with it.</summary>
    public static (string Pointer, string Message) Describe(JsonException exception)
    {
        if (exception is NestedJsonException nested)
        {
            // Thrown by a converter that read a nested document: its inner path is relative to where the converter stood.
            var (inner, message) = Describe(nested.Inner);
            return (ToPointer(exception.Path) + inner, message);
        }
        var pointer = ToPointer(exception.Path);
        var raw = exception.Message;
        var position = exception.LineNumber is { } line
            ? $" (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})"
            : "";

        var unmapped = UnmappedProperty().Match(raw);
        if (unmapped.Success)
        {
            var name = unmapped.Groups[1].Value;
            if (!pointer.EndsWith("/" + name, StringComparison.Ordinal)) pointer += "/" + name;
            return (pointer, $"'{name}' is not a known property here; remove it or check its spelling.");
        }

        if (raw.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return (pointer, "The document nests too deeply here (Limits:MaxJsonDepth); send a flatter document" + position + ".");
        }

        var converted = CouldNotConvert().Match(raw);
        if (converted.Success)
        {
            return (pointer, ExpectedValue(converted.Groups[1].Value) + position);
        }

        if (raw.Contains("is an invalid", StringComparison.Ordinal) || raw.Contains("invalid start of a value", StringComparison.Ordinal)
            || raw.Contains("Expected", StringComparison.Ordinal) || raw.Contains("end of data", StringComparison.Ordinal))
        {
            return (pointer, "The body is not well-formed JSON" + position + ".");
        }

        // Messages the wire format's own converters throw are written for integrators; the runtime's are not shown.
        return exception.Source == typeof(ApiJson).Assembly.GetName().Name
            ? (pointer, raw)
            : (pointer, "The value cannot be read here" + position + ".");
    }

    /// <summary>"$.lines[3].amounts.2019" or "$.lines[3].amounts['2019']" becomes "/lines/3/amounts/2019".</summary>
    public static string ToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "";
        var pointer = new StringBuilder();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                Append(pointer, path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0) end = path.Length;
                Append(pointer, path[(i + 2)..end]);
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                if (end < 0) end = path.Length;
                Append(pointer, path[(i + 1)..end]);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                i++;
            }
        }
        return pointer.ToString();
    }

    private static void Append(StringBuilder pointer, string segment) =>
        pointer.Append('/').Append(segment.Replace("~", "~0").Replace("/", "~1"));

    private static string ExpectedValue(string typeName)
    {
        var name = NullableOf().Match(typeName) is { Success: true } nullable ? nullable.Groups[1].Value : typeName;
        var type = typeof(ApiJson).Assembly.GetType(name);
        if (type is { IsEnum: true })
        {
            var names = Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n));
            return $"The value is not one of: {string.Join(", ", names)}";
        }
        return name switch
        {
            "System.Decimal" => "Give a number (euros, at most two decimals, at most " + Core.Amounts.Money.MaxEuros.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + ")",
            "System.Int32" => "Give a whole number",
            "System.Boolean" => "Give true or false",
            "System.String" => "Give a string",
            _ when name.Contains("Dictionary", StringComparison.Ordinal) => "Give an object keyed by year, e.g. {\"2019\": 30000}",
            _ when name.Contains("List", StringComparison.Ordinal) => "Give an array",
            _ => "Give an object",
        };
    }

    /// <summary>Used by <see cref="ApiJson"/>'s converters: messages thrown from this assembly are shown as they are.</summary>
    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"could not be converted to ([^\s]+?)\.? Path")]
    private static partial Regex CouldNotConvert();

    [GeneratedRegex(@"^System\.Nullable`1\[\[?([^,\]]+)")]
    private static partial Regex NullableOf();
}
