using System.Security.Claims;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Api.Infrastructure.Versioning;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Features.Municipalities;

/// <summary>
/// GET and PUT /v1/municipalities: the CBS municipalities over time (codes, names, first and last days, successors) that the DU VO
/// plans and distributions are checked against. Until an admin stores a list, the shipped one (docs/reference/cbs-gemeenten.json) is used.
/// </summary>
public static class MunicipalitiesApi
{
    public static RouteGroupBuilder MapMunicipalities(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/municipalities")
            .WithTags("Gemeenten")
            .RequireRateLimiting(RateLimits.PerKey)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("", Get)
            .WithName("GetMunicipalities")
            .RequireAccess(AccessRules.ReadMunicipalities)
            .WithSummary("Read the list of municipalities over time")
            .WithDescription("The list the DU VO plans and distributions are checked against (MUNICIPALITY_DISSOLVED, MUNICIPALITY_UNKNOWN): origin shipped "
                + "(docs/reference/cbs-gemeenten.json, a partial list) until an admin stores one, then stored with its version and ETag (also in the ETag header).");

        group.MapPut("", Put)
            .AddEndpointFilter<DocumentLimitsFilter<MunicipalityListDto>>()
            .WithName("PutMunicipalities")
            .RequireAccess(AccessRules.Administer)
            .WithSummary("Replace the list of municipalities over time (admin)")
            .WithDescription("CBS's list (Gemeentelijke indelingen per jaar) as source, date (yyyy-mm-dd) and municipalities[] with code (GM + four digits), name, "
                + "validFrom and validUntil (yyyy-mm-dd, the first and last day; left out when open) and successors[] (the codes that took it over the day after "
                + "validUntil). The first PUT answers 201 and needs no If-Match; a PUT over a stored list needs If-Match with its ETag (428 without it, 412 "
                + "when stale) and answers 200. Every PUT is a new immutable version, recorded in the audit trail (put-municipalities).")
            .Accepts<MunicipalityListDto>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }

    public static async Task<Ok<MunicipalityListResourceDto>> Get(MunicipalityListStore store, HttpResponse response, CancellationToken ct)
    {
        var current = await store.CurrentAsync(ct);
        if (current.ETag is { } etag) response.Headers.ETag = etag;
        return TypedResults.Ok(current);
    }

    public static async Task<Results<Created<MunicipalityListResourceDto>, Ok<MunicipalityListResourceDto>, ValidationProblem, ProblemHttpResult>> Put(
        MunicipalityListDto list, [FromHeader(Name = "If-Match")] string? ifMatch,
        MunicipalityListStore store, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var (registry, errors) = MunicipalityListMapper.Read(list);
        if (registry is null) return Problems.Validation(errors, "Invalid.Municipalities");

        var expected = EntityTag.VersionIn(ifMatch, MunicipalityListStore.ETagStem);
        var outcome = await store.PutAsync(MunicipalityListMapper.ToDto(registry, list.Description), expected, Caller.Required(user).Actor, ct);
        if (MunicipalityProblems.Of(outcome.Status, outcome.Document?.ETag, response) is { } problem) return problem;
        var resource = MunicipalityListStore.Resource(outcome.Document!);
        return outcome.Status == WriteStatus.Created ? TypedResults.Created("/v1/municipalities", resource) : TypedResults.Ok(resource);
    }
}
