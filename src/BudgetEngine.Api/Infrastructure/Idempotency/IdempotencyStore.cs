using BudgetEngine.Api.Infrastructure.Persistence;
using Dapper;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Idempotency;

/// <summary>
/// The first successful response given to a POST with an Idempotency-Key, in the caller's scope (the id of its API key).
/// For a POST that is recomputed on replay, <see cref="ResponseBody"/> holds only the SHA-256 of what was answered.
/// </summary>
public sealed record IdempotentResponse(
    string Scope, string Key, string Method, string Path, string RequestHash, int Status, string ResponseHeaders, byte[] ResponseBody, DateTimeOffset CreatedAt);

/// <summary>
/// All SQL of the idempotency keys. A key is found only in its caller's scope and only while younger than
/// Idempotency:RetentionHours; keys saved before keys were scoped (scope '') are found by any caller until they expire.
/// </summary>
public sealed class IdempotencyStore(IConnectionFactory database, DatabaseRetry retry, TimeProvider clock, IOptions<IdempotencyOptions> options)
{
    private const string SelectSql = """
        SELECT scope AS Scope, key AS Key, method AS Method, path AS Path, request_hash AS RequestHash, status AS Status,
               response_headers AS ResponseHeaders, response_body AS ResponseBody, created_at AS CreatedAt
        FROM idempotency_keys WHERE key = @key AND scope IN (@scope, '') AND created_at >= @since
        ORDER BY scope DESC LIMIT 1
        """;

    /// <summary>The response stored under <paramref name="key"/> in <paramref name="scope"/> and not expired, or null.</summary>
    public async Task<IdempotentResponse?> FindAsync(string scope, string key, CancellationToken ct) =>
        await retry.WithConnectionAsync(database, async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<Row>(SelectSql, new { scope, key, since = Since() });
            return row?.ToResponse();
        }, ct);

    /// <summary>
    /// The same, read inside a write transaction once it holds the key (<see cref="SqlDialect.SerializeAsync"/>): no
    /// concurrent request with the key, in this process or another, can store one until <paramref name="within"/> ends,
    /// and one that stored it before is seen.
    /// </summary>
    /// <exception cref="KeyInProgressException">Another instance's request holds the key beyond the lock timeout (Database:BusyTimeoutSeconds).</exception>
    public async Task<IdempotentResponse?> FindAsync(string scope, string key, WriteTransaction within)
    {
        try
        {
            await database.Dialect.SerializeAsync(within, Subject(scope, key));
        }
        catch (System.Data.Common.DbException contention) when (DatabaseRetry.IsContention(contention))
        {
            throw new KeyInProgressException(contention); // not retried: the duplicate has waited as long as a write waits for a lock
        }
        var row = await within.Connection.QuerySingleOrDefaultAsync<Row>(SelectSql, new { scope, key, since = Since() }, within.Transaction);
        return row?.ToResponse();
    }

    /// <summary>
    /// Stores the first successful response under its key inside <paramref name="within"/>, so that it commits with the work
    /// that made the response; an expired response under the same key gives way. A concurrent save of the same key keeps the first.
    /// </summary>
    public async Task SaveAsync(IdempotentResponse response, WriteTransaction within)
    {
        await within.Connection.ExecuteAsync(
            "DELETE FROM idempotency_keys WHERE scope = @Scope AND key = @Key AND created_at < @since",
            new { response.Scope, response.Key, since = Since() }, within.Transaction);
        await within.Connection.ExecuteAsync("""
            INSERT INTO idempotency_keys (scope, key, method, path, request_hash, status, response_headers, response_body, created_at)
            VALUES (@Scope, @Key, @Method, @Path, @RequestHash, @Status, @ResponseHeaders, @ResponseBody, @CreatedAt)
            ON CONFLICT DO NOTHING
            """, new
        {
            response.Scope, response.Key, response.Method, response.Path, response.RequestHash, response.Status,
            response.ResponseHeaders, response.ResponseBody, CreatedAt = Timestamps.Format(response.CreatedAt),
        }, within.Transaction);
    }

    /// <summary>What requests with one key in one scope take turns on, in this process and in the database.</summary>
    public static string Subject(string scope, string key) => $"idempotency-key {scope} {key}";

    /// <summary>Removes up to <paramref name="batch"/> expired keys in one write; how many it removed.</summary>
    public async Task<int> RemoveExpiredAsync(int batch, CancellationToken ct) =>
        await retry.InWriteAsync(database, write => write.Connection.ExecuteAsync(
            """
            DELETE FROM idempotency_keys
            WHERE (scope, key) IN (SELECT scope, key FROM idempotency_keys WHERE created_at < @since LIMIT @batch)
            """, new { since = Since(), batch }, write.Transaction), ct);

    private string Since() => Timestamps.Format(clock.GetUtcNow() - options.Value.Retention);

    private sealed class Row
    {
        public string Scope { get; set; } = "";
        public string Key { get; set; } = "";
        public string Method { get; set; } = "";
        public string Path { get; set; } = "";
        public string RequestHash { get; set; } = "";
        public long Status { get; set; }
        public string ResponseHeaders { get; set; } = "";
        public byte[] ResponseBody { get; set; } = [];
        public string CreatedAt { get; set; } = "";

        public IdempotentResponse ToResponse() =>
            new(Scope, Key, Method, Path, RequestHash, (int)Status, ResponseHeaders, ResponseBody, Timestamps.Parse(CreatedAt));
    }
}
