using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Api.Infrastructure.Persistence;

namespace BudgetEngine.Api.Infrastructure.Idempotency;

/// <summary>
/// Makes a POST safe to retry. With an Idempotency-Key header, the first response (any status below 500) is stored
/// with a hash of the method, path, query and body; a replay with the same request returns it unchanged (with
/// Idempotent-Replayed: true); the same key with a different request answers 422. Without the header the POST runs as usual.
/// </summary>
/// <remarks>
/// A first request runs inside one <see cref="WriteTransaction"/> (BEGIN IMMEDIATE): the key is looked up again under the
/// write lock, the handler stores its resource through the same transaction (<see cref="IdempotencyFilter.WriteOf"/>), the
/// response is rendered into a buffer and saved under the key, and only then is everything committed and the response sent.
/// So a resource is never stored without its key (a crash or a 503 in between cannot leave one behind for a retry to
/// duplicate), and of concurrent requests with one key exactly one does the work: the others wait for the lock, find the
/// key and answer the same response. A replay is served from a plain read, without the write lock.
/// </remarks>
public sealed class IdempotencyFilter<TBody>(IdempotencyStore store, SqliteConnectionFactory database, SqliteRetry retry, TimeProvider clock) : IEndpointFilter
{
    /// <summary>The request header.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The longest key accepted.</summary>
    public const int MaxKeyLength = 200;

    private static readonly string[] ReplayedHeaders = ["Location", "ETag", "Content-Type"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await next(context);
        }
        if (key.Length > MaxKeyLength)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The Idempotency-Key is too long.",
                detail: $"Use a key of at most {MaxKeyLength} characters, e.g. a UUID.");
        }

        var hash = RequestHash(http, context.Arguments.OfType<TBody>().FirstOrDefault());
        var stored = await store.FindAsync(key, http.RequestAborted);
        if (stored is not null)
        {
            return Answer(stored, key, hash);
        }

        var (earlier, body) = await retry.ExecuteAsync(async token =>
        {
            await using var write = await WriteTransaction.BeginAsync(database, token);
            var raced = await IdempotencyStore.FindAsync(key, write);
            if (raced is not null)
            {
                return (raced, (byte[]?)null); // a concurrent request with this key committed first; roll back and answer its response
            }
            byte[] rendered;
            http.Features.Set(write);
            try
            {
                rendered = await Render(http, await next(context));
            }
            finally
            {
                http.Features.Set<WriteTransaction>(null);
            }
            if (http.Response.StatusCode < 500)
            {
                var headers = ReplayedHeaders
                    .Where(h => http.Response.Headers.ContainsKey(h))
                    .ToDictionary(h => h, h => http.Response.Headers[h].ToString());
                await IdempotencyStore.SaveAsync(new IdempotentResponse(
                    key, http.Request.Method, http.Request.Path, hash, http.Response.StatusCode,
                    JsonSerializer.Serialize(headers), rendered, clock.GetUtcNow()), write);
                await write.CommitAsync(token);
            }
            return ((IdempotentResponse?)null, rendered);
        }, http.RequestAborted);

        if (earlier is not null)
        {
            return Answer(earlier, key, hash);
        }
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
        return Results.Empty;
    }

    private static IResult Answer(IdempotentResponse stored, string key, string hash) =>
        stored.RequestHash == hash
            ? new ReplayResult(stored)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The Idempotency-Key was used for a different request.",
                detail: $"The key '{key}' was first used with {stored.Method} {stored.Path} and another body; use a new key for a new request.");

    /// <summary>Runs the handler's result into a buffer (status and headers land on the response) so the exact bytes can be stored before they are sent.</summary>
    private static async Task<byte[]> Render(HttpContext http, object? result)
    {
        if (result is not IResult executable)
        {
            throw new InvalidOperationException("An endpoint with an Idempotency-Key must return an IResult.");
        }
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await executable.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        return buffer.ToArray();
    }

    private static string RequestHash(HttpContext http, TBody? body)
    {
        var text = $"{http.Request.Method}\n{http.Request.Path}\n{http.Request.QueryString}\n{JsonSerializer.Serialize(body, ApiJson.Options)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Writes a stored response again, byte for byte.</summary>
    private sealed class ReplayResult(IdempotentResponse stored) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = stored.Status;
            foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stored.ResponseHeaders) ?? [])
            {
                httpContext.Response.Headers[name] = value;
            }
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            await httpContext.Response.Body.WriteAsync(stored.ResponseBody, httpContext.RequestAborted);
        }
    }
}

/// <summary>What a handler behind the idempotency filter needs.</summary>
public static class IdempotencyFilter
{
    /// <summary>
    /// The write transaction of the request's Idempotency-Key, or null without one. A handler stores its resource through
    /// it (and does not commit it) so that the resource and the key's response commit together.
    /// </summary>
    public static WriteTransaction? WriteOf(HttpContext http) => http.Features.Get<WriteTransaction>();
}

/// <summary>Adds the Idempotency-Key behaviour to a POST.</summary>
public static class IdempotencyExtensions
{
    public static RouteHandlerBuilder WithIdempotency<TBody>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyFilter<TBody>>();
}
