using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BudgetEngine.Api.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry for the API: a trace per request (ASP.NET Core instrumentation) with the API's own spans, and the API's and
/// ASP.NET Core's metrics; exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the
/// other <c>OTEL_*</c> variables itself). Logs carry the trace and span id in their scope, which the JSON console formatter
/// (<c>Logging:Console:FormatterName=json</c>) writes. docs/observability.md says how to collect them.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>The variable that turns the OTLP exporter on.</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IHostApplicationBuilder AddBudgetEngineTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ApiTelemetry>();
        builder.Services.AddSingleton<ReconciliationSpans>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ApiTelemetry.Name))
            .WithTracing(tracing => tracing.AddSource(ApiTelemetry.Name).AddAspNetCoreInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(ApiTelemetry.Name).AddAspNetCoreInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpoint])) telemetry.UseOtlpExporter();

        // Every log record in a request names its trace (the host's default, said here as the JSON logs rely on it), and
        // the JSON formatter writes the scopes that hold it.
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Services.Configure<JsonConsoleFormatterOptions>(options => options.IncludeScopes = true);
        return builder;
    }
}
