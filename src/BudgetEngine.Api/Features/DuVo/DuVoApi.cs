using BudgetEngine.Api.Infrastructure.Languages;
using BudgetEngine.Core.Findings;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Versioning;
using BudgetEngine.Contracts.Mapping;
using System.ComponentModel;
using System.Security.Claims;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Municipalities;
using BudgetEngine.Api.Features.Municipalities;
using Microsoft.AspNetCore.Http.HttpResults;
using BudgetEngine.Formats.Write;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>
/// The DU VO (decentralisatie-uitkering vrouwenopvang): the national distribution per year, each centrumgemeente's spend plan per
/// year, and the breakdowns computed from them. PUT creates or replaces (every PUT an immutable version, guarded by If-Match).
/// </summary>
public static class DuVoApi
{

    public static RouteGroupBuilder MapDuVo(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1")
            .WithTags("Vrouwenopvang (DU VO)")
            .AddEndpointFilter<DuVoRouteFilter>()
            .RequireRateLimiting(RateLimits.PerKey)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPut("/duvo/{year}/distribution", PutDistribution)
            .AddEndpointFilter<DocumentLimitsFilter<DuVoDistributionDto>>()
            .WithName("PutDuVoDistribution")
            .RequireAccess(AccessRules.WriteDuVoDistribution)
            .WithSummary("Store the national DU VO distribution of a year")
            .WithDescription("Creates or replaces the year's distribution: macro budget, phase-in fraction, optional transition budget and loss cap, "
                + "and per centrumgemeente its historical amount and key weight. The first PUT answers 201 and needs no If-Match; a PUT over a stored "
                + "distribution needs If-Match with its ETag (428 without it, 412 when stale) and answers 200. Every PUT is a new immutable version. "
                + "The answer includes the calculated payments, which add up to exactly the macro budget plus the transition budget.")
            .Accepts<DuVoDistributionDto>("application/json")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapGet("/duvo/{year}/distribution", GetDistribution)
            .WithName("GetDuVoDistribution")
            .RequireAccess(AccessRules.ReadDuVoDistribution)
            .WithSummary("Read the national DU VO distribution of a year")
            .WithDescription("The latest version with its ETag, and what it pays each centrumgemeente: objective amount, phased payment, top-up, transition share, payment.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/duvo/{year}/distribution/versions", ListDistributionVersions)
            .WithName("ListDuVoDistributionVersions")
            .RequireAccess(AccessRules.ReadDuVoDistribution)
            .WithSummary("List the versions of a year's DU VO distribution")
            .WithDescription("Every version, oldest first. Versions never change.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/duvo/{year}/distribution/versions/{version:int}", GetDistributionVersion)
            .WithName("GetDuVoDistributionVersion")
            .RequireAccess(AccessRules.ReadDuVoDistribution)
            .WithSummary("Read one version of a year's DU VO distribution")
            .WithDescription("The distribution exactly as it was at that version, with what it paid.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDuVoDistributionChanges();

        group.MapPut("/centrumgemeenten/{code}/duvo/{year}/plan", PutPlan)
            .AddEndpointFilter<DocumentLimitsFilter<DuVoPlanDto>>()
            .WithName("PutDuVoPlan")
            .RequireAccess(AccessRules.WriteDuVoPlan)
            .WithSummary("Store a centrumgemeente's DU VO spend plan of a year")
            .WithDescription("Creates or replaces the plan: the payment (leave it out to take it from the stored national distribution of the year), the "
                + "spending categories with any parts paid from other sources, and the regiogemeenten with their co-financing key. The first PUT answers 201 "
                + "and needs no If-Match; a PUT over a stored plan needs If-Match with its ETag (428 without it, 412 when stale) and answers 200. "
                + "Every PUT is a new immutable version.")
            .Accepts<DuVoPlanDto>("application/json")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapGet("/centrumgemeenten/{code}/duvo/{year}/plan", GetPlan)
            .WithName("GetDuVoPlan")
            .RequireAccess(AccessRules.ReadDuVoPlan)
            .WithSummary("Read a centrumgemeente's DU VO spend plan of a year")
            .WithDescription("The plan at its latest version, with its ETag (also in the ETag header).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/centrumgemeenten/{code}/duvo/{year}/plan/versions", ListPlanVersions)
            .WithName("ListDuVoPlanVersions")
            .RequireAccess(AccessRules.ReadDuVoPlan)
            .WithSummary("List the versions of a DU VO spend plan")
            .WithDescription("Every version, oldest first. Versions never change.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/centrumgemeenten/{code}/duvo/{year}/plan/versions/{version:int}", GetPlanVersion)
            .WithName("GetDuVoPlanVersion")
            .RequireAccess(AccessRules.ReadDuVoPlan)
            .WithSummary("Read one version of a DU VO spend plan")
            .WithDescription("The plan exactly as it was at that version.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/centrumgemeenten/{code}/duvo/{year}/breakdown", GetBreakdown)
            .WithName("GetDuVoBreakdown")
            .RequireAccess(AccessRules.ReadDuVoPlan)
            .WithDuVoBreakdownCsv()
            .WithSummary("Break a centrumgemeente's DU VO payment down")
            .WithDescription("Computed from the latest plan (or ?version) and, when the plan enters no payment, the latest national distribution of the year; "
                + "plan and distribution name the versions used. Gives the payment; each category's amount, DU VO part and share; the parts other sources pay; "
                + "the shortfall or surplus; the shortfall split over the regiogemeenten by their key (adding up to it exactly, each within a cent of its quota); "
                + "and the findings (OVER_ALLOCATED, INELIGIBLE_COVERAGE, DUVO_SURPLUS). "
                + "A category's share is the percent (two decimals) of its DU VO-paid amount in the DU VO budget: the payment, plus the co-financing when the "
                + "costs exceed it. The categories' shares and unspent.share (the surplus's share of the payment) add up to exactly 100.00. "
                + "409 when the plan enters no payment and no stored distribution of the year includes the centrumgemeente.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/centrumgemeenten/{code}/duvo", GetTrend)
            .WithName("GetDuVoTrend")
            .RequireAccess(AccessRules.ReadDuVoPlan)
            .WithSummary("A centrumgemeente's DU VO breakdown per year")
            .WithDescription("The breakdown of every year it has a plan for (latest versions), oldest first, for trends; years whose payment is not known yet "
                + "are listed under unavailable with what is missing.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/centrumgemeenten", ListCentrumgemeenten)
            .WithName("ListCentrumgemeenten")
            .RequireAccess(AccessRules.ListCentrumgemeenten)
            .WithSummary("List the centrumgemeenten")
            .WithDescription("Every centrumgemeente with a stored plan or an entry in a stored national distribution, by CBS code, with its name, the years "
                + "of its plans and distributions, and its regiogemeenten (CBS code, name, inhabitants or fixed share) as its latest plan lists them.");

        routes.MapDuVoBreakdownChart();
        routes.MapDuVoBreakdowns();
        return group;
    }

    public static async Task<Results<Created<DuVoDistributionResourceDto>, Ok<DuVoDistributionResourceDto>, ValidationProblem, ProblemHttpResult>> PutDistribution(
        int year, DuVoDistributionDto distribution,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        DuVoDistributionStore store, MunicipalityListStore municipalities, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var (input, errors) = DuVoDistributionMapper.Read(distribution, year);
        if (input is null) return Problems.Validation(errors, "Invalid.Distribution");

        var expected = EntityTag.VersionIn(ifMatch, DuVoDistributionStore.ETagStem(year));
        var outcome = await store.PutAsync(year, expected, DuVoBodies.Serialize(input, distribution.Description), Caller.Required(user).Actor, ct);
        var registry = await municipalities.RegistryAsync(ct);
        return Written(outcome, DuVoProblems.OfDistribution(year), $"/v1/duvo/{year}/distribution", response, d => DistributionResource(year, d, registry, RequestLanguage.Of(response.HttpContext.Request)));
    }

    public static async Task<Results<Ok<DuVoDistributionResourceDto>, ValidationProblem, ProblemHttpResult>> GetDistribution(
        int year, DuVoDistributionStore store, MunicipalityListStore municipalities, HttpResponse response, CancellationToken ct)
    {
        var registry = await municipalities.RegistryAsync(ct);
        return Found(await store.FindAsync(year, version: null, ct), null, DuVoProblems.OfDistribution(year), response,
            d => DistributionResource(year, d, registry, RequestLanguage.Of(response.HttpContext.Request)));
    }

    public static async Task<Results<Ok<IReadOnlyList<DuVoVersionSummaryDto>>, ValidationProblem, ProblemHttpResult>> ListDistributionVersions(
        int year, DuVoDistributionStore store, CancellationToken ct)
    {
        var versions = await store.VersionsAsync(year, ct);
        if (versions.Count == 0) return DuVoProblems.NoDistribution(year);
        return TypedResults.Ok(Summaries(versions));
    }

    public static async Task<Results<Ok<DuVoDistributionResourceDto>, ValidationProblem, ProblemHttpResult>> GetDistributionVersion(
        int year, int version, DuVoDistributionStore store, MunicipalityListStore municipalities, HttpResponse response, CancellationToken ct)
    {
        var registry = await municipalities.RegistryAsync(ct);
        return Found(await store.FindAsync(year, version, ct), version, DuVoProblems.OfDistribution(year), response,
            d => DistributionResource(year, d, registry, RequestLanguage.Of(response.HttpContext.Request)));
    }

    public static async Task<Results<Created<DuVoPlanResourceDto>, Ok<DuVoPlanResourceDto>, ValidationProblem, ProblemHttpResult>> PutPlan(
        string code, int year, DuVoPlanDto plan,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        DuVoPlanStore store, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var (core, errors) = DuVoPlanMapper.Read(plan, code, year);
        if (core is null) return Problems.Validation(errors, "Invalid.Plan");

        var expected = EntityTag.VersionIn(ifMatch, DuVoPlanStore.ETagStem(code, year));
        var outcome = await store.PutAsync(code, year, core.Name, expected, DuVoBodies.Serialize(core, plan.Description), Caller.Required(user).Actor, ct);
        return Written(outcome, DuVoProblems.OfPlan(code, year), $"/v1/centrumgemeenten/{code}/duvo/{year}/plan", response, d => PlanResource(code, year, d));
    }

    public static async Task<Results<Ok<DuVoPlanResourceDto>, ValidationProblem, ProblemHttpResult>> GetPlan(
        string code, int year, DuVoPlanStore store, HttpResponse response, CancellationToken ct)
    {
        return Found(await store.FindAsync(code, year, version: null, ct), null, DuVoProblems.OfPlan(code, year), response, d => PlanResource(code, year, d));
    }

    public static async Task<Results<Ok<IReadOnlyList<DuVoVersionSummaryDto>>, ValidationProblem, ProblemHttpResult>> ListPlanVersions(
        string code, int year, DuVoPlanStore store, CancellationToken ct)
    {
        var versions = await store.VersionsAsync(code, year, ct);
        if (versions.Count == 0) return DuVoProblems.NoPlan(code, year);
        return TypedResults.Ok(Summaries(versions));
    }

    public static async Task<Results<Ok<DuVoPlanResourceDto>, ValidationProblem, ProblemHttpResult>> GetPlanVersion(
        string code, int year, int version, DuVoPlanStore store, HttpResponse response, CancellationToken ct)
    {
        return Found(await store.FindAsync(code, year, version, ct), version, DuVoProblems.OfPlan(code, year), response, d => PlanResource(code, year, d));
    }

    public static async Task<Results<Ok<DuVoBreakdownDto>, ValidationProblem, ProblemHttpResult>> GetBreakdown(
        string code, int year,
        [Description("The plan version to break down; default the latest.")] int? version,
        DuVoBreakdowns breakdowns, HttpRequest request, CancellationToken ct)
    {
        var outcome = await breakdowns.ForYearAsync(code, year, version, RequestLanguage.Of(request), ct);
        return outcome.Status switch
        {
            DuVoBreakdownStatus.Computed => TypedResults.Ok(outcome.Breakdown),
            DuVoBreakdownStatus.PaymentUnknown => DuVoProblems.PaymentUnknown(outcome.Missing!),
            DuVoBreakdownStatus.NoSuchVersion => DuVoProblems.NoSuchPlanVersion(code, year, version ?? 0),
            _ => DuVoProblems.NoPlan(code, year),
        };
    }

    public static async Task<Results<Ok<DuVoTrendDto>, ValidationProblem, ProblemHttpResult>> GetTrend(
        string code, DuVoBreakdowns breakdowns, HttpRequest request, CancellationToken ct)
    {
        var language = RequestLanguage.Of(request);
        var years = await breakdowns.ForCentrumgemeenteAsync(code, language, ct);
        if (years is null) return DuVoProblems.NoPlans(code);
        var computed = years.Where(y => y.Outcome.Breakdown is not null).Select(y => y.Outcome.Breakdown!).ToArray();
        var unavailable = years.Where(y => y.Outcome.Breakdown is null).Select(y => new DuVoUnavailableYearDto(y.Year, y.Outcome.Missing!.In(language))).ToArray();
        return TypedResults.Ok(new DuVoTrendDto(code, computed.LastOrDefault(b => b.Name is not null)?.Name, computed, unavailable));
    }

    public static async Task<Ok<IReadOnlyList<DuVoCentrumgemeenteDto>>> ListCentrumgemeenten(
        DuVoCentrumgemeenten centrumgemeenten, ClaimsPrincipal user, CancellationToken ct)
    {
        var caller = Caller.Required(user);
        var all = await centrumgemeenten.ListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<DuVoCentrumgemeenteDto>>(caller.IsAdmin ? all : all.Where(c => caller.CanSee(c.Code)).ToArray());
    }

    private static Results<Created<T>, Ok<T>, ValidationProblem, ProblemHttpResult> Written<T>(
        WriteOutcome outcome, DocumentProblems problems, string location, HttpResponse response, Func<StoredDocument, T> resource)
    {
        if (problems.Of(outcome.Status, outcome.Document?.ETag, response) is { } problem) return problem;
        return outcome.Status == WriteStatus.Created
            ? TypedResults.Created(location, resource(outcome.Document!))
            : TypedResults.Ok(resource(outcome.Document!));
    }

    private static Results<Ok<T>, ValidationProblem, ProblemHttpResult> Found<T>(
        ReadOutcome found, int? version, DocumentProblems problems, HttpResponse response, Func<StoredDocument, T> resource)
    {
        if (problems.Of(found.Status, version) is { } problem) return problem;
        response.Headers.ETag = found.Document!.ETag;
        return TypedResults.Ok(resource(found.Document));
    }

    private static DuVoDistributionResourceDto DistributionResource(int year, StoredDocument stored, MunicipalityRegistry municipalities, MessageLanguage language) => new(
        year, stored.Version, stored.ETag, stored.CreatedAt, stored.UpdatedAt,
        DuVoBodies.DistributionDto(stored.Body),
        DuVoDistributionMapper.ToDto(DuVoDistribution.Calculate(DuVoBodies.Distribution(stored.Body, year), municipalities), language));

    private static DuVoPlanResourceDto PlanResource(string code, int year, StoredDocument stored) => new(
        code, year, stored.Version, stored.ETag, stored.CreatedAt, stored.UpdatedAt, DuVoBodies.PlanDto(stored.Body));

    private static IReadOnlyList<DuVoVersionSummaryDto> Summaries(IReadOnlyList<StoredDocument> versions) =>
        versions.Select(v => new DuVoVersionSummaryDto(v.Version, v.ETag, v.UpdatedAt)).ToArray();
}
