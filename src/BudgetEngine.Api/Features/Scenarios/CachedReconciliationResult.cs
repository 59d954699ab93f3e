using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Api.Infrastructure.Versioning;
using System.Reflection;
using System.Text.Json;
using BudgetEngine.Contracts;
using Microsoft.AspNetCore.Http.Metadata;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>
/// A stored version's reconciliation from <see cref="ReconciliationCache"/>: 200 with the cached JSON and its ETag, or
/// 304 without a body when the request's If-None-Match names that ETag. When the client accepts gzip the body goes out
/// as the cached gzip coding (with its own ETag); every answer says Vary: Accept-Encoding (and, as every answer, Accept-Language). Described in OpenAPI as a 200 with a
/// <see cref="ReconciliationDto"/> and a 304. Like <c>Ok&lt;ReconciliationDto&gt;</c> it offers its value to endpoint filters
/// that write another representation (the CSV export); the value is read back from the cached JSON only when one asks.
/// </summary>
public sealed class CachedReconciliationResult(CachedReconciliation entry, bool gzip, string? ifNoneMatch, JsonSerializerOptions json)
    : IResult, IEndpointMetadataProvider, IValueHttpResult<ReconciliationDto>, IValueHttpResult, IStatusCodeHttpResult, ILineOrdered
{
    private ReconciliationDto? _value;

    /// <summary>The entry sent.</summary>
    public CachedReconciliation Entry { get; } = entry;

    /// <summary>The scenario's line names in its order, for the sheets.</summary>
    public IReadOnlyList<string>? LineOrder => Entry.LineOrder;

    /// <summary>True when the body goes out coded with gzip.</summary>
    public bool Gzip { get; } = gzip;

    /// <summary>The ETag of the representation sent.</summary>
    public string ETag => Gzip ? Entry.GzipETag : Entry.ETag;

    /// <summary>True when the answer is 304 Not Modified: If-None-Match names the representation's ETag.</summary>
    public bool NotModified { get; } = EntityTag.IsNamedBy(ifNoneMatch, gzip ? entry.GzipETag : entry.ETag);

    /// <summary>200, or 304 when the client's copy is current.</summary>
    public int? StatusCode => NotModified ? StatusCodes.Status304NotModified : StatusCodes.Status200OK;

    /// <summary>The reconciliation, read back from the cached JSON on first use; null for a 304.</summary>
    public ReconciliationDto? Value => NotModified ? null : _value ??= JsonSerializer.Deserialize<ReconciliationDto>(Entry.Json, json);

    object? IValueHttpResult.Value => Value;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, "Accept-Encoding");
        // Stored but revalidated: a later version changes what the latest reconciliation is.
        response.Headers.CacheControl = "private, no-cache";
        if (NotModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        var body = Gzip ? Entry.Gzip : Entry.Json;
        if (Gzip) response.Headers.ContentEncoding = ContentCoding.Gzip;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ReconciliationDto), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
