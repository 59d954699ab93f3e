using BudgetEngine.Api.Infrastructure.Persistence;
using Dapper;

namespace BudgetEngine.Api.Infrastructure.Idempotency;

/// <summary>The first response given to a POST with an Idempotency-Key.</summary>
public sealed record IdempotentResponse(
    string Key, string Method, string Path, string RequestHash, int Status, string ResponseHeaders, byte[] ResponseBody, DateTimeOffset CreatedAt);

/// <summary>All SQL of the idempotency keys.</summary>
public sealed class IdempotencyStore(SqliteConnectionFactory database, SqliteRetry retry)
{
    private const string SelectSql = """
        SELECT key AS Key, method AS Method, path AS Path, request_hash AS RequestHash, status AS Status,
               response_headers AS ResponseHeaders, response_body AS ResponseBody, created_at AS CreatedAt
        FROM idempotency_keys WHERE key = @key
        """;

    /// <summary>The response stored under <paramref name="key"/>, or null.</summary>
    public async Task<IdempotentResponse?> FindAsync(string key, CancellationToken ct) =>
        await retry.ExecuteAsync(async token =>
        {
            await using var connection = await database.OpenAsync(token);
            var row = await connection.QuerySingleOrDefaultAsync<Row>(SelectSql, new { key });
            return row?.ToResponse();
        }, ct);

    /// <summary>The response stored under <paramref name="key"/>, read inside a write transaction (so no concurrent request can store one meanwhile), or null.</summary>
    public static async Task<IdempotentResponse?> FindAsync(string key, WriteTransaction within)
    {
        var row = await within.Connection.QuerySingleOrDefaultAsync<Row>(SelectSql, new { key }, within.Transaction);
        return row?.ToResponse();
    }

    /// <summary>
    /// Stores the first response under its key inside <paramref name="within"/>, so that it commits with the work that made
    /// the response. The key is checked free in the same transaction first; a key stored twice is a bug and fails.
    /// </summary>
    public static Task SaveAsync(IdempotentResponse response, WriteTransaction within) =>
        within.Connection.ExecuteAsync("""
            INSERT INTO idempotency_keys (key, method, path, request_hash, status, response_headers, response_body, created_at)
            VALUES (@Key, @Method, @Path, @RequestHash, @Status, @ResponseHeaders, @ResponseBody, @CreatedAt)
            """, new
        {
            response.Key, response.Method, response.Path, response.RequestHash, response.Status,
            response.ResponseHeaders, response.ResponseBody, CreatedAt = Timestamps.Format(response.CreatedAt),
        }, within.Transaction);

    private sealed class Row
    {
        public string Key { get; set; } = "";
        public string Method { get; set; } = "";
        public string Path { get; set; } = "";
        public string RequestHash { get; set; } = "";
        public long Status { get; set; }
        public string ResponseHeaders { get; set; } = "";
        public byte[] ResponseBody { get; set; } = [];
        public string CreatedAt { get; set; } = "";

        public IdempotentResponse ToResponse() =>
            new(Key, Method, Path, RequestHash, (int)Status, ResponseHeaders, ResponseBody, Timestamps.Parse(CreatedAt));
    }
}
