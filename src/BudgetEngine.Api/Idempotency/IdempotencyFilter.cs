using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BudgetEngine.Api.Json;

namespace BudgetEngine.Api.Idempotency;

/// <summary>
/// Makes a POST safe to retry. With an Idempotency-Key header, the first response (any status below 500) is stored
/// with a hash of the method, path, query and body; a replay with the same request returns it unchanged (with
/// Idempotent-Replayed: true); the same key with a different request answers 422. Without the header the POST runs as usual.
/// </summary>
public sealed class IdempotencyFilter<TBody>(IdempotencyStore store, TimeProvider clock) : IEndpointFilter
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
            return stored.RequestHash == hash
                ? new ReplayResult(stored)
                : TypedResults.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "The Idempotency-Key was used for a different request.",
                    detail: $"The key '{key}' was first used with {stored.Method} {stored.Path} and another body; use a new key for a new request.");
        }

        var result = await next(context);
        if (result is not IResult executable)
        {
            return result;
        }

        // Run the result into a buffer so the exact bytes can be stored, then send them on.
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
        var body = buffer.ToArray();
        if (http.Response.StatusCode < 500)
        {
            var headers = ReplayedHeaders
                .Where(h => http.Response.Headers.ContainsKey(h))
                .ToDictionary(h => h, h => http.Response.Headers[h].ToString());
            await store.SaveAsync(new IdempotentResponse(
                key, http.Request.Method, http.Request.Path, hash, http.Response.StatusCode,
                JsonSerializer.Serialize(headers), body, clock.GetUtcNow()), http.RequestAborted);
        }
        await original.WriteAsync(body, http.RequestAborted);
        return Results.Empty;
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

/// <summary>Adds the Idempotency-Key behaviour to a POST.</summary>
public static class IdempotencyExtensions
{
    public static RouteHandlerBuilder WithIdempotency<TBody>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyFilter<TBody>>();
}
