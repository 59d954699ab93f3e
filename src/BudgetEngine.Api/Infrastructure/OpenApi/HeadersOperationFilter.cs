using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>Describes the request headers (If-Match, Idempotency-Key) and the response headers (Location, ETag, Retry-After).</summary>
public sealed class HeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Description ??= parameter.Name switch
            {
                "If-Match" => "The ETag of the version you read, e.g. \"k3j5x9w2a8mq-v1\" with its quotes (or * for whatever is current). Required: 428 without it, 412 when stale.",
                "Idempotency-Key" => "Optional; a unique key per intended request (e.g. a UUID, at most 200 characters). A replay with the same key and body returns the first response; the same key with another body answers 422.",
                _ => null,
            };
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete) continue;
            var headers = new Dictionary<string, IOpenApiHeader>();
            if (status == "201")
            {
                headers["Location"] = Header(context.ApiDescription.RelativePath?.StartsWith("v1/keys", StringComparison.Ordinal) == true
                    ? "The new key's address, /v1/keys/{id}."
                    : "The new scenario's address, /v1/scenarios/{id}.");
            }
            if (status is "200" or "201" or "412" && context.ApiDescription.RelativePath?.StartsWith("v1/scenarios", StringComparison.Ordinal) == true
                && context.ApiDescription.HttpMethod is "POST" or "PUT" or "GET"
                && context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName
                    is "CreateScenario" or "UpdateScenario" or "GetScenario" or "GetScenarioVersion")
            {
                headers["ETag"] = Header(status == "412" ? "The ETag of the current version." : "The strong ETag of the version; send it as If-Match to change or delete the scenario.");
            }
            if (status is "503" or "429" || status == "409" && operation.Parameters?.Any(p => p.Name == "Idempotency-Key") == true)
            {
                headers["Retry-After"] = Header("Seconds to wait before retrying.");
            }
            if (headers.Count > 0)
            {
                concrete.Headers = headers;
            }
        }
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
