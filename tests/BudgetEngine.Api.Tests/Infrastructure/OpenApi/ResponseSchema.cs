using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Infrastructure.OpenApi;

/// <summary>
/// Checks an answer against what the approved document (openapi/budgetengine.v1.json) declares for its route, status and
/// media type. The JSON Schema it reads is the subset the document uses: <c>$ref</c>, <c>allOf</c>, <c>oneOf</c> (exactly one
/// alternative fits), <c>type</c> (object, array, string, number, integer, boolean), <c>nullable</c>, <c>properties</c>,
/// <c>required</c>, <c>additionalProperties</c> (false or a schema), <c>items</c> and <c>enum</c>. Each difference is named by
/// its JSON pointer into the answer.
/// </summary>
public sealed class ResponseSchema
{
    private static readonly Lazy<JsonObject> Approved = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "openapi", "budgetengine.v1.json")))!.AsObject());

    private readonly JsonObject _document;

    private ResponseSchema(JsonObject document) => _document = document;

    /// <summary>The checker over the approved document.</summary>
    public static ResponseSchema OfApprovedDocument { get; } = new(Approved.Value);

    /// <summary>
    /// What is wrong with <paramref name="response"/> as an answer of <paramref name="method"/> <paramref name="route"/> (the
    /// document's path template): its status and media type undeclared, or its body not fitting the declared schema. Empty when it fits.
    /// </summary>
    public async Task<IReadOnlyList<string>> DifferencesAsync(HttpResponseMessage response, string method, string route)
    {
        var operation = _document["paths"]?[route]?[method.ToLowerInvariant()];
        if (operation is null) return [$"the document has no {method} {route}"];
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var declared = operation["responses"]?[status];
        if (declared is null) return [$"{method} {route} does not declare {status}"];
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null) return declared["content"] is null ? [] : [$"{status} has a body in the document but none was sent"];
        var schema = declared["content"]?[mediaType]?["schema"];
        if (schema is null) return [$"{method} {route} {status} does not declare {mediaType}"];
        var body = await response.Content.ReadAsStringAsync();
        var differences = new List<string>();
        Check(JsonNode.Parse(body), schema.AsObject(), "", differences);
        return differences;
    }

    private void Check(JsonNode? value, JsonObject schema, string at, List<string> differences)
    {
        schema = Resolve(schema);
        if (value is null)
        {
            if (!Nullable(schema)) differences.Add($"{Where(at)}: null, but the schema does not allow null");
            return;
        }
        if (schema["allOf"] is JsonArray all)
        {
            foreach (var part in all.OfType<JsonObject>()) Check(value, part, at, differences);
        }
        if (schema["oneOf"] is JsonArray choices)
        {
            var fitting = choices.OfType<JsonObject>().Count(choice =>
            {
                var trial = new List<string>();
                Check(value, choice, at, trial);
                return trial.Count == 0;
            });
            if (fitting != 1) differences.Add($"{Where(at)}: fits {fitting} of the {choices.Count} oneOf alternatives");
        }
        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            differences.Add($"{Where(at)}: {value.ToJsonString()} is not one of {allowed.ToJsonString()}");
        }
        var type = (string?)schema["type"];
        if (type is null) return;
        if (!HasType(value, type))
        {
            differences.Add($"{Where(at)}: {value.GetValueKind()} where the schema says {type}");
            return;
        }
        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++) Check(array[i], items, $"{at}/{i}", differences);
        }
        if (value is JsonObject obj) CheckObject(obj, schema, at, differences);
    }

    private void CheckObject(JsonObject value, JsonObject schema, string at, List<string> differences)
    {
        var properties = schema["properties"] as JsonObject;
        foreach (var name in (schema["required"] as JsonArray ?? []).Select(n => (string)n!))
        {
            if (!value.ContainsKey(name)) differences.Add($"{Where(at)}: the required property {name} is missing");
        }
        foreach (var (name, item) in value)
        {
            var path = $"{at}/{name}";
            if (properties?[name] is JsonObject declared) Check(item, declared, path, differences);
            else if (schema["additionalProperties"] is JsonObject extra) Check(item, extra, path, differences);
            else if (schema["additionalProperties"] is JsonValue open && !open.GetValue<bool>())
                differences.Add($"{Where(path)}: the schema declares no such property");
        }
    }

    /// <summary>A reference's target (references within the document only).</summary>
    private JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>()["#/components/schemas/".Length..];
            schema = _document["components"]!["schemas"]![name]!.AsObject();
        }
        return schema;
    }

    private bool Nullable(JsonObject schema) =>
        schema["nullable"]?.GetValue<bool>() == true
        || schema["oneOf"] is JsonArray choices && choices.OfType<JsonObject>().Any(c => Nullable(Resolve(c)));

    private static bool HasType(JsonNode value, string type) => (type, value.GetValueKind()) switch
    {
        ("object", System.Text.Json.JsonValueKind.Object) => true,
        ("array", System.Text.Json.JsonValueKind.Array) => true,
        ("string", System.Text.Json.JsonValueKind.String) => true,
        ("number", System.Text.Json.JsonValueKind.Number) => true,
        ("integer", System.Text.Json.JsonValueKind.Number) => value.GetValue<decimal>() == decimal.Truncate(value.GetValue<decimal>()),
        ("boolean", System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False) => true,
        _ => false,
    };

    private static string Where(string at) => at.Length == 0 ? "the answer" : at;
}
