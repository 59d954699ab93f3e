using System.Text.Json.Nodes;
using BudgetEngine.Contracts;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>
/// A coverage is an object (CoverageDto), or on input the shorthand string: a line's <c>coverage</c> says both, the object
/// first (a generated client types the property as the object); responses keep the object only (WireContract). Its converter
/// hides the object's shape from Swashbuckle, so the shape is written here.
/// </summary>
public sealed class CoverageSchemaFilter : ISchemaFilter
{
    /// <summary>What a line's coverage is, on input.</summary>
    public const string LineCoverageDescription = "Which sources pay the line (\"dekking\"): the object, or on input the shorthand string \"GHNT\" (single) or "
        + "\"GHNT/ Projectenpool\" (flexible, in the written order). Responses always use the object.";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete) return;
        if (context.Type == typeof(CoverageDto)) DescribeObject(concrete, context);
        else if (context.Type == typeof(LineDto) && concrete.Properties?.ContainsKey("coverage") == true)
        {
            concrete.Properties["coverage"] = new OpenApiSchema
            {
                Description = LineCoverageDescription,
                OneOf =
                [
                    new OpenApiSchemaReference(nameof(CoverageDto), null),
                    new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = "Shorthand: one source code, or codes separated by \"/\".",
                        Examples = [JsonValue.Create("GHNT/ Projectenpool")],
                    },
                ],
            };
        }
    }

    private static void DescribeObject(OpenApiSchema concrete, SchemaFilterContext context)
    {
        concrete.Type = JsonSchemaType.Object;
        concrete.Format = null;
        concrete.OneOf = null;
        concrete.AdditionalPropertiesAllowed = false;
        concrete.Description = "Which sources pay the line (\"dekking\"): how they share it and which they are.";
        concrete.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["kind"] = context.SchemaGenerator.GenerateSchema(typeof(CoverageKindDto), context.SchemaRepository),
            ["sources"] = context.SchemaGenerator.GenerateSchema(typeof(IReadOnlyList<CoverageSourceDto>), context.SchemaRepository),
        };
        concrete.Examples = [JsonNode.Parse("""{"kind":"split","sources":[{"source":"DUVO","weight":3},{"source":"Gemeente","weight":1}]}""")!];
    }
}
