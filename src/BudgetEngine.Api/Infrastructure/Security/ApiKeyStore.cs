using System.Security.Cryptography;
using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Infrastructure.Persistence;
using System.Data.Common;
using Dapper;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>A key as stored: never its secret, only its prefix (to find it) and its hash (to check it).</summary>
public sealed record StoredApiKey(
    string Id, string Prefix, string Organisation, IReadOnlyList<string> Roles, string? Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the key still opens the API.</summary>
    public bool Active => RevokedAt is null;
}

/// <summary>What a revocation found.</summary>
public enum RevokeStatus
{
    /// <summary>The key is revoked now.</summary>
    Revoked,
    /// <summary>No key has the id.</summary>
    NotFound,
    /// <summary>The key was revoked before.</summary>
    AlreadyRevoked,
    /// <summary>It is the last active admin key; revoking it would lock everyone out.</summary>
    LastAdmin,
}

/// <summary>
/// All SQL of the API keys. Every change is recorded in the audit trail in the same transaction, and once committed
/// clears the <see cref="ApiKeyCache"/> of the authentication handler; other API instances on the same PostgreSQL database
/// clear theirs when the commit's notification reaches them (<see cref="ApiKeyChangeListener"/>), and at the latest
/// when their entries expire (<see cref="SecurityOptions.KeyCacheSeconds"/>). Changes of keys take turns
/// (<see cref="SqlDialect.SerializeAsync"/>), so that two revocations at once cannot both pass the last-admin check.
/// </summary>
public sealed class ApiKeyStore(IConnectionFactory database, DatabaseRetry retry, TimeProvider clock, ApiKeyCache cache)
{
    private const string Columns = """
        id AS Id, prefix AS Prefix, organisation AS Organisation, roles AS Roles, name AS Name, created_at AS CreatedAt, revoked_at AS RevokedAt
        """;

    /// <summary>Stores the hash of <paramref name="key"/> for a new key; the key itself is not kept anywhere.</summary>
    public async Task<StoredApiKey> CreateAsync(string key, string organisation, IReadOnlyList<string> roles, string? name, Actor actor, CancellationToken ct)
    {
        var id = "key_" + ResourceIds.New(); // public, unrelated to the secret
        var created = await retry.InWriteAsync(database, async write =>
        {
            await database.Dialect.SerializeAsync(write, KeysSubject);
            var now = clock.GetUtcNow();
            await write.Connection.ExecuteAsync("""
                INSERT INTO api_keys (id, prefix, hash, organisation, roles, name, created_at)
                VALUES (@id, @prefix, @hash, @organisation, @roles, @name, @now)
                """, new
            {
                id, prefix = ApiKeySecrets.PrefixOf(key), hash = ApiKeySecrets.Hash(key), organisation = Organisations.Normalise(organisation),
                roles = string.Join(' ', roles), name, now = Timestamps.Format(now),
            }, write.Transaction);
            await AuditTrail.AppendAsync(write, actor, AuditActions.CreateKey, $"/v1/keys/{id}", null, now);
            await database.Dialect.NotifyAsync(write, ApiKeyChangeListener.Channel);
            return (await Find(write.Connection, id, write.Transaction))!;
        }, ct);
        cache.Invalidate();
        return created;
    }

    /// <summary>The active key <paramref name="key"/> opens, or null: found by prefix, then its hash compared in constant time.</summary>
    public Task<StoredApiKey?> FindActiveAsync(string key, CancellationToken ct) =>
        Run(async connection =>
        {
            var candidates = await connection.QueryAsync<HashedRow>(
                $"SELECT {Columns}, hash AS Hash FROM api_keys WHERE prefix = @prefix AND revoked_at IS NULL",
                new { prefix = ApiKeySecrets.PrefixOf(key) });
            StoredApiKey? found = null;
            foreach (var candidate in candidates)
            {
                // Every candidate is compared, so the time taken does not tell which one matched.
                if (ApiKeySecrets.Matches(key, candidate.Hash)) found = candidate.ToStored();
            }
            return found;
        }, ct);

    /// <summary>Whether a key with this hash exists (active or revoked).</summary>
    public Task<StoredApiKey?> FindByKeyAsync(string key, CancellationToken ct) =>
        Run(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<Row>(
                $"SELECT {Columns} FROM api_keys WHERE hash = @hash", new { hash = ApiKeySecrets.Hash(key) });
            return row?.ToStored();
        }, ct);

    /// <summary>One key, or null.</summary>
    public Task<StoredApiKey?> FindAsync(string id, CancellationToken ct) => Run(connection => Find(connection, id, null), ct);

    /// <summary>A page of the keys, oldest first, revoked ones included, and how many there are.</summary>
    public Task<(IReadOnlyList<StoredApiKey> Items, int Total)> ListAsync(int page, int pageSize, CancellationToken ct) =>
        Run(async connection =>
        {
            var total = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM api_keys");
            var rows = await connection.QueryAsync<Row>(
                $"SELECT {Columns} FROM api_keys ORDER BY created_at, id LIMIT @take OFFSET @skip",
                new { take = pageSize, skip = ((long)page - 1) * pageSize });
            return ((IReadOnlyList<StoredApiKey>)rows.Select(r => r.ToStored()).ToArray(), (int)total);
        }, ct);

    /// <summary>The active keys with the admin role.</summary>
    public Task<IReadOnlyList<StoredApiKey>> ActiveAdminKeysAsync(CancellationToken ct) =>
        Run(async connection =>
        {
            var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM api_keys WHERE revoked_at IS NULL ORDER BY created_at, id");
            return (IReadOnlyList<StoredApiKey>)rows.Select(r => r.ToStored()).Where(k => k.Roles.Contains(Roles.Admin)).ToArray();
        }, ct);

    /// <summary>How many keys were ever stored, revoked ones included.</summary>
    public Task<long> CountAllAsync(CancellationToken ct) =>
        Run(connection => connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM api_keys"), ct);

    /// <summary>Revokes a key, unless it is the last active admin key.</summary>
    public async Task<(RevokeStatus Status, StoredApiKey? Key)> RevokeAsync(string id, Actor actor, CancellationToken ct)
    {
        var outcome = await retry.InWriteAsync<(RevokeStatus Status, StoredApiKey? Key)>(database, async write =>
        {
            await database.Dialect.SerializeAsync(write, KeysSubject);
            var key = await Find(write.Connection, id, write.Transaction);
            if (key is null) return (RevokeStatus.NotFound, null);
            if (!key.Active) return (RevokeStatus.AlreadyRevoked, key);
            if (key.Roles.Contains(Roles.Admin))
            {
                var admins = await write.Connection.QueryAsync<string>("SELECT roles FROM api_keys WHERE revoked_at IS NULL", transaction: write.Transaction);
                if (admins.Count(r => SplitRoles(r).Contains(Roles.Admin)) <= 1) return (RevokeStatus.LastAdmin, key);
            }
            var now = clock.GetUtcNow();
            await write.Connection.ExecuteAsync("UPDATE api_keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL",
                new { id, now = Timestamps.Format(now) }, write.Transaction);
            await AuditTrail.AppendAsync(write, actor, AuditActions.RevokeKey, $"/v1/keys/{id}", null, now);
            await database.Dialect.NotifyAsync(write, ApiKeyChangeListener.Channel);
            return (RevokeStatus.Revoked, await Find(write.Connection, id, write.Transaction));
        }, ct);
        if (outcome.Status == RevokeStatus.Revoked) cache.Invalidate(); // refused by this process from the next request on, not when its cache entry expires
        return outcome;
    }

    /// <summary>What changes of keys take turns on.</summary>
    private const string KeysSubject = "api-keys";

    private static async Task<StoredApiKey?> Find(DbConnection connection, string id, DbTransaction? transaction)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM api_keys WHERE id = @id", new { id }, transaction);
        return row?.ToStored();
    }

    private Task<T> Run<T>(Func<DbConnection, Task<T>> work, CancellationToken ct) => retry.WithConnectionAsync(database, work, ct);

    private static string[] SplitRoles(string roles) => roles.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private class Row
    {
        public string Id { get; set; } = "";
        public string Prefix { get; set; } = "";
        public string Organisation { get; set; } = "";
        public string Roles { get; set; } = "";
        public string? Name { get; set; }
        public string CreatedAt { get; set; } = "";
        public string? RevokedAt { get; set; }

        public StoredApiKey ToStored() => new(Id, Prefix, Organisation, SplitRoles(Roles), Name,
            Timestamps.Parse(CreatedAt), RevokedAt is null ? null : Timestamps.Parse(RevokedAt));
    }

    private sealed class HashedRow : Row
    {
        public byte[] Hash { get; set; } = [];
    }
}
