using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The stored body of a version: the canonical JSON of the scenario DTO.</summary>
public static class ScenarioBodies
{
    /// <summary>The canonical JSON of a valid scenario.</summary>
    public static string Serialize(Scenario scenario) => JsonSerializer.Serialize(ScenarioMapper.ToDto(scenario), ApiJson.Options);

    /// <summary>The wire form of a stored body.</summary>
    public static ScenarioDto ToDto(string body) =>
        JsonSerializer.Deserialize<ScenarioDto>(body, ApiJson.Options) ?? throw new InvalidOperationException("A stored scenario body is empty.");

    /// <summary>The wire form of a stored version of the scenario with the id.</summary>
    public static ScenarioResourceDto Resource(string id, StoredDocument stored) =>
        new(id, stored.Version, stored.ETag, stored.CreatedAt, stored.UpdatedAt, ToDto(stored.Body));

    /// <summary>The core scenario of a stored body, validated as it is read (stored bodies were valid when written).</summary>
    public static ValidatedScenario ToScenario(string body)
    {
        var (scenario, errors) = ScenarioMapper.Read(ToDto(body));
        return scenario ?? throw new InvalidOperationException($"A stored scenario body is no longer valid: {errors[0].Path}: {errors[0].Message}");
    }
}
