using BudgetEngine.Contracts.Mapping;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Core.DuVo;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>
/// Documents the DU VO operations' headers (ETag, Location) and gives request examples and a breakdown example (computed by the core
/// from the plan example, so it is always right).
/// </summary>
public sealed class DuVoOpenApiFilter : IOperationFilter
{
    /// <summary>Utrecht's 2015 plan (seed 004, section 4.3) with a regiogemeente list shortened for the example.</summary>
    public const string PlanExample = """
        {
          "name": "Utrecht",
          "description": "DU VO 2015, seed 004 section 4.3 (meicirculaire 2014)",
          "payment": 5413666,
          "categories": [
            { "name": "Veilig Thuis", "amount": 1014710, "parts": [], "tags": [] },
            { "name": "Opvang en begeleiding", "amount": 4020714 },
            { "name": "Algemeen", "amount": 378242 }
          ],
          "regiogemeenten": [
            { "code": "GM0344", "name": "Utrecht", "inhabitants": 330000 },
            { "code": "GM0355", "name": "Zeist", "inhabitants": 62000 }
          ]
        }
        """;

    /// <summary>A small distribution: two centrumgemeenten, halfway along the phase-in path, with a transition budget.</summary>
    public const string DistributionExample = """
        {
          "description": "Illustrative figures",
          "macroBudget": 1000000,
          "phaseIn": 0.5,
          "transitionBudget": { "name": "Transitiebudget", "amount": 100000 },
          "lossCap": { "maxFraction": 0.05 },
          "centrumgemeenten": [
            { "code": "GM0307", "name": "Amersfoort", "historical": 400000, "keyWeight": 3 },
            { "code": "GM0344", "name": "Utrecht", "historical": 600000, "keyWeight": 7 }
          ]
        }
        """;

    /// <summary>Utrecht's plan without its payment, which it takes from the distribution example (version 1), and with an illustrative empty reserve: a breakdown with co-financing, the reserve and both references.</summary>
    private static readonly Lazy<JsonNode> Breakdown = new(() =>
    {
        var planJson = JsonNode.Parse(PlanExample)!.AsObject();
        planJson.Remove("payment");
        planJson["reserve"] = new JsonObject { ["name"] = "Reserve vrouwenopvang (illustrative)", ["openingBalance"] = 0 };
        var (plan, _) = DuVoPlanMapper.Read(planJson.Deserialize<DuVoPlanDto>(ApiJson.Options), "GM0344", 2015);
        var (distribution, _) = DuVoDistributionMapper.Read(JsonSerializer.Deserialize<DuVoDistributionDto>(DistributionExample, ApiJson.Options)!, 2015);
        var dto = DuVoBreakdownMapper.ToDto(SpendPlanCalculator.Calculate(plan!, DuVoDistribution.Calculate(distribution!)),
            new DuVoVersionReferenceDto(1, "\"GM0344-2015-v1\""), new DuVoVersionReferenceDto(1, "\"duvo-2015-v1\""), Core.Findings.MessageLanguage.English);
        return JsonSerializer.SerializeToNode(dto, ApiJson.Options)!;
    });

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var name = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null || !(name.Contains("DuVo", StringComparison.Ordinal) || name == "ListCentrumgemeenten")) return;
        var (etagOn, location, request) = name switch
        {
            "PutDuVoDistribution" => (new[] { "200", "201", "412" }, "The distribution's address, /v1/duvo/{year}/distribution.", DistributionExample),
            "PutDuVoPlan" => (new[] { "200", "201", "412" }, "The plan's address, /v1/centrumgemeenten/{code}/duvo/{year}/plan.", PlanExample),
            "GetDuVoDistribution" or "GetDuVoDistributionVersion" or "GetDuVoPlan" or "GetDuVoPlanVersion" => (new[] { "200" }, null, null),
            _ => (Array.Empty<string>(), null, null),
        };

        if (request is not null && operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values.OfType<OpenApiMediaType>()) media.Example = JsonNode.Parse(request);
        }
        if (name == "GetDuVoBreakdown" && operation.Responses?.TryGetValue("200", out var ok) == true && ok?.Content is { } okContent)
        {
            if (okContent.TryGetValue("application/json", out var json) && json is OpenApiMediaType media) media.Example = Breakdown.Value.DeepClone();
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Description = parameter.Name switch
            {
                "code" => "The centrumgemeente's CBS code: \"GM\" followed by four digits, e.g. GM0344 (Utrecht).",
                "year" => $"The payment year ({DuVoProblems.MinYear}-{DuVoProblems.MaxYear}).",
                "If-Match" when name is "PutDuVoDistribution" or "PutDuVoPlan" =>
                    "Leave it out to create; to replace, the ETag you read, e.g. \"GM0344-2015-v1\" with its quotes (or *). 428 without it over a stored document, 412 when stale.",
                _ => parameter.Description,
            };
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete) continue;
            var headers = concrete.Headers is null ? new Dictionary<string, IOpenApiHeader>() : new Dictionary<string, IOpenApiHeader>(concrete.Headers);
            if (status == "201" && location is not null) headers["Location"] = Header(location);
            if (etagOn.Contains(status))
            {
                headers["ETag"] = Header(status == "412" ? "The ETag of the current version." : "The strong ETag of the version; send it as If-Match to replace the document.");
            }
            if (headers.Count > 0) concrete.Headers = headers;
        }
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
