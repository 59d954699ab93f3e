using System.Text.Json.Nodes;
using BudgetEngine.Contracts;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>A coverage is an object or the shorthand string: the document says both (its converter hides the shape from Swashbuckle).</summary>
public sealed class CoverageSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(CoverageDto) || schema is not OpenApiSchema concrete) return;

        concrete.Type = null;
        concrete.Properties = null;
        concrete.AdditionalPropertiesAllowed = true;
        concrete.Format = null;
        concrete.Description = "Which sources pay the line (\"dekking\"): an object, or on input the shorthand string \"GHNT\" (single) or "
            + "\"GHNT/ Projectenpool\" (flexible, in the written order). Responses always use the object.";
        concrete.OneOf =
        [
            new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Shorthand: one source code, or codes separated by \"/\".",
                Examples = [JsonValue.Create("GHNT/ Projectenpool")],
            },
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalPropertiesAllowed = false,
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["kind"] = context.SchemaGenerator.GenerateSchema(typeof(CoverageKindDto), context.SchemaRepository),
                    ["sources"] = context.SchemaGenerator.GenerateSchema(typeof(IReadOnlyList<CoverageSourceDto>), context.SchemaRepository),
                },
                Examples = [JsonNode.Parse("""{"kind":"split","sources":[{"source":"DUVO","weight":3},{"source":"Gemeente","weight":1}]}""")!],
            },
        ];
    }
}
