using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>Decimals are exact JSON numbers, never doubles: the document says "decimal".</summary>
public sealed class DecimalSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && (context.Type == typeof(decimal) || context.Type == typeof(decimal?)))
        {
            concrete.Format = "decimal";
        }
    }
}
