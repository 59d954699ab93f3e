using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BudgetEngine.Api.Infrastructure.Telemetry;

/// <summary>
/// The API's own traces and metrics, both named <see cref="Name"/>: spans for mapping, reconciling and writing a
/// reconciliation, and the counters and histogram docs/observability.md lists. The core knows nothing of them.
/// </summary>
public sealed class ApiTelemetry : IDisposable
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "BudgetEngine.Api";

    private readonly Counter<long> _reconciliations;
    private readonly Histogram<double> _reconciliationDuration;
    private readonly Counter<long> _findings;
    private readonly Counter<long> _busyRetries;
    private readonly Counter<long> _unavailable;

    public ApiTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _reconciliations = meter.CreateCounter<long>("budgetengine.reconciliations", "{reconciliation}",
            "Reconciliations computed (its rate is reconciliations per second), by kind: stateless (POST /v1/reconciliations) or stored.");
        _reconciliationDuration = meter.CreateHistogram<double>("budgetengine.reconciliation.duration", "s",
            "How long reconciling one scenario took (the core's work, without reading the body or writing the answer).");
        _findings = meter.CreateCounter<long>("budgetengine.findings", "{finding}", "Findings of the reconciliations computed, by finding code.");
        _busyRetries = meter.CreateCounter<long>("budgetengine.database.busy_retries", "{retry}", "Database work retried because SQLite was busy or locked.");
        _unavailable = meter.CreateCounter<long>("budgetengine.database.unavailable", "{response}",
            "Requests answered 503 because of the database, by reason: busy (still busy or locked after the retries) or unwritable.");
    }

    /// <summary>The spans' source.</summary>
    public ActivitySource Source { get; } = new(Name);

    /// <summary>Counts one reconciliation of <paramref name="kind"/> that took <paramref name="elapsed"/>, and its findings by code.</summary>
    public void Reconciled(string kind, TimeSpan elapsed, IEnumerable<string> findingCodes)
    {
        var tag = new KeyValuePair<string, object?>("budgetengine.reconciliation.kind", kind);
        _reconciliations.Add(1, tag);
        _reconciliationDuration.Record(elapsed.TotalSeconds, tag);
        foreach (var code in findingCodes) _findings.Add(1, new KeyValuePair<string, object?>("budgetengine.finding.code", code));
    }

    /// <summary>Counts one retry of database work that met a busy or locked database.</summary>
    public void BusyRetry() => _busyRetries.Add(1);

    /// <summary>Counts one 503 answered for the database, <paramref name="reason"/> busy or unwritable.</summary>
    public void Unavailable(string reason) => _unavailable.Add(1, new KeyValuePair<string, object?>("budgetengine.database.reason", reason));

    public void Dispose() => Source.Dispose();
}
