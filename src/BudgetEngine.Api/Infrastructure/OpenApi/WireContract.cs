using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>
/// Makes the generated document say exactly what the server sends, where the generator cannot tell: every property the
/// serializer always writes is <c>required</c> in responses and <c>nullable</c> exactly where its type allows null (the
/// serializer writes nulls, <see cref="ApiJson"/>); a record read in requests and sent back in responses (a stored scenario,
/// plan or distribution) gets a response schema of its own, "Stored…", with a line's coverage always the object and a project year always the number; a response
/// schema's nullable reference is <c>allOf</c> plus <c>nullable</c> (OpenAPI 3.0 ignores siblings of <c>$ref</c>). Public
/// operations say <c>security: []</c>; the document names its server, licence and contact, and describes every tag.
/// </summary>
public static class WireContract
{
    /// <summary>Schemas the framework writes (problem details leave out what is null): left as generated.</summary>
    private static readonly HashSet<string> FrameworkSchemas = ["ProblemDetails", "HttpValidationProblemDetails"];

    /// <summary>What each tag groups.</summary>
    public static IReadOnlyDictionary<string, string> TagDescriptions { get; } = new Dictionary<string, string>
    {
        ["Audit"] = "Who wrote what and when: every write with its key, organisation and version (admin only).",
        ["Charts"] = "Reconciliations and DU VO breakdowns drawn as SVG images, with a title and description for screen readers.",
        ["Health"] = "Whether the API runs and its database can be written (public, for load balancers and monitoring).",
        ["Keys"] = "API keys: create (shown once), list without secrets, revoke (admin only).",
        ["Page"] = "The overview page for people and its files (public; the page asks for an API key).",
        ["Reconciliations"] = "Reconcile a scenario without storing it: does the budget close, year by year and source by source?",
        ["Scenarios"] = "Stored scenarios: every change a new immutable version guarded by If-Match; import and export as budget tables; reconciliations and comparisons of stored versions.",
        ["Vrouwenopvang (DU VO)"] = "The decentralisatie-uitkering vrouwenopvang: the national distribution per year, each centrumgemeente's spend plan, and the breakdowns computed from them.",
    };

    /// <summary>Rewrites the generated document (JSON, OpenAPI 3.0) in place.</summary>
    public static void Apply(JsonObject document)
    {
        DescribeServerAndOwner(document);
        DescribeTags(document);
        var paths = document["paths"]!.AsObject();
        MarkPublicOperations(paths);
        var schemas = document["components"]?["schemas"]?.AsObject();
        if (schemas is null) return;

        ImportFormWithoutTheQuery(schemas);
        var requestSide = Closure(schemas, Refs(paths.Select(p => p.Value!).SelectMany(Operations).Select(o => o["requestBody"])));
        var responseSide = Closure(schemas, Refs(paths.Select(p => p.Value!).SelectMany(Operations).Select(o => o["responses"])));
        var shared = responseSide.Intersect(requestSide).Where(name => IsObject(schemas[name]!)).ToHashSet();

        // Response copies of the shared records; the responses and the copies point at them.
        foreach (var name in shared.Order(StringComparer.Ordinal))
        {
            var copy = ProjectYearsAlwaysTheNumber(WithoutShorthands(schemas[name]!.DeepClone().AsObject()));
            copy["description"] ??= $"{name} as the server sends it back.";
            schemas["Stored" + name] = copy;
        }
        var renamed = shared.ToDictionary(n => Ref(n), n => Ref("Stored" + n));
        foreach (var operation in paths.Select(p => p.Value!).SelectMany(Operations))
        {
            if (operation["responses"] is { } responses) Repoint(responses, renamed);
        }
        foreach (var name in shared) Repoint(schemas["Stored" + name]!, renamed);
        foreach (var name in responseSide.Except(requestSide)) if (schemas[name] is { } schema) Repoint(schema, renamed);

        var types = WireTypes();
        foreach (var name in responseSide.Where(n => !shared.Contains(n)).Concat(shared.Select(n => "Stored" + n)))
        {
            if (FrameworkSchemas.Contains(name) || schemas[name] is not JsonObject schema || schema["properties"] is not JsonObject properties) continue;
            var type = types.GetValueOrDefault(name.StartsWith("Stored", StringComparison.Ordinal) && shared.Contains(name[6..]) ? name[6..] : name);
            var required = new JsonArray();
            foreach (var (property, value) in properties.ToArray())
            {
                // A property the serializer leaves out when it is null is sometimes absent, and never null when present.
                var leftOutWhenNull = type is not null && IsLeftOutWhenNull(type, property);
                if (!leftOutWhenNull) required.Add(property);
                properties[property] = Nullability(schemas, value!.AsObject(), type is null ? null : leftOutWhenNull ? false : IsNullable(type, property));
            }
            if (required.Count > 0) schema["required"] = required;
        }
    }

    /// <summary>The import's organisation, name and years are query parameters; the form's copies of them are left out, so a parameter has one name.</summary>
    private static void ImportFormWithoutTheQuery(JsonObject schemas)
    {
        if (schemas["ImportForm"]?["properties"] is not JsonObject properties) return;
        foreach (var name in new[] { "organisation", "name", "firstYear", "lastYear" }) properties.Remove(name);
    }

    private static void DescribeServerAndOwner(JsonObject document)
    {
        var info = document["info"]!.AsObject();
        info["contact"] = new JsonObject { ["name"] = "BudgetEngine maintainers" };
        // No licence is granted with the software yet: the document says so rather than name one.
        info["license"] = new JsonObject { ["name"] = "All rights reserved (no licence granted)", ["url"] = "https://en.wikipedia.org/wiki/All_rights_reserved" };
        var reordered = new JsonObject();
        foreach (var (key, value) in document.ToArray())
        {
            document.Remove(key);
            reordered[key] = value;
            if (key == "info")
            {
                reordered["servers"] = new JsonArray(new JsonObject
                {
                    ["url"] = "/",
                    ["description"] = "The server that serves this document (e.g. http://localhost:5000 when run with dotnet run).",
                });
            }
        }
        foreach (var (key, value) in reordered.ToArray())
        {
            reordered.Remove(key);
            document[key] = value;
        }
    }

    private static void DescribeTags(JsonObject document)
    {
        if (document["tags"] is not JsonArray tags) return;
        foreach (var tag in tags.OfType<JsonObject>())
        {
            var name = tag["name"]!.GetValue<string>();
            tag["description"] ??= TagDescriptions.TryGetValue(name, out var description) ? description : $"The {name} operations.";
        }
    }

    /// <summary>Operations without a security requirement are public: they say so with an empty one, and that a malformed request answers 400.</summary>
    private static void MarkPublicOperations(JsonObject paths)
    {
        foreach (var operation in paths.Select(p => p.Value!).SelectMany(Operations))
        {
            if (operation["security"] is null) operation["security"] = new JsonArray();
            if (operation["responses"] is JsonObject responses && !responses.Any(r => r.Key.StartsWith('4')))
            {
                responses["400"] = new JsonObject
                {
                    ["description"] = "The server could not read the request (its request line or headers); the problem says what to send instead.",
                    ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = Ref("ProblemDetails") } } },
                };
            }
        }
    }

    private static IEnumerable<JsonObject> Operations(JsonNode path) =>
        path.AsObject().Where(o => o.Key is "get" or "put" or "post" or "delete" or "patch" or "head" or "options").Select(o => o.Value!.AsObject());

    private static string Ref(string name) => "#/components/schemas/" + name;

    private static bool IsObject(JsonNode schema) => schema["properties"] is not null || schema["oneOf"] is not null;

    /// <summary>A property that is an object or, on input, a shorthand string (a line's coverage) is always the object in a response.</summary>
    private static JsonObject WithoutShorthands(JsonObject schema)
    {
        if (schema["properties"] is not JsonObject properties) return schema;
        foreach (var (name, property) in properties.ToArray())
        {
            if (property?["oneOf"] is not JsonArray choices || choices.OfType<JsonObject>().FirstOrDefault(c => c["$ref"] is not null) is not { } reference) continue;
            if (!choices.OfType<JsonObject>().All(c => c == reference || (string?)c["type"] == "string")) continue;
            properties[name] = new JsonObject { ["$ref"] = reference["$ref"]!.GetValue<string>() };
        }
        return schema;
    }

    /// <summary>
    /// A record as the server writes it: a project year that requests may give as its two years ("2019/2020") is always
    /// the number of its first year (a period's year, a grant's round).
    /// </summary>
    private static JsonObject ProjectYearsAlwaysTheNumber(JsonObject record)
    {
        if (record["properties"] is not JsonObject properties) return record;
        foreach (var (name, property) in properties.ToArray())
        {
            if (property?["oneOf"] is not JsonArray choices || !choices.Any(c => (string?)c?["pattern"] is ProjectYearWords.Pattern or ProjectYearWords.YearOrTwoYearsPattern)) continue;
            properties[name] = new JsonObject
            {
                ["type"] = "integer",
                ["description"] = property["description"]?.GetValue<string>(),
                ["format"] = "int32",
            };
        }
        return record;
    }

    private static IEnumerable<string> Refs(IEnumerable<JsonNode?> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "$ref" && value is JsonValue v && v.GetValue<string>().StartsWith("#/components/schemas/", StringComparison.Ordinal))
                            yield return v.GetValue<string>()["#/components/schemas/".Length..];
                        else foreach (var found in Refs([value])) yield return found;
                    }
                    break;
                case JsonArray a:
                    foreach (var found in Refs(a)) yield return found;
                    break;
            }
        }
    }

    private static HashSet<string> Closure(JsonObject schemas, IEnumerable<string> roots)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name) || schemas[name] is not { } schema) continue;
            foreach (var found in Refs([schema])) pending.Push(found);
        }
        return seen;
    }

    private static void Repoint(JsonNode node, IReadOnlyDictionary<string, string> renamed)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToArray())
                {
                    if (key == "$ref" && value is JsonValue v && renamed.TryGetValue(v.GetValue<string>(), out var to)) o["$ref"] = to;
                    else if (value is not null) Repoint(value, renamed);
                }
                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) Repoint(item, renamed);
                break;
        }
    }

    /// <summary>The property's schema, nullable exactly when <paramref name="nullable"/> (unknown: as generated).</summary>
    private static JsonObject Nullability(JsonObject schemas, JsonObject property, bool? nullable)
    {
        if (nullable is null) return property;
        if (property["$ref"] is { } reference)
        {
            if (nullable == false) return property;
            var wrapped = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = reference.GetValue<string>() }) };
            foreach (var (key, value) in property.ToArray())
            {
                if (key == "$ref") continue;
                property.Remove(key);
                wrapped[key] = value;
            }
            wrapped["type"] = schemas[reference.GetValue<string>()["#/components/schemas/".Length..]]?["type"]?.GetValue<string>() ?? "object";
            wrapped["nullable"] = true;
            return wrapped;
        }
        if (property["allOf"] is not null && property["nullable"] is not null && nullable == false)
        {
            property.Remove("nullable");
            return property;
        }
        if (nullable == true) property["nullable"] = true;
        else property.Remove("nullable");
        return property;
    }

    /// <summary>The wire records by schema name (as OpenApiSetup names them).</summary>
    private static Dictionary<string, Type> WireTypes()
    {
        var types = new Dictionary<string, Type>();
        foreach (var type in typeof(ScenarioDto).Assembly.GetExportedTypes().Concat(typeof(WireContract).Assembly.GetExportedTypes()))
        {
            if (!type.IsGenericTypeDefinition) types.TryAdd(type.Name, type);
        }
        // Pages: PageDtoOf<Item>, read through the page type's definition (its properties do not depend on the item).
        var page = typeof(ScenarioDto).Assembly.GetExportedTypes().Concat(typeof(WireContract).Assembly.GetExportedTypes())
            .FirstOrDefault(t => t.IsGenericTypeDefinition && t.Name == "PageDto`1");
        if (page is not null)
        {
            foreach (var item in types.Keys.ToArray()) types.TryAdd("PageDtoOf" + item, page);
        }
        return types;
    }

    private static PropertyInfo? WireProperty(Type type, string wireName) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)) == wireName);

    private static bool IsLeftOutWhenNull(Type type, string wireName) =>
        WireProperty(type, wireName)?.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.WhenWritingNull;

    private static bool? IsNullable(Type type, string wireName)
    {
        var property = WireProperty(type, wireName);
        if (property is null) return null;
        if (property.PropertyType.IsValueType) return Nullable.GetUnderlyingType(property.PropertyType) is not null;
        return new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;
    }
}
