using System.Text.Json.Nodes;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>
/// Where a project year may also be written as its two years ("2019/2020", <see cref="ProjectYearWords"/>) the document
/// says both: a period's year (its converter hides the period's shape from Swashbuckle), a grant's round and a grant
/// cap's round. Responses give the number (<see cref="WireContract"/>).
/// </summary>
public sealed class ProjectYearSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete) return;
        if (context.Type == typeof(PeriodDto))
        {
            concrete.Type = JsonSchemaType.Object;
            concrete.Format = null;
            concrete.AdditionalPropertiesAllowed = false;
            concrete.Description = "The period a grant is for. A project year's year is also accepted as \"2019/2020\", \"2019-2020\" or \"2019/20\"; answers give the number.";
            concrete.Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["kind"] = context.SchemaGenerator.GenerateSchema(typeof(PeriodKindDto), context.SchemaRepository),
                ["year"] = NumberOrWords("The calendar year, or the year in which the project year starts (also as a string, \"2019\"; for a project year also \"2019/2020\", \"2019-2020\" or \"2019/20\").", ProjectYearWords.YearOrTwoYearsPattern),
            };
        }
        else if ((context.Type == typeof(GrantDto) || context.Type == typeof(GrantCapDto)) && concrete.Properties?.ContainsKey("round") == true)
        {
            concrete.Properties["round"] = NumberOrWords(concrete.Properties["round"].Description
                ?? "The round, a project year: the year it starts, or its two years.", ProjectYearWords.YearOrTwoYearsPattern);
        }
    }

    /// <summary>A year as a number, or a project year as its two years.</summary>
    private static OpenApiSchema NumberOrWords(string description, string pattern) => new()
    {
        Description = description,
        OneOf =
        [
            new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            new OpenApiSchema { Type = JsonSchemaType.String, Pattern = pattern, Examples = [JsonValue.Create("2019/2020")] },
        ],
    };
}
