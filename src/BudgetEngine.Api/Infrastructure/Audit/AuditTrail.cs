using BudgetEngine.Api.Infrastructure.Persistence;
using Dapper;

namespace BudgetEngine.Api.Infrastructure.Audit;

/// <summary>One recorded write.</summary>
public sealed record AuditRecord(long Id, string KeyId, string Organisation, DateTimeOffset At, string Action, string Resource, int? Version);

/// <summary>
/// All SQL of the audit trail. A write appends its record inside the write's own transaction (<see cref="AppendAsync"/>),
/// so a write is never stored without its record, nor a record without its write. The table refuses updates and deletes.
/// </summary>
public sealed class AuditTrail(IConnectionFactory database, DatabaseRetry retry)
{
    /// <summary>Appends a record in <paramref name="write"/>; the caller commits it with the write it records.</summary>
    public static Task AppendAsync(WriteTransaction write, Actor actor, string action, string resource, int? version, DateTimeOffset at) =>
        write.Connection.ExecuteAsync("""
            INSERT INTO audit_log (key_id, organisation, at, action, resource, version)
            VALUES (@keyId, @organisation, @at, @action, @resource, @version)
            """, new { keyId = actor.KeyId, organisation = actor.Organisation, at = Timestamps.Format(at), action, resource, version }, write.Transaction);

    /// <summary>How a versioned write by <paramref name="actor"/> is recorded: <paramref name="action"/> on <paramref name="resource"/>, in the write's transaction.</summary>
    public static WriteRecord Record(Actor actor, string action, string resource) =>
        (write, version, at) => AppendAsync(write, actor, action, resource, version, at);

    /// <summary>A page of the records, newest first, and how many there are.</summary>
    public async Task<(IReadOnlyList<AuditRecord> Items, int Total)> PageAsync(int page, int pageSize, CancellationToken ct) =>
        await retry.WithConnectionAsync(database, async connection =>
        {
            var total = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log");
            var rows = await connection.QueryAsync<Row>("""
                SELECT id AS Id, key_id AS KeyId, organisation AS Organisation, at AS At, action AS Action, resource AS Resource, version AS Version
                FROM audit_log ORDER BY id DESC LIMIT @take OFFSET @skip
                """, new { take = pageSize, skip = ((long)page - 1) * pageSize });
            return ((IReadOnlyList<AuditRecord>)rows.Select(r => r.ToRecord()).ToArray(), (int)total);
        }, ct);

    private sealed class Row
    {
        public long Id { get; set; }
        public string KeyId { get; set; } = "";
        public string Organisation { get; set; } = "";
        public string At { get; set; } = "";
        public string Action { get; set; } = "";
        public string Resource { get; set; } = "";
        public long? Version { get; set; }

        public AuditRecord ToRecord() => new(Id, KeyId, Organisation, Timestamps.Parse(At), Action, Resource, Version is { } v ? (int)v : null);
    }
}
