using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Reconciliation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>
/// Gives every operation that takes a scenario a request example, the reconciliation its answer (computed by the core,
/// so it is always right), and examples of the problem responses an integrator will meet.
/// </summary>
public sealed class ExamplesOperationFilter : IOperationFilter
{
    /// <summary>A small scenario in the shape of the Gooi en Vechtstreek programme.</summary>
    public const string ScenarioExample = """
        {
          "organisation": "Regio Gooi en Vechtstreek",
          "name": "GHNT 2019-2020 (excerpt)",
          "firstYear": 2019,
          "lastYear": 2020,
          "sources": [
            { "code": "GHNT", "kind": "ghnt", "name": "Geweld hoort nergens thuis" },
            { "code": "Projectenpool", "kind": "projectenpool", "name": "Projectenpool van denken naar doen" }
          ],
          "grants": [
            { "id": "ghnt-2019", "source": "GHNT", "amount": 75000, "period": { "kind": "calendar-year", "year": 2019 }, "status": "awarded" },
            { "id": "ghnt-2020", "source": "GHNT", "amount": 75000, "period": { "kind": "calendar-year", "year": 2020 }, "status": "awarded" },
            { "id": "pp-trauma", "source": "Projectenpool", "amount": 50000, "period": { "kind": "project-year", "year": 2019 }, "status": "awarded", "project": "Project trauma" },
            { "id": "pp-2020", "source": "Projectenpool", "amount": 100000, "period": { "kind": "project-year", "year": 2020 }, "status": "conditional", "description": "onder voorbehoud" }
          ],
          "lines": [
            { "name": "Projectleider", "actielijn": 1, "amounts": { "2020": 20000 }, "coverage": "GHNT" },
            { "name": "Project trauma", "actielijn": 2, "amounts": { "2019": 30000, "2020": 50000 }, "coverage": "Projectenpool" },
            { "name": "Borgen MDA++", "actielijn": 2, "taakveld": "6.81", "amounts": { "2020": 45000 }, "coverage": "GHNT/ Projectenpool" },
            { "name": "Lokale samenwerking zicht op veiligheid", "amounts": { "2019": 3000, "2020": 32000 }, "coverage": "GNHT" }
          ],
          "declared": {
            "totals": { "2019": 33000, "2020": 147000 },
            "results": { "2019": 92000 },
            "subtotals": []
          }
        }
        """;

    private static readonly Lazy<JsonNode> Reconciliation = new(() =>
    {
        var dto = JsonSerializer.Deserialize<ScenarioDto>(ScenarioExample, ApiJson.Options);
        var (scenario, _) = ScenarioMapper.Read(dto);
        var result = ReconciliationMapper.ToDto(Reconciler.Reconcile(scenario!, ReconciliationOptions.Default), Core.Findings.MessageLanguage.English);
        return JsonSerializer.SerializeToNode(result, ApiJson.Options)!;
    });

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var takesScenario = context.ApiDescription.ParameterDescriptions.Any(p => p.Type == typeof(ScenarioDto));
        if (takesScenario && operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values.OfType<OpenApiMediaType>())
            {
                media.Example = JsonNode.Parse(ScenarioExample);
            }
            Example(operation, "400", """
                {
                  "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                  "title": "The scenario is not valid.",
                  "status": 400,
                  "detail": "See errors: each key is a JSON pointer to the field (or the name of the query parameter), each value says what is wrong.",
                  "instance": "/v1/reconciliations",
                  "errors": {
                    "/lines/1/amounts/2019": ["The amount 30000.005 is finer than a cent; give euros with at most two decimals."],
                    "/grants/0/period/year": ["The period's year must be between 1990 and 2100."]
                  },
                  "traceId": "0HN7:00000001"
                }
                """);
        }

        var name = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is "Reconcile" or "ReconcileScenario")
        {
            Example(operation, "200", Reconciliation.Value.ToJsonString());
        }
        if (name is "UpdateScenario" or "DeleteScenario")
        {
            Example(operation, "412", """
                {
                  "type": "https://tools.ietf.org/html/rfc9110#section-15.5.13",
                  "title": "The scenario has changed since you read it.",
                  "status": 412,
                  "detail": "If-Match does not match the current version \"k3j5x9w2a8mq-v3\". GET the scenario, apply your change to it and send it again with the new ETag.",
                  "instance": "/v1/scenarios/k3j5x9w2a8mq",
                  "currentETag": "\"k3j5x9w2a8mq-v3\"",
                  "traceId": "0HN7:00000002"
                }
                """);
        }
    }

    private static void Example(OpenApiOperation operation, string status, string json)
    {
        if (operation.Responses?.TryGetValue(status, out var response) != true || response?.Content is null) return;
        foreach (var media in response.Content.Values.OfType<OpenApiMediaType>())
        {
            media.Example = JsonNode.Parse(json);
        }
    }
}
