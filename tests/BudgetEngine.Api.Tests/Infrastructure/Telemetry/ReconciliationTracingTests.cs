using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BudgetEngine.Api.Tests.Infrastructure.Telemetry;

/// <summary>
/// One POST /v1/reconciliations as a trace, read with OpenTelemetry's in-memory exporter: the request's server span with
/// the API's mapping, reconciling and writing spans under it, the reconciling span tagged with the scenario's shape; and
/// the reconciliation counted in the metrics. The request names its own trace (traceparent), so spans of other tests that
/// run at the same time are told apart.
/// </summary>
public sealed class ReconciliationTracingTests : IDisposable
{
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];
    private readonly BudgetEngineApplication _app;

    public ReconciliationTracingTests() => _app = new BudgetEngineApplication
    {
        TestServices = services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics)),
    };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_reconciliation_is_one_trace_with_spans_for_mapping_reconciling_and_writing()
    {
        var trace = ActivityTraceId.CreateRandom();

        (await Post(trace)).EnsureSuccessStatusCode();

        var spans = await SpansOf(trace);
        var server = spans.Single(s => s.Kind == ActivityKind.Server);
        spans.Where(s => s.Kind == ActivityKind.Internal).Select(s => s.DisplayName)
            .Should().Equal("budgetengine.mapping", "budgetengine.reconciling", "budgetengine.writing");
        spans.Where(s => s.Kind == ActivityKind.Internal).Should().OnlyContain(s => s.ParentSpanId == server.SpanId, "each step is a child of the request's span");
    }

    [Fact]
    public async Task The_reconciling_span_names_the_scenarios_lines_years_and_sources_and_the_flow_phases()
    {
        // The Gooi en Vechtstreek sample: its lines and sources as the file lists them, the years 2018 to 2021 (4).
        var sample = JsonNode.Parse(Repository.GooiEnVechtstreek)!;
        var trace = ActivityTraceId.CreateRandom();

        (await Post(trace)).EnsureSuccessStatusCode();

        var reconciling = (await SpansOf(trace)).Single(s => s.DisplayName == "budgetengine.reconciling");
        reconciling.GetTagItem("budgetengine.lines").Should().Be(sample["lines"]!.AsArray().Count);
        reconciling.GetTagItem("budgetengine.years").Should().Be(4);
        reconciling.GetTagItem("budgetengine.sources").Should().Be(sample["sources"]!.AsArray().Count);
        ((int)reconciling.GetTagItem("budgetengine.flow_phases")!).Should().BePositive();
        reconciling.GetTagItem("budgetengine.reconciliation.kind").Should().Be("stateless");
    }

    [Fact]
    public async Task A_reconciliation_is_counted_with_its_duration_and_its_findings_by_code()
    {
        (await Post(ActivityTraceId.CreateRandom())).EnsureSuccessStatusCode();

        _app.Services.GetRequiredService<MeterProvider>().ForceFlush().Should().BeTrue();
        Sum("budgetengine.reconciliations").Should().BeGreaterThanOrEqualTo(1);
        _metrics.Should().Contain(m => m.Name == "budgetengine.reconciliation.duration" && m.Unit == "s");
        // The sample names source GNHT, which the scenario does not have: an UNKNOWN_SOURCE finding among others.
        Points("budgetengine.findings").Should().Contain(p => Tag(p, "budgetengine.finding.code") == "UNKNOWN_SOURCE");
    }

    private async Task<HttpResponseMessage> Post(ActivityTraceId trace)
    {
        var client = await _app.CreateClientAsync("finance-officer", "Regio Gooi en Vechtstreek");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/reconciliations") { Content = Http.Json(Repository.GooiEnVechtstreek) };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        return await client.SendAsync(request);
    }

    /// <summary>The ended spans of <paramref name="trace"/>, once the request's own span has ended (just after the answer).</summary>
    private async Task<IReadOnlyList<Activity>> SpansOf(ActivityTraceId trace)
    {
        for (var wait = 0; wait < 100; wait++)
        {
            lock (_spans)
            {
                var spans = _spans.Where(s => s.TraceId == trace).ToArray();
                if (spans.Any(s => s.Kind == ActivityKind.Server)) return spans.OrderBy(s => s.StartTimeUtc).ToArray();
            }
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"no server span of trace {trace} ended within five seconds");
    }

    private List<MetricPoint> Points(string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in _metrics.Where(m => m.Name == name))
            foreach (ref readonly var point in metric.GetMetricPoints())
                points.Add(point);
        return points;
    }

    private long Sum(string name) => Points(name).Sum(p => p.GetSumLong());

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags) if (tag.Key == key) return tag.Value as string;
        return null;
    }
}
