using BudgetEngine.Contracts.Mapping;
using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>The stored body of a DU VO version: the canonical JSON of its wire document (valid when written).</summary>
public static class DuVoBodies
{
    /// <summary>The canonical JSON of a valid plan.</summary>
    public static string Serialize(SpendPlan plan, string? description) =>
        JsonSerializer.Serialize(DuVoPlanMapper.ToDto(plan, description), ApiJson.Options);

    /// <summary>The canonical JSON of a valid distribution input.</summary>
    public static string Serialize(DistributionInput input, string? description) =>
        JsonSerializer.Serialize(DuVoDistributionMapper.ToDto(input, description), ApiJson.Options);

    /// <summary>The wire form of a stored plan body.</summary>
    public static DuVoPlanDto PlanDto(string body) =>
        JsonSerializer.Deserialize<DuVoPlanDto>(body, ApiJson.Options) ?? throw new InvalidOperationException("A stored DU VO plan body is empty.");

    /// <summary>The wire form of a stored distribution body.</summary>
    public static DuVoDistributionDto DistributionDto(string body) =>
        JsonSerializer.Deserialize<DuVoDistributionDto>(body, ApiJson.Options) ?? throw new InvalidOperationException("A stored DU VO distribution body is empty.");

    /// <summary>The core plan of a stored body.</summary>
    public static SpendPlan Plan(string body, string code, int year)
    {
        var (plan, errors) = DuVoPlanMapper.Read(PlanDto(body), code, year);
        return plan ?? throw new InvalidOperationException($"A stored DU VO plan is no longer valid: {errors[0].Path}: {errors[0].Message}");
    }

    /// <summary>The core distribution input of a stored body.</summary>
    public static DistributionInput Distribution(string body, int year)
    {
        var (input, errors) = DuVoDistributionMapper.Read(DistributionDto(body), year);
        return input ?? throw new InvalidOperationException($"A stored DU VO distribution is no longer valid: {errors[0].Path}: {errors[0].Message}");
    }
}
