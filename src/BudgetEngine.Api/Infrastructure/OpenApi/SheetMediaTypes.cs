using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>
/// Endpoint metadata: the request bodies an endpoint reads itself (so that routing does not turn other media types into a
/// bare 415 before the endpoint can say what to send), for the OpenAPI document.
/// </summary>
/// <param name="Bodies">Each media type with the type whose schema describes it (string for a plain text body).</param>
public sealed record DocumentedRequestBodies(params (string MediaType, Type Schema)[] Bodies);

/// <summary>Endpoint metadata: a 200 response also available in another media type, chosen by Accept.</summary>
/// <param name="MediaType">The media type, e.g. text/csv.</param>
/// <param name="Description">What the alternative holds.</param>
public sealed record AlternativeResponse(string MediaType, string Description);

/// <summary>Endpoint metadata: a 201 that carries the new version's ETag header.</summary>
public sealed record DocumentedETag;

/// <summary>Writes <see cref="DocumentedRequestBodies"/>, <see cref="DocumentedETag"/> and <see cref="AlternativeResponse"/> into the OpenAPI operation.</summary>
public sealed class SheetMediaTypesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<DocumentedRequestBodies>().LastOrDefault() is { } bodies)
        {
            var content = new Dictionary<string, IOpenApiMediaType>();
            foreach (var (mediaType, schema) in bodies.Bodies)
            {
                content[mediaType] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(schema, context.SchemaRepository) };
            }
            operation.RequestBody = new OpenApiRequestBody { Required = true, Content = content };
        }
        if (metadata.OfType<DocumentedETag>().Any() && operation.Responses?.TryGetValue("201", out var created) == true && created is OpenApiResponse createdResponse)
        {
            createdResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            createdResponse.Headers["ETag"] = new OpenApiHeader
            {
                Description = "The strong ETag of the version; send it as If-Match to change or delete the scenario.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        foreach (var alternative in metadata.OfType<AlternativeResponse>())
        {
            if (operation.Responses?.TryGetValue("200", out var response) == true && response is OpenApiResponse ok)
            {
                ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
                ok.Content[alternative.MediaType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Format = alternative.MediaType == BudgetEngine.Formats.Write.XlsxWorkbook.MediaType ? "binary" : null,
                        Description = alternative.Description,
                    },
                };
            }
        }
    }
}

/// <summary>Registers what the spreadsheet, chart and page endpoints need (one line in AddApplicationServices).</summary>
public static class SheetServices
{
    public static IServiceCollection AddSpreadsheetsChartsAndPage(this IServiceCollection services)
    {
        services.ConfigureSwaggerGen(options => options.OperationFilter<SheetMediaTypesOperationFilter>());
        return services;
    }
}
