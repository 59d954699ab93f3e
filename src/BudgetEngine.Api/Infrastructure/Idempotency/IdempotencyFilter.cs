using BudgetEngine.Core.Validation;
using BudgetEngine.Api.Infrastructure.Errors;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Idempotency;

/// <summary>
/// Makes a POST safe to retry. With an Idempotency-Key header, the first successful (2xx) response is stored with a hash
/// of the method, path, query and body, in the caller's scope (its API key's id), for Idempotency:RetentionHours; a replay
/// of the same request by the same caller returns it unchanged (with Idempotent-Replayed: true); the same key with a
/// different request answers 422. A refusal (4xx) is not stored: the retry is judged afresh. Another caller's key is
/// invisible: it is a new key for them. Without the header the POST runs as usual.
/// </summary>
/// <remarks>
/// A first request runs inside one <see cref="WriteTransaction"/> (BEGIN IMMEDIATE): the key is looked up again under the
/// write lock, the handler stores its resource through the same transaction (<see cref="IdempotencyFilter.WriteOf"/>), the
/// response is rendered into a buffer and saved under the key, and only then is everything committed and the response sent.
/// So a resource is never stored without its key (a crash or a 503 in between cannot leave one behind for a retry to
/// duplicate), and of concurrent requests with one key exactly one does the work: the others wait for it (<see cref="KeysInProgress"/>
/// in this process, the key's lock in the database across instances), find the key and answer the same response; one that
/// has waited Database:BusyTimeoutSeconds for a first request still at work answers 409 with Retry-After, and replays when
/// sent again after it. A replay is served from a plain read, without the write lock.
/// An endpoint marked <see cref="RecomputedOnReplay"/> (a pure computation) stores no response: only the request's hash and
/// the SHA-256 of the answer, saved after it; a replay computes the answer again.
/// </remarks>
public sealed class IdempotencyFilter<TBody>(
    IdempotencyStore store, KeysInProgress keysInProgress, IConnectionFactory database, DatabaseRetry retry, IOptions<DatabaseOptions> databaseOptions, TimeProvider clock)
    : IEndpointFilter
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
            var tooLong = Problems.Of(StatusCodes.Status400BadRequest, ProblemTexts.Of("Idempotency.TooLong.Title"),
                ProblemTexts.Of("Idempotency.TooLong.Detail", ProblemTexts.Text(Header), ProblemTexts.Number(key.Length), ProblemTexts.Number(MaxKeyLength)));
            ProblemLanguage.AttachErrors(tooLong.ProblemDetails, [new ValidationError(FieldPath.Parameter(Header), ProblemTexts.Of("Idempotency.TooLong.Error", ProblemTexts.Number(MaxKeyLength)))]);
            return tooLong;
        }

        var scope = Caller.Of(http.User)?.KeyId ?? "";
        var requestBody = context.Arguments.OfType<TBody>().FirstOrDefault();
        var hash = RequestHash(http, requestBody, HashOptions);
        var stored = await store.FindAsync(scope, key, http.RequestAborted);
        var recomputed = http.GetEndpoint()?.Metadata.GetMetadata<RecomputedOnReplay>() is not null;
        if (stored is not null)
        {
            if (!SameRequest(stored, hash, http, requestBody)) return Mismatch(stored, key);
            if (!recomputed) return new ReplayResult(stored);
            http.Response.Headers["Idempotent-Replayed"] = "true";
            return await next(context);
        }
        if (recomputed)
        {
            return await FirstRecomputable(context, next, scope, key, hash);
        }

        // A duplicate waits for the first request with its key as long as a write waits for a lock (Database:BusyTimeoutSeconds):
        // here for one of this process, in FindAsync for one of another instance. Then it is told to come back.
        using var held = await keysInProgress.HoldAsync(IdempotencyStore.Subject(scope, key), TimeSpan.FromSeconds(databaseOptions.Value.BusyTimeoutSeconds), http.RequestAborted);
        if (held is null) return InProgress(http, key);
        IdempotentResponse? earlier;
        byte[]? body;
        try
        {
            (earlier, body) = await Once(context, next, scope, key, hash);
        }
        catch (KeyInProgressException)
        {
            return InProgress(http, key);
        }

        if (earlier is not null)
        {
            return SameRequest(earlier, hash, http, requestBody) ? new ReplayResult(earlier) : Mismatch(earlier, key);
        }
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
        return Results.Empty;
    }

    /// <summary>
    /// The first request with its key, in one write transaction (retried on contention): the response stored meanwhile by
    /// a concurrent request with the key, or the bytes of this one's, saved under the key when it is a success.
    /// </summary>
    private async Task<(IdempotentResponse? Earlier, byte[]? Body)> Once(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string scope, string key, string hash)
    {
        var http = context.HttpContext;
        return await retry.ExecuteAsync(async token =>
        {
            await using var write = await WriteTransaction.BeginAsync(database, token);
            var raced = await store.FindAsync(scope, key, write);
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
            if (http.Response.StatusCode is >= 200 and < 300)
            {
                await store.SaveAsync(Response(http, scope, key, hash, rendered), write);
                await write.CommitAsync(token);
            }
            return ((IdempotentResponse?)null, (byte[]?)rendered);
        }, http.RequestAborted);
    }

    /// <summary>The first request to a recomputed endpoint: answered as usual, then the key saved with the answer's hash only.</summary>
    private async Task<object?> FirstRecomputable(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string scope, string key, string hash)
    {
        var http = context.HttpContext;
        var rendered = await Render(http, await next(context));
        if (http.Response.StatusCode is >= 200 and < 300)
        {
            await retry.ExecuteAsync(async token =>
            {
                await using var write = await WriteTransaction.BeginAsync(database, token);
                await store.SaveAsync(Response(http, scope, key, hash, SHA256.HashData(rendered)), write);
                await write.CommitAsync(token);
                return true;
            }, http.RequestAborted);
        }
        await http.Response.Body.WriteAsync(rendered, http.RequestAborted);
        return Results.Empty;
    }

    private IdempotentResponse Response(HttpContext http, string scope, string key, string hash, byte[] body)
    {
        var headers = ReplayedHeaders
            .Where(h => http.Response.Headers.ContainsKey(h))
            .ToDictionary(h => h, h => http.Response.Headers[h].ToString());
        return new IdempotentResponse(scope, key, http.Request.Method, http.Request.Path, hash, http.Response.StatusCode,
            JsonSerializer.Serialize(headers), body, clock.GetUtcNow());
    }

    /// <summary>409 with Retry-After: the first request with this key is still at work; the same request sent again later replays its answer.</summary>
    private IResult InProgress(HttpContext http, string key)
    {
        var seconds = databaseOptions.Value.RetryAfterSeconds;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inProgress = Problems.Of(StatusCodes.Status409Conflict, ProblemTexts.Of("Idempotency.InProgress.Title"),
            ProblemTexts.Of("Idempotency.InProgress.Detail", ProblemTexts.Text(key), ProblemTexts.Number(seconds)));
        ProblemLanguage.AttachErrors(inProgress.ProblemDetails, [new ValidationError(FieldPath.Parameter(Header), ProblemTexts.Of("Idempotency.InProgress.Error"))]);
        return inProgress;
    }

    private static IResult Mismatch(IdempotentResponse stored, string key)
    {
        var mismatch = Problems.Of(StatusCodes.Status422UnprocessableEntity, ProblemTexts.Of("Idempotency.Mismatch.Title"),
            ProblemTexts.Of("Idempotency.Mismatch.Detail", ProblemTexts.Text(key), ProblemTexts.Text(stored.Method), ProblemTexts.Text(stored.Path)));
        ProblemLanguage.AttachErrors(mismatch.ProblemDetails, [new ValidationError(FieldPath.Parameter(Header), ProblemTexts.Of("Idempotency.Mismatch.Error"))]);
        return mismatch;
    }

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

    /// <summary>
    /// The body as the hash reads it: the API's JSON with absent (null) properties left out, so that a property the
    /// contract gains later does not change the hash of a request that does not send it.
    /// </summary>
    private static readonly JsonSerializerOptions HashOptions = new(ApiJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>
    /// Whether <paramref name="stored"/> was saved for this request: by its hash, or by the hash of a key saved before
    /// absent properties were left out (the body with every null written), within the key's retention.
    /// </summary>
    private static bool SameRequest(IdempotentResponse stored, string hash, HttpContext http, TBody? body) =>
        stored.RequestHash == hash || stored.RequestHash == RequestHash(http, body, ApiJson.Options);

    private static string RequestHash(HttpContext http, TBody? body, JsonSerializerOptions options)
    {
        var text = $"{http.Request.Method}\n{http.Request.Path}\n{http.Request.QueryString}\n{JsonSerializer.Serialize(body, options)}";
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

/// <summary>Marks a POST whose answer is a pure function of its request: a replay of its Idempotency-Key computes it again instead of storing it.</summary>
public sealed class RecomputedOnReplay;

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
        builder.AddEndpointFilter<IdempotencyFilter<TBody>>().ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>The Idempotency-Key behaviour for a pure computation: the key keeps only hashes, a replay recomputes.</summary>
    public static RouteHandlerBuilder WithRecomputedIdempotency<TBody>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new RecomputedOnReplay()).AddEndpointFilter<IdempotencyFilter<TBody>>();
}
