using BudgetEngine.Api.Infrastructure.Versioning;
using System.Security.Cryptography;
using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Security;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>A scenario's latest state as stored.</summary>
public sealed record StoredScenario(
    string Id, string Organisation, string Name, int Version, string ETag,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Deleted, string Body);

/// <summary>One immutable version as stored; <see cref="Body"/> is null in listings.</summary>
public sealed record StoredVersion(string Id, int Version, string ETag, DateTimeOffset CreatedAt, bool Deleted, string? Body);

/// <summary>What a conditional write found.</summary>
public enum WriteStatus
{
    /// <summary>A new version was written.</summary>
    Written,
    /// <summary>No scenario has the id.</summary>
    NotFound,
    /// <summary>The scenario was deleted.</summary>
    Gone,
    /// <summary>The expected version is not the current one.</summary>
    Stale,
}

/// <summary>The outcome of a write: the status and the scenario's state after it (or as found).</summary>
public sealed record WriteOutcome(WriteStatus Status, StoredScenario? Scenario);

/// <summary>
/// All SQL of the scenario aggregate. Every change is a new immutable version (the table refuses updates and deletes);
/// writes run in one <see cref="WriteTransaction"/> (this process's write turn, then BEGIN IMMEDIATE) and only when the current
/// version is the expected one, and append their audit record in that same transaction.
/// </summary>
public sealed class ScenarioStore(SqliteConnectionFactory database, SqliteRetry retry, TimeProvider clock)
{
    private const string LatestSql = """
        SELECT s.id AS Id, s.organisation AS Organisation, s.name AS Name, s.current_version AS Version, v.etag AS ETag,
               s.created_at AS CreatedAt, v.created_at AS UpdatedAt, v.deleted AS Deleted, v.body AS Body
        FROM scenarios s
        JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = s.current_version
        """;

    /// <summary>The expected version that matches whatever is current (If-Match: *).</summary>
    public const int AnyVersion = EntityTag.AnyVersion;

    /// <summary>The path of a scenario, as the audit trail names it.</summary>
    public static string ResourceOf(string id) => $"/v1/scenarios/{id}";

    /// <summary>The strong ETag of a version.</summary>
    public static string ETagOf(string id, int version) => EntityTag.Of(ETagStem(id), version);

    /// <summary>A scenario's ETags up to the version number, e.g. <c>"k3j5x9w2a8mq-v</c>.</summary>
    public static string ETagStem(string id) => $"\"{id}-v";

    /// <summary>
    /// Stores a new scenario as version 1, recorded as <paramref name="actor"/>'s, in its own transaction, or inside
    /// <paramref name="within"/> when given (the caller commits it, together with whatever else it wrote, and retries it as a whole).
    /// </summary>
    public Task<StoredScenario> CreateAsync(string organisation, string name, string body, Actor actor, WriteTransaction? within, CancellationToken ct)
    {
        if (within is not null)
        {
            return Insert(within.Connection, within.Transaction);
        }
        return RunWrite(async write =>
        {
            var stored = await Insert(write.Connection, write.Transaction);
            await write.CommitAsync(ct);
            return stored;
        }, ct);

        async Task<StoredScenario> Insert(SqliteConnection connection, SqliteTransaction transaction)
        {
            var id = ResourceIds.New();
            var at = clock.GetUtcNow();
            var now = Timestamps.Format(at);
            await connection.ExecuteAsync(
                "INSERT INTO scenarios (id, organisation, name, created_at, current_version) VALUES (@id, @organisation, @name, @now, 1)",
                new { id, organisation, name, now }, transaction);
            await InsertVersion(connection, transaction, id, 1, body, now, deleted: false);
            await AuditTrail.AppendAsync(connection, transaction, actor, AuditActions.Create, ResourceOf(id), 1, at);
            return (await Latest(connection, id, transaction))!;
        }
    }

    /// <summary>Stores a new scenario as version 1 in its own transaction, recorded as <paramref name="actor"/>'s.</summary>
    public Task<StoredScenario> CreateAsync(string organisation, string name, string body, Actor actor, CancellationToken ct) =>
        CreateAsync(organisation, name, body, actor, within: null, ct);

    /// <summary>The scenario's latest state (deleted ones too), or null.</summary>
    public Task<StoredScenario?> FindAsync(string id, CancellationToken ct) =>
        Run(connection => Latest(connection, id, null), ct);

    /// <summary>The organisation a scenario was stored for (deleted ones too), or null when no scenario has the id.</summary>
    public Task<string?> OrganisationOfAsync(string id, CancellationToken ct) =>
        Run(connection => connection.ExecuteScalarAsync<string?>("SELECT organisation FROM scenarios WHERE id = @id", new { id }), ct);

    /// <summary>
    /// A page of the scenarios that are not deleted, oldest first; organisation matches as the same organisation (see
    /// <see cref="Organisations"/>) and name as a part ignoring case. <paramref name="visibleTo"/> limits it to one
    /// organisation's, compared alike; null shows all.
    /// </summary>
    public Task<(IReadOnlyList<StoredScenario> Items, int Total)> ListAsync(
        string? organisation, string? name, string? visibleTo, int page, int pageSize, CancellationToken ct) =>
        Run(async connection =>
        {
            const string where = """
                WHERE s.deleted_at IS NULL
                  AND (@organisation IS NULL OR organisation_key(s.organisation) = @organisation)
                  AND (@visibleTo IS NULL OR organisation_key(s.organisation) = @visibleTo)
                  AND (@name IS NULL OR instr(lower(s.name), lower(@name)) > 0)
                """;
            var args = new
            {
                organisation = organisation is null ? null : Organisations.Key(organisation),
                name,
                visibleTo = visibleTo is null ? null : Organisations.Key(visibleTo),
                take = pageSize,
                skip = ((long)page - 1) * pageSize,
            };
            var total = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM scenarios s {where}", args);
            var rows = await connection.QueryAsync<Row>($"{LatestSql} {where} ORDER BY s.created_at, s.id LIMIT @take OFFSET @skip", args);
            return ((IReadOnlyList<StoredScenario>)rows.Select(r => r.ToStored()).ToArray(), (int)total);
        }, ct);

    /// <summary>Writes a new version when <paramref name="expectedVersion"/> is the current one, recorded as <paramref name="actor"/>'s.</summary>
    public Task<WriteOutcome> UpdateAsync(string id, int expectedVersion, string organisation, string name, string body, Actor actor, CancellationToken ct) =>
        Write(id, expectedVersion, deleted: false, organisation, name, body, actor, ct);

    /// <summary>Writes the tombstone version (repeating the last body) when <paramref name="expectedVersion"/> is the current one.</summary>
    public Task<WriteOutcome> DeleteAsync(string id, int expectedVersion, Actor actor, CancellationToken ct) =>
        Write(id, expectedVersion, deleted: true, null, null, null, actor, ct);

    /// <summary>Every version of a scenario, oldest first; null when no scenario has the id.</summary>
    public Task<IReadOnlyList<StoredVersion>?> VersionsAsync(string id, CancellationToken ct) =>
        Run(async connection =>
        {
            var exists = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM scenarios WHERE id = @id", new { id });
            if (exists == 0) return null;
            var rows = await connection.QueryAsync<VersionRow>("""
                SELECT scenario_id AS Id, version AS Version, etag AS ETag, created_at AS CreatedAt, deleted AS Deleted, NULL AS Body
                FROM scenario_versions WHERE scenario_id = @id ORDER BY version
                """, new { id });
            return (IReadOnlyList<StoredVersion>?)rows.Select(r => r.ToStored()).ToArray();
        }, ct);

    /// <summary>One version with its body, or null.</summary>
    public Task<StoredVersion?> VersionAsync(string id, int version, CancellationToken ct) =>
        Run(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<VersionRow>("""
                SELECT scenario_id AS Id, version AS Version, etag AS ETag, created_at AS CreatedAt, deleted AS Deleted, body AS Body
                FROM scenario_versions WHERE scenario_id = @id AND version = @version
                """, new { id, version });
            return row?.ToStored();
        }, ct);

    /// <summary>The current version of a scenario and whether it is deleted, without its body; null when no scenario has the id.</summary>
    public Task<(int Version, bool Deleted)?> CurrentVersionAsync(string id, CancellationToken ct) =>
        Run(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<(long Version, long Deleted)?>(
                "SELECT current_version, deleted_at IS NOT NULL FROM scenarios WHERE id = @id", new { id });
            return row is { } r ? ((int)r.Version, r.Deleted != 0) : ((int, bool)?)null;
        }, ct);

    /// <summary>How many scenarios were ever stored, deleted ones included.</summary>
    public Task<long> CountAllAsync(CancellationToken ct) =>
        Run(connection => connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM scenarios"), ct);

    /// <summary>The highest schema migration applied (the query also proves the database answers).</summary>
    public Task<int?> SchemaVersionAsync(CancellationToken ct) =>
        Run(connection => connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_migrations"), ct);

    private Task<WriteOutcome> Write(string id, int expectedVersion, bool deleted, string? organisation, string? name, string? body, Actor actor, CancellationToken ct) =>
        RunWrite(async write =>
        {
            var (connection, transaction) = (write.Connection, write.Transaction);
            var current = await Latest(connection, id, transaction);
            if (current is null) return new WriteOutcome(WriteStatus.NotFound, null);
            if (current.Deleted) return new WriteOutcome(WriteStatus.Gone, current);
            if (expectedVersion != AnyVersion && current.Version != expectedVersion) return new WriteOutcome(WriteStatus.Stale, current);

            var next = current.Version + 1;
            var at = clock.GetUtcNow();
            var now = Timestamps.Format(at);
            var changed = await connection.ExecuteAsync("""
                UPDATE scenarios
                SET current_version = @next,
                    organisation = coalesce(@organisation, organisation),
                    name = coalesce(@name, name),
                    deleted_at = CASE WHEN @deleted THEN @now ELSE NULL END
                WHERE id = @id AND current_version = @currentVersion AND deleted_at IS NULL
                """, new { id, next, organisation, name, deleted, now, currentVersion = current.Version }, transaction);
            if (changed != 1)
            {
                return new WriteOutcome(WriteStatus.Stale, current);
            }
            await InsertVersion(connection, transaction, id, next, body ?? current.Body, now, deleted);
            await AuditTrail.AppendAsync(connection, transaction, actor, deleted ? AuditActions.Delete : AuditActions.Update, ResourceOf(id), next, at);
            var written = await Latest(connection, id, transaction);
            await transaction.CommitAsync(ct);
            return new WriteOutcome(WriteStatus.Written, written);
        }, ct);

    private static Task InsertVersion(SqliteConnection connection, SqliteTransaction transaction, string id, int version, string body, string now, bool deleted) =>
        connection.ExecuteAsync("""
            INSERT INTO scenario_versions (scenario_id, version, body, etag, created_at, deleted)
            VALUES (@id, @version, @body, @etag, @now, @deleted)
            """, new { id, version, body, etag = ETagOf(id, version), now, deleted }, transaction);

    private static async Task<StoredScenario?> Latest(SqliteConnection connection, string id, SqliteTransaction? transaction)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"{LatestSql} WHERE s.id = @id", new { id }, transaction);
        return row?.ToStored();
    }

    private Task<T> Run<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct) => retry.WithConnectionAsync(database, work, ct);

    private async Task<T> RunWrite<T>(Func<WriteTransaction, Task<T>> work, CancellationToken ct) =>
        await retry.ExecuteAsync(async token =>
        {
            await using var write = await WriteTransaction.BeginAsync(database, token);
            return await work(write);
        }, ct);

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Organisation { get; set; } = "";
        public string Name { get; set; } = "";
        public long Version { get; set; }
        public string ETag { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string UpdatedAt { get; set; } = "";
        public long Deleted { get; set; }
        public string Body { get; set; } = "";

        public StoredScenario ToStored() => new(Id, Organisation, Name, (int)Version, ETag,
            Timestamps.Parse(CreatedAt), Timestamps.Parse(UpdatedAt), Deleted != 0, Body);
    }

    private sealed class VersionRow
    {
        public string Id { get; set; } = "";
        public long Version { get; set; }
        public string ETag { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public long Deleted { get; set; }
        public string? Body { get; set; }

        public StoredVersion ToStored() => new(Id, (int)Version, ETag, Timestamps.Parse(CreatedAt), Deleted != 0, Body);
    }
}
