using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace BudgetEngine.Api.Infrastructure.Limits;

/// <summary>
/// Reads a JSON request body (at most Limits:MaxBodyBytes, already checked by <see cref="RequestBodyLimit"/>) into one
/// contiguous buffer before the endpoint binds it, and hands it to the JSON reader as a single segment.
/// </summary>
/// <remarks>
/// Kestrel hands a body over in 4 KB blocks as it arrives. Read from them, System.Text.Json takes its multi-segment
/// path, pauses whenever the next block has not come yet, and scans every value a custom converter reads (a coverage)
/// once ahead before reading it. A region's scenario is about 70 KB, so the copy costs microseconds and saves a good
/// part of the deserialisation (docs/decisions). What is read, the errors a malformed body gets and the limits are unchanged:
/// binding, its error messages and the body-size rules all stay where they were. Runs after access control, so a
/// caller who may not call the endpoint never has its body buffered.
/// </remarks>
public sealed class JsonBodyBuffer(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            await next(context);
            return;
        }
        if (request.ContentLength is null)
        {
            // A chunked body was already read into memory by RequestBodyLimit: read it from there as one segment too.
            if (request.Body is MemoryStream { Position: 0 } buffered && buffered.TryGetBuffer(out var segment))
            {
                UseAsBody(context, segment);
            }
            await next(context);
            return;
        }
        if (request.ContentLength is not (> 0 and <= int.MaxValue) || context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { MaxRequestBodySize: { } max } && request.ContentLength > max)
        {
            await next(context);
            return;
        }

        var length = (int)request.ContentLength.Value;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = await request.BodyReader.ReadAtLeastAsync(length, context.RequestAborted);
            // Kestrel ends a body at its Content-Length and throws when the connection closes before it.
            var body = read.Buffer.Length > length ? read.Buffer.Slice(0, length) : read.Buffer;
            body.CopyTo(rented);
            var count = (int)body.Length;
            request.BodyReader.AdvanceTo(read.Buffer.End);
            UseAsBody(context, new ArraySegment<byte>(rented, 0, count));
            await next(context);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>application/json and the structured +json types (application/problem+json, application/merge-patch+json, ...).</summary>
    private static bool IsJson(string? contentType)
    {
        if (contentType is null) return false;
        var mediaType = contentType.AsSpan();
        var parameters = mediaType.IndexOf(';');
        if (parameters >= 0) mediaType = mediaType[..parameters];
        mediaType = mediaType.Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static void UseAsBody(HttpContext context, ArraySegment<byte> bytes)
    {
        context.Request.Body = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
        context.Features.Set<IRequestBodyPipeFeature>(new BufferedBody(PipeReader.Create(new ReadOnlySequence<byte>(bytes.AsMemory()))));
    }

    private sealed class BufferedBody(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader { get; } = reader;
    }
}
