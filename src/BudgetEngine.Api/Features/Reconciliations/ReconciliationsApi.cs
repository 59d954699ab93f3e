using BudgetEngine.Api.Features.DuVo;
using BudgetEngine.Api.Infrastructure.Languages;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Idempotency;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Api.Infrastructure.Telemetry;
using BudgetEngine.Formats.Write;
using BudgetEngine.Core.Reconciliation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Features.Reconciliations;

/// <summary>Stateless reconciliation: a scenario in, its reconciliation out, nothing stored.</summary>
public static class ReconciliationsApi
{
    public static RouteGroupBuilder MapReconciliations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/reconciliations")
            .WithTags("Reconciliations")
            .RequireRateLimiting(RateLimits.PerKey)
            .WithScenarioLimits()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        group.MapPost("", Reconcile)
            .WithRecomputedIdempotency<ScenarioDto>()
            .WithName("Reconcile")
            .RequireAccess(AccessRules.Reconcile)
            .WithReconciliationCsv()
            .WithSummary("Reconcile a scenario without storing it")
            .WithDescription("Does the budget close, year by year and source by source? Returns for every year the opening balance, income, costs and closing balance "
                + "(the budget's \"Resultaat\") for the whole budget and per source, how each line is paid, and the findings: over-allocation, uncovered costs, "
                + "conditional funding, declared totals that differ, unknown sources (with the nearest code), ineligible coverage and lapsed money. "
                + "?recognition=pro-rata spreads grants over their period; ?includeConditional=false answers \"what if the conditional grants are not awarded?\". "
                + "When lines give actuals or grants received amounts, every year also answers its realisatie (budgeted, actual and difference, per source) "
                + "and the findings OVERSPENT_LINE and GRANT_UNDERSPENT; ?basis=actuals reconciles the realised figures (the budget where none are given), "
                + "so the closing balances are the realised ones. "
                + "?allocations=false leaves the allocations out (the property is absent; everything else is unchanged): years, per-source balances and findings "
                + "at about a tenth of the size, for systems that only ask whether it closes. "
                + "Nothing is stored (except the response under an Idempotency-Key, if sent).")
            .Accepts<ScenarioDto>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return group;
    }

    public static async Task<Results<ReconciliationJsonResult, ValidationProblem>> Reconcile(
        ScenarioDto scenario,
        [AsParameters] ReconciliationQuery query,
        [AsParameters] ReconciliationViewQuery view,
        [FromHeader(Name = IdempotencyFilter<ScenarioDto>.Header)] string? idempotencyKey,
        HttpRequest request,
        ReconciliationSpans spans,
        DuVoTransfers transfers,
        CancellationToken ct)
    {
        var (options, queryErrors) = query.Read();
        if (options is null) return Problems.Validation(queryErrors, "Invalid.Query");
        var (core, errors) = spans.Map(() => ScenarioMapper.Read(scenario));
        if (core is null) return Problems.Validation(errors, "Invalid.Scenario");
        // Written straight from the core's records into the response (docs/decisions); filters still see the DTO (CSV export).
        var reconciliation = spans.Reconcile(core, options, ReconciliationSpans.Stateless);
        // Grants passed on by a centrumgemeente are compared with the transfers of its stored plan (the caller sees the comparison, not the plan).
        var origins = await transfers.OriginsAsync(core.Scenario, ct);
        if (!origins.IsEmpty) reconciliation = Reconciler.WithTransfers(reconciliation, core.Scenario, origins.Plans);
        return new ReconciliationJsonResult(reconciliation, view.Read(), RequestLanguage.Of(request))
        {
            LineOrder = core.Scenario.Lines.Select(l => l.Name).ToArray(),
        };
    }
}
