using BudgetEngine.Api.Infrastructure.Paging;
using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Features.Audit;

/// <summary>One recorded write.</summary>
/// <param name="Id">Its sequence number; higher is later.</param>
/// <param name="KeyId">The key that wrote ("system" for what the API wrote itself at start).</param>
/// <param name="Organisation">The key's organisation.</param>
/// <param name="At">When.</param>
/// <param name="Action">create, update, delete, create-key, revoke-key, put-distribution or put-plan.</param>
/// <param name="Resource">The path of what was written, e.g. /v1/scenarios/k3j5x9w2a8mq.</param>
/// <param name="Version">The version the write made, where the resource has versions.</param>
public sealed record AuditEntryDto(long Id, string KeyId, string Organisation, DateTimeOffset At, string Action, string Resource, int? Version);

/// <summary>The audit trail: every write, who made it and when. Admin only.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/audit")
            .WithTags("Audit")
            .RequireAccess(AccessRules.Administer)
            .RequireRateLimiting(RateLimits.PerKey)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("", ListAudit)
            .WithName("ListAudit")
            .WithSummary("Read the audit trail")
            .WithDescription("Every write (scenarios created, changed and deleted; keys created and revoked; DU VO distributions and plans), newest first, "
                + "with the key id and organisation that made it, the time, the action, the resource's path and the version written.");

        return group;
    }

    public static async Task<Results<Ok<PageDto<AuditEntryDto>>, ValidationProblem>> ListAudit([AsParameters] PageQuery query, AuditTrail audit, CancellationToken ct)
    {
        var (page, pageSize, errors) = query.Read();
        if (errors.Count > 0) return Problems.Validation(errors, "Invalid.Query");
        var (items, total) = await audit.PageAsync(page, pageSize, ct);
        return TypedResults.Ok(new PageDto<AuditEntryDto>(
            items.Select(r => new AuditEntryDto(r.Id, r.KeyId, r.Organisation, r.At, r.Action, r.Resource, r.Version)).ToArray(), page, pageSize, total));
    }
}
