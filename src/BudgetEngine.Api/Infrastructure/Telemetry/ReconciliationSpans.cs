using System.Diagnostics;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Api.Infrastructure.Telemetry;

/// <summary>
/// The three steps of answering a reconciliation, each a span of <see cref="ApiTelemetry"/>: <c>budgetengine.mapping</c>
/// (the wire scenario read into the core's), <c>budgetengine.reconciling</c> (tagged with the scenario's lines, years and
/// sources and the funding network's flow phases; counted in the metrics) and <c>budgetengine.writing</c> (the answer written).
/// </summary>
public sealed class ReconciliationSpans(ApiTelemetry telemetry)
{
    /// <summary>The reconciliation kind of POST /v1/reconciliations.</summary>
    public const string Stateless = "stateless";

    /// <summary>The reconciliation kind of a stored scenario's version.</summary>
    public const string Stored = "stored";

    /// <summary>Reads a scenario into the core's (<paramref name="read"/>: from the wire or from its stored body) under a mapping span.</summary>
    public T Map<T>(Func<T> read)
    {
        using var span = telemetry.Source.StartActivity("budgetengine.mapping");
        return read();
    }

    /// <summary>Reconciles <paramref name="scenario"/> under a reconciling span, and counts it.</summary>
    public BudgetReconciliation Reconcile(ValidatedScenario scenario, ReconciliationOptions options, string kind)
    {
        using var span = telemetry.Source.StartActivity("budgetengine.reconciling");
        var started = Stopwatch.GetTimestamp();
        var reconciliation = Reconciler.Reconcile(scenario, options, out var flowPhases);
        var elapsed = Stopwatch.GetElapsedTime(started);
        telemetry.Reconciled(kind, elapsed, reconciliation.Findings.Select(f => f.Code));
        if (span is not null)
        {
            var shape = scenario.Scenario;
            span.SetTag("budgetengine.reconciliation.kind", kind);
            span.SetTag("budgetengine.lines", shape.Lines.Count);
            span.SetTag("budgetengine.years", shape.LastYear - shape.FirstYear + 1);
            span.SetTag("budgetengine.sources", shape.Sources.Count);
            span.SetTag("budgetengine.flow_phases", flowPhases);
            span.SetTag("budgetengine.findings", reconciliation.Findings.Count);
        }
        return reconciliation;
    }

    /// <summary>A writing span, open until disposed.</summary>
    public Activity? Writing() => telemetry.Source.StartActivity("budgetengine.writing");
}
