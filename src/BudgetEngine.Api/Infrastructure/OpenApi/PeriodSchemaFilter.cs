using System.Text.Json.Nodes;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>A period is an object whose project year may also be written "2019/2020": the document says both (its converter hides the shape from Swashbuckle).</summary>
public sealed class PeriodSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(PeriodDto) || schema is not OpenApiSchema concrete) return;

        concrete.Type = JsonSchemaType.Object;
        concrete.Format = null;
        concrete.AdditionalPropertiesAllowed = false;
        concrete.Description = "The period a grant is for. A project year's year is also accepted as \"2019/2020\", \"2019-2020\" or \"2019/20\"; answers give the number.";
        concrete.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["kind"] = context.SchemaGenerator.GenerateSchema(typeof(PeriodKindDto), context.SchemaRepository),
            ["year"] = new OpenApiSchema
            {
                Description = "The calendar year, or the year in which the project year starts (also as a string, \"2019\"; for a project year also \"2019/2020\", \"2019-2020\" or \"2019/20\").",
                OneOf =
                [
                    new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
                    new OpenApiSchema { Type = JsonSchemaType.String, Pattern = ProjectYearWords.YearOrTwoYearsPattern, Examples = [JsonValue.Create("2019/2020")] },
                ],
            },
        };
    }
}
