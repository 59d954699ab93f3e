using System.ComponentModel;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>What a version of a year's national distribution changes against an earlier one: the meicirculaire against the septembercirculaire.</summary>
public static class DuVoDistributionChangesApi
{
    /// <summary>GET /v1/duvo/{year}/distribution/versions/{version}/changes, on the DU VO route group (its address check and rate limit).</summary>
    public static RouteGroupBuilder MapDuVoDistributionChanges(this RouteGroupBuilder group)
    {
        group.MapGet("/duvo/{year}/distribution/versions/{version:int}/changes", GetChanges)
            .WithName("GetDuVoDistributionVersionChanges")
            .RequireAccess(AccessRules.ReadDuVoDistribution)
            .WithSummary("What a version of a year's DU VO distribution changes")
            .WithDescription("Version {version} against version ?from (default the one before), e.g. the septembercirculaire against the meicirculaire: "
                + "all payments, each component, each circular and each centrumgemeente (with its components and circulars), each with its amount in both "
                + "versions and the difference. Everything either version pays is listed; change says added, removed or changed and is left out when "
                + "nothing changed. ?from=0 (the default for version 1) counts from no distribution, so everything is added. 404 for a year without a "
                + "distribution or a version it does not have; 400 when from is not an earlier version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<DuVoDistributionChangesDto>, ValidationProblem, ProblemHttpResult>> GetChanges(
        int year, int version,
        [Description("The earlier version the changes are counted from; default the version before {version}; 0 is no distribution before version 1.")] int? from,
        DuVoDistributionStore store, CancellationToken ct)
    {
        var later = await store.FindAsync(year, version, ct);
        if (DuVoProblems.OfDistribution(year).Of(later.Status, version) is { } laterProblem) return laterProblem;
        var earlierVersion = from ?? version - 1;
        if (earlierVersion < 0 || earlierVersion >= version)
        {
            var text = ValidationTexts.Of("DuVo.Changes.FromNotEarlier", MessageArgument.Number(version), MessageArgument.Number(version - 1));
            return Problems.Validation([new ValidationError(FieldPath.Parameter("from"), text)], "Invalid.Query");
        }
        DistributionResult? before = null;
        if (earlierVersion > 0)
        {
            var earlier = await store.FindAsync(year, earlierVersion, ct);
            if (DuVoProblems.OfDistribution(year).Of(earlier.Status, earlierVersion) is { } earlierProblem) return earlierProblem;
            before = DuVoDistribution.Calculate(DuVoBodies.Distribution(earlier.Document!.Body, year));
        }
        var after = DuVoDistribution.Calculate(DuVoBodies.Distribution(later.Document!.Body, year));
        return TypedResults.Ok(DuVoDistributionChangesMapper.ToDto(year, earlierVersion, version, DistributionChanges.Between(before, after)));
    }
}
