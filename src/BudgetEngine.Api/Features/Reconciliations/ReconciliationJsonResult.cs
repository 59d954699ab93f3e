using System.Reflection;
using System.Text.Encodings.Web;
using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Api.Infrastructure.Telemetry;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Features.Reconciliations;

/// <summary>
/// 200 with a reconciliation written straight into the response body by <see cref="ReconciliationJsonWriter"/>: the same
/// bytes as <c>Ok&lt;ReconciliationDto&gt;</c> (escaped with the encoder of the application's HTTP JSON options, as Ok
/// serializes with those) without building the DTO graph or one large buffer. Described in OpenAPI as that Ok (a 200 with
/// a <see cref="ReconciliationDto"/> as application/json). Like it, it offers its value to endpoint filters that write
/// another representation (the CSV export); the DTO is mapped only when one asks.
/// </summary>
public sealed class ReconciliationJsonResult(BudgetReconciliation reconciliation, ReconciliationView view, MessageLanguage language)
    : IResult, IEndpointMetadataProvider, IValueHttpResult<ReconciliationDto>, IValueHttpResult, IStatusCodeHttpResult, IContentTypeHttpResult, ILineOrdered
{
    private ReconciliationDto? _value;

    /// <summary>The reconciliation sent.</summary>
    public BudgetReconciliation Reconciliation { get; } = reconciliation;

    /// <summary>How much of it is sent.</summary>
    public ReconciliationView View { get; } = view;

    /// <summary>The scenario's line names in its order, for the sheets.</summary>
    public IReadOnlyList<string>? LineOrder { get; init; }

    /// <summary>The language of the findings' messages.</summary>
    public MessageLanguage Language { get; } = language;

    /// <summary>The reconciliation as its DTO in <see cref="View"/>, mapped on first use.</summary>
    public ReconciliationDto Value => _value ??= ReconciliationMapper.ToDto(Reconciliation, View, Language);

    object? IValueHttpResult.Value => Value;

    /// <summary>Always 200.</summary>
    public int? StatusCode => StatusCodes.Status200OK;

    /// <summary>application/json; charset=utf-8, as <c>Ok&lt;T&gt;</c> sends it.</summary>
    public string ContentType => "application/json; charset=utf-8";

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        using var writing = httpContext.RequestServices.GetService<ReconciliationSpans>()?.Writing();
        try
        {
            await ReconciliationJsonWriter.WriteAsync(response.BodyWriter, Reconciliation, View, Language, EncoderOf(httpContext), httpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; as WriteAsJsonAsync does, nothing more to send and nothing to report.
        }
    }

    /// <summary>The encoder Ok&lt;T&gt; would serialize with: the one of the HTTP JSON options (UnsafeRelaxedJsonEscaping unless configured).</summary>
    private static JavaScriptEncoder? EncoderOf(HttpContext httpContext) =>
        (httpContext.RequestServices.GetService<IOptions<JsonOptions>>()?.Value ?? new JsonOptions()).SerializerOptions.Encoder;

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ReconciliationDto), ["application/json"]));
}
