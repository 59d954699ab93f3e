using BudgetEngine.Api.Features.DuVo;
using BudgetEngine.Api.Infrastructure.Telemetry;
using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Api.Infrastructure.Languages;
using BudgetEngine.Api.Infrastructure.Paging;
using BudgetEngine.Api.Infrastructure.Versioning;
using System.Text.Json;
using BudgetEngine.Api.Features.Scenarios;
using System.Security.Claims;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Idempotency;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Features.Reconciliations;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Formats.Write;
using BudgetEngine.Core.Amendments;
using BudgetEngine.Core.Comparison;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>Stored scenarios: create, read, change and delete with optimistic concurrency; every change an immutable version.</summary>
public static class ScenariosApi
{
    /// <summary>Every /v1/scenarios route: the stored scenarios with their versions, reconciliation and comparison, the import of a budget table, the export and the chart.</summary>
    public static RouteGroupBuilder MapScenarios(this IEndpointRouteBuilder routes)
    {
        var scenarios = routes.MapGroup("/v1/scenarios");

        var group = scenarios.MapGroup("")
            .WithTags("Scenarios")
            .RequireRateLimiting(RateLimits.PerKey)
            .WithScenarioLimits()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("", CreateScenario)
            .WithIdempotency<ScenarioDto>()
            .WithName("CreateScenario")
            .RequireAccess(AccessRules.CreateScenario)
            .WithSummary("Store a scenario")
            .WithDescription("Validates the scenario and stores it as version 1. Answers 201 with Location and ETag; keep the ETag to change or delete it. "
                + "Send an Idempotency-Key to make a retry safe: a replay returns the first response, the same key with another body answers 422.")
            .Accepts<ScenarioDto>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("", ListScenarios)
            .WithName("ListScenarios")
            .RequireAccess(AccessRules.ListScenarios)
            .WithSummary("List scenarios")
            .WithDescription("The scenarios that are not deleted, oldest first, a page at a time; filter by organisation (exact, ignoring case) and by a part of the name. "
                + "A key sees only its own organisation's scenarios; admin sees all.");

        group.MapGet("/{id}", GetScenario)
            .WithName("GetScenario")
            .RequireAccess(AccessRules.ReadScenario)
            .WithSummary("Read a scenario")
            .WithDescription("The scenario at its latest version, with its ETag (also in the ETag header). A deleted scenario answers 410; its versions remain readable.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        group.MapPut("/{id}", UpdateScenario)
            .WithName("UpdateScenario")
            .RequireAccess(AccessRules.WriteScenario)
            .WithSummary("Change a scenario")
            .WithDescription("Replaces the scenario with the body as a new version; the old version is kept. Requires If-Match with the ETag you read: "
                + "428 without it, 412 when someone changed the scenario since (the problem's currentETag names the current version).")
            .Accepts<ScenarioDto>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id}", DeleteScenario)
            .WithName("DeleteScenario")
            .RequireAccess(AccessRules.WriteScenario)
            .WithSummary("Delete a scenario")
            .WithDescription("Ends the scenario with a tombstone version; nothing is erased and GET /v1/scenarios/{id}/versions still shows its history. Requires If-Match like PUT.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapGet("/{id}/versions", ListVersions)
            .WithName("ListScenarioVersions")
            .RequireAccess(AccessRules.ReadScenario)
            .WithSummary("List a scenario's versions")
            .WithDescription("Every version, oldest first: 1 is the creation, each change adds one, a deletion adds a tombstone (deleted: true). Versions never change.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/versions/{version:int}", GetVersion)
            .WithName("GetScenarioVersion")
            .RequireAccess(AccessRules.ReadScenario)
            .WithSummary("Read one version of a scenario")
            .WithDescription("The scenario exactly as it was at that version (deleted scenarios included).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/versions/{version:int}/changes", VersionChanges)
            .WithName("GetScenarioVersionChanges")
            .RequireAccess(AccessRules.ReadScenario)
            .WithAmendmentSheets()
            .WithSummary("What a version changes: the begrotingswijziging")
            .WithDescription("Version {version} against version ?from (default the one before): each line-year and grant added, removed or changed, and "
                + "every year's closing balance before and after for the budget, each source and unfunded, with the reason and decision the version was "
                + "stored with. ?from=0 (the default for version 1) counts from the empty budget, so the whole first version is added. ?recognition and "
                + "?includeConditional as for the reconciliation. 404 for a version the scenario does not have; 400 when from is not an earlier version.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/reconciliation", ReconcileScenario)
            .WithName("ReconcileScenario")
            .RequireAccess(AccessRules.ReadScenario)
            .WithReconciliationCsv()
            .WithSummary("Reconcile a stored scenario")
            .WithDescription("Reconciles the latest version, or the one ?version names: per year and per source opening balance, income, costs and closing balance, "
                + "each line's allocation, and the findings. ?recognition, ?includeConditional, ?basis and ?allocations as for POST /v1/reconciliations. "
                + "Served from a cache with a strong ETag per version, options and view (full or ?allocations=false); If-None-Match with it answers 304. "
                + "A client whose Accept-Encoding allows gzip gets the body gzip-coded (Content-Encoding: gzip, compressed once when cached, with its own ETag "
                + "ending in -gzip); every answer says Vary: Accept-Encoding.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        group.MapGet("/{id}/comparison/{otherId}", CompareScenarios)
            .WithName("CompareScenarios")
            .RequireAccess(AccessRules.ReadScenario)
            .WithComparisonSheets()
            .WithSummary("Compare two stored scenarios")
            .WithDescription("Reconciles both (latest versions, or ?version and ?otherVersion) under the same options and gives, per year, both balances and "
                + "the difference (other minus this), the same per source, the findings that appear, disappear or change in the other, and the "
                + "line-years and grants the other adds, removes or changes (as GET .../versions/{n}/changes lists them).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        var files = scenarios.MapGroup("")
            .RequireRateLimiting(RateLimits.PerKey)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        files.MapImport();
        files.MapImportVersion();
        files.MapExport();
        files.MapReconciliationChart();
        return scenarios;
    }

    public static async Task<Results<Created<ScenarioResourceDto>, ValidationProblem>> CreateScenario(
        ScenarioDto scenario,
        [FromHeader(Name = IdempotencyFilter<ScenarioDto>.Header)] string? idempotencyKey,
        ScenarioStore store, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var (core, errors) = ScenarioMapper.Read(scenario);
        if (core is null) return Problems.Validation(errors, "Invalid.Scenario");
        // Under an Idempotency-Key the filter holds the write transaction: the scenario, its audit record and the key's response commit together.
        var (id, stored) = await store.CreateAsync(core.Scenario.Organisation, core.Scenario.Name, ScenarioBodies.Serialize(core), Caller.Required(user).Actor,
            IdempotencyFilter.WriteOf(response.HttpContext), ct);
        response.Headers.ETag = stored.ETag;
        return TypedResults.Created($"/v1/scenarios/{id}", ScenarioBodies.Resource(id, stored));
    }

    public static async Task<Results<Ok<PageDto<ScenarioSummaryDto>>, ValidationProblem>> ListScenarios(
        [AsParameters] ScenarioListQuery query, ScenarioStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        var (page, pageSize, errors) = query.Paging.Read();
        if (errors.Count > 0) return Problems.Validation(errors, "Invalid.Query");

        var visibleTo = Caller.Required(user).VisibleOrganisation; // others' scenarios are not listed, not even counted
        var (items, total) = await store.ListAsync(Blank(query.Organisation), Blank(query.Name), visibleTo, page, pageSize, ct);
        return TypedResults.Ok(new PageDto<ScenarioSummaryDto>(
            items.Select(s => new ScenarioSummaryDto(s.Id, s.Organisation, s.Name, s.Document.Version, s.Document.ETag, s.Document.CreatedAt, s.Document.UpdatedAt)).ToArray(),
            page, pageSize, total));
    }

    public static async Task<Results<Ok<ScenarioResourceDto>, ProblemHttpResult>> GetScenario(
        string id, ScenarioStore store, HttpResponse response, CancellationToken ct)
    {
        var found = await store.FindAsync(id, version: null, ct);
        if (ScenarioProblems.Of(id).Of(found.Status, null) is { } problem) return problem;
        response.Headers.ETag = found.Document!.ETag;
        return TypedResults.Ok(ScenarioBodies.Resource(id, found.Document));
    }

    public static async Task<Results<Ok<ScenarioResourceDto>, ValidationProblem, ProblemHttpResult>> UpdateScenario(
        string id, ScenarioDto scenario,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        ScenarioStore store, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ifMatch)) return ScenarioProblems.PreconditionRequired();
        var (core, errors) = ScenarioMapper.Read(scenario);
        if (core is null) return Problems.Validation(errors, "Invalid.Scenario");

        var outcome = await store.UpdateAsync(id, EntityTag.VersionIn(ifMatch, ScenarioStore.ETagStem(id))!.Value, core.Scenario.Organisation, core.Scenario.Name, ScenarioBodies.Serialize(core),
            Caller.Required(user).Actor, ct);
        return ScenarioProblems.Of(id).Of(outcome.Status, outcome.Document?.ETag, response) is { } problem
            ? problem
            : TypedResults.Ok(ScenarioBodies.Resource(id, outcome.Document!));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteScenario(
        string id,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        ScenarioStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ifMatch)) return ScenarioProblems.PreconditionRequired();
        var outcome = await store.DeleteAsync(id, EntityTag.VersionIn(ifMatch, ScenarioStore.ETagStem(id))!.Value, Caller.Required(user).Actor, ct);
        // A deletion answers no body and no ETag, not even when it missed the current version.
        return ScenarioProblems.Of(id).Of(outcome.Status, outcome.Document?.ETag, response: null) is { } problem ? problem : TypedResults.NoContent();
    }

    public static async Task<Results<Ok<IReadOnlyList<VersionSummaryDto>>, ProblemHttpResult>> ListVersions(
        string id, ScenarioStore store, CancellationToken ct)
    {
        var versions = await store.VersionsAsync(id, ct);
        if (versions.Count == 0) return ScenarioProblems.NotFound(id);
        return TypedResults.Ok<IReadOnlyList<VersionSummaryDto>>(
            versions.Select(v => new VersionSummaryDto(v.Version, v.ETag, v.UpdatedAt, v.Deleted)).ToArray());
    }

    public static async Task<Results<Ok<ScenarioVersionDto>, ProblemHttpResult>> GetVersion(
        string id, int version, ScenarioStore store, HttpResponse response, CancellationToken ct)
    {
        var found = await store.FindAsync(id, version, ct);
        if (ScenarioProblems.Of(id).Of(found.Status, version) is { } problem) return problem;
        var stored = found.Document!;
        response.Headers.ETag = stored.ETag;
        return TypedResults.Ok(new ScenarioVersionDto(id, stored.Version, stored.ETag, stored.UpdatedAt, stored.Deleted, ScenarioBodies.ToDto(stored.Body)));
    }

    public static async Task<Results<CachedReconciliationResult, ValidationProblem, ProblemHttpResult>> ReconcileScenario(
        string id,
        [AsParameters] ReconciliationQuery query,
        [AsParameters] ReconciliationViewQuery view,
        [System.ComponentModel.Description("The version to reconcile; default the latest.")] int? version,
        [FromHeader(Name = "If-None-Match"), System.ComponentModel.Description("The ETag of a reconciliation you hold; 304 without a body when it is still current.")] string? ifNoneMatch,
        ScenarioStore store, ReconciliationCache cache, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, ReconciliationSpans spans, DuVoTransfers transfers, HttpContext http, CancellationToken ct)
    {
        var (options, errors) = query.Read();
        if (options is null) return Problems.Validation(errors, "Invalid.Query");
        // A version never changes: its reconciliation is computed once and then served from the cache (docs/decisions).
        var number = version;
        if (number is null)
        {
            var current = await store.CurrentVersionAsync(id, ct);
            if (current is null) return ScenarioProblems.NotFound(id);
            if (current.Value.Deleted) return ScenarioProblems.Gone(id);
            number = current.Value.Version;
        }
        var shown = view.Read();
        var language = RequestLanguage.Of(http.Request);
        var entry = cache.Find(id, number.Value, options, shown, language);
        if (entry is null)
        {
            var found = await store.FindAsync(id, number, ct);
            if (ScenarioProblems.Of(id).Of(found.Status, number) is { } problem) return problem;
            var scenario = spans.Map(() => ScenarioBodies.ToScenario(found.Document!.Body));
            var reconciliation = spans.Reconcile(scenario, options, ReconciliationSpans.Stored);
            // Grants passed on by a centrumgemeente are compared with its plan's transfers: the plan may change while the version does not,
            // so such a reconciliation is not cached and its ETag names the plan versions read.
            var origins = await transfers.OriginsAsync(scenario.Scenario, ct);
            if (!origins.IsEmpty) reconciliation = Reconciler.WithTransfers(reconciliation, scenario.Scenario, origins.Plans);
            byte[] written;
            using (spans.Writing()) written = ReconciliationJsonWriter.ToUtf8Bytes(reconciliation, shown, language, json.Value.SerializerOptions.Encoder);
            var lineOrder = scenario.Scenario.Lines.Select(l => l.Name).ToArray();
            entry = origins.IsEmpty
                ? cache.Add(id, number.Value, options, shown, language, written, lineOrder)
                : ReconciliationCache.Uncached(id, number.Value, options, shown, language, written, lineOrder, origins.VersionTag);
        }
        // The ETag names the JSON: a request for a sheet (CSV, xlsx) is never answered 304 from it.
        var wantsSheet = SheetNegotiation.Preferred(http.Request) != SheetNegotiation.Representation.Json;
        return new CachedReconciliationResult(entry, ContentCoding.AcceptsGzip(http.Request.Headers.AcceptEncoding), wantsSheet ? null : ifNoneMatch, json.Value.SerializerOptions);
    }

    public static async Task<Results<Ok<BudgetAmendmentDto>, ValidationProblem, ProblemHttpResult>> VersionChanges(
        string id, int version,
        [AsParameters] ReconciliationQuery query,
        [System.ComponentModel.Description("The earlier version the changes are counted from; default the version before {version}; 0 is the empty budget before version 1.")] int? from,
        ScenarioStore store, CancellationToken ct)
    {
        var (options, errors) = query.Read();
        if (options is null) return Problems.Validation(errors, "Invalid.Query");
        var later = await store.FindAsync(id, version, ct);
        if (ScenarioProblems.Of(id).Of(later.Status, version) is { } laterProblem) return laterProblem;
        var earlierVersion = from ?? version - 1;
        if (earlierVersion < 0 || earlierVersion >= version)
        {
            var text = ValidationTexts.Of("Amendment.FromNotEarlier", MessageArgument.Number(version), MessageArgument.Number(version - 1));
            return Problems.Validation([new ValidationError(FieldPath.Parameter("from"), text)], "Invalid.Query");
        }
        var after = ScenarioBodies.ToScenario(later.Document!.Body);
        Core.Scenarios.Scenario before;
        if (earlierVersion == 0)
        {
            // Version 0 is the budget before the first version: the first version's changes are all of it, added.
            before = BudgetAmendment.NothingBefore(after);
        }
        else
        {
            var earlier = await store.FindAsync(id, earlierVersion, ct);
            if (ScenarioProblems.Of(id).Of(earlier.Status, earlierVersion) is { } earlierProblem) return earlierProblem;
            before = ScenarioBodies.ToScenario(earlier.Document!.Body);
        }

        var amendment = BudgetAmendment.Between(before, Reconciler.Reconcile(before, options), after, Reconciler.Reconcile(after, options));
        return TypedResults.Ok(AmendmentMapper.ToDto(
            new ScenarioReferenceDto(id, earlierVersion, before.Organisation, before.Name),
            new ScenarioReferenceDto(id, version, after.Scenario.Organisation, after.Scenario.Name),
            options,
            amendment));
    }

    public static async Task<Results<Ok<ComparisonDto>, ValidationProblem, ProblemHttpResult>> CompareScenarios(
        string id, string otherId,
        [AsParameters] ReconciliationQuery query,
        [System.ComponentModel.Description("The version of {id} to compare; default the latest.")] int? version,
        [System.ComponentModel.Description("The version of {otherId} to compare; default the latest.")] int? otherVersion,
        ScenarioStore store, HttpRequest request, CancellationToken ct)
    {
        var (options, errors) = query.Read();
        if (options is null) return Problems.Validation(errors, "Invalid.Query");
        var baseline = await store.FindAsync(id, version, ct);
        if (ScenarioProblems.Of(id).Of(baseline.Status, version) is { } baselineProblem) return baselineProblem;
        var alternative = await store.FindAsync(otherId, otherVersion, ct);
        if (ScenarioProblems.Of(otherId).Of(alternative.Status, otherVersion) is { } alternativeProblem) return alternativeProblem;

        var baselineScenario = ScenarioBodies.ToScenario(baseline.Document!.Body);
        var alternativeScenario = ScenarioBodies.ToScenario(alternative.Document!.Body);
        var comparison = ScenarioComparer.Compare(Reconciler.Reconcile(baselineScenario, options), Reconciler.Reconcile(alternativeScenario, options));
        var lines = LineChanges.Between(baselineScenario, alternativeScenario);
        var grants = GrantChanges.Between(baselineScenario, alternativeScenario);
        return TypedResults.Ok(ComparisonMapper.ToDto(
            new ScenarioReferenceDto(id, baseline.Document.Version, baselineScenario.Scenario.Organisation, baselineScenario.Scenario.Name),
            new ScenarioReferenceDto(otherId, alternative.Document.Version, alternativeScenario.Scenario.Organisation, alternativeScenario.Scenario.Name),
            options,
            comparison,
            RequestLanguage.Of(request),
            lines,
            grants));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
