using BudgetEngine.Api.Infrastructure.Versioning;
using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Infrastructure.Persistence;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>A centrumgemeente's plan of one year at its latest version.</summary>
/// <param name="Centrumgemeente">The CBS code.</param>
/// <param name="Year">The payment year.</param>
/// <param name="Document">The latest version.</param>
public sealed record DuVoStoredPlan(string Centrumgemeente, int Year, DuVoStoredDocument Document);

/// <summary>
/// All SQL of the DU VO spend plans, one document per centrumgemeente and year. Every PUT is a new immutable version
/// (the table refuses updates and deletes); a write runs in one BEGIN IMMEDIATE transaction and only under the If-Match rules.
/// </summary>
public sealed class DuVoPlanStore(SqliteConnectionFactory database, SqliteRetry retry, TimeProvider clock)
{
    private const string LatestSql = """
        SELECT p.centrumgemeente AS Centrumgemeente, p.year AS Year, p.current_version AS Version, v.etag AS ETag,
               p.created_at AS CreatedAt, v.created_at AS UpdatedAt, v.body AS Body
        FROM duvo_plans p
        JOIN duvo_plan_versions v ON v.centrumgemeente = p.centrumgemeente AND v.year = p.year AND v.version = p.current_version
        """;

    private const string VersionSql = """
        SELECT v.centrumgemeente AS Centrumgemeente, v.year AS Year, v.version AS Version, v.etag AS ETag,
               p.created_at AS CreatedAt, v.created_at AS UpdatedAt, {0} AS Body
        FROM duvo_plan_versions v
        JOIN duvo_plans p ON p.centrumgemeente = v.centrumgemeente AND p.year = v.year
        WHERE v.centrumgemeente = @code AND v.year = @year
        """;

    /// <summary>The ETag of a plan up to its version number, e.g. "\"GM0344-2015-v".</summary>
    public static string ETagStem(string code, int year) => $"\"{code}-{year}-v";

    /// <summary>The strong ETag of a version.</summary>
    public static string ETagOf(string code, int year, int version) => EntityTag.Of(ETagStem(code, year), version);

    /// <summary>Writes the plan as a new version when the If-Match rules allow it.</summary>
    public Task<DuVoPutOutcome> PutAsync(string code, int year, string? name, int? expectedVersion, string body, Actor actor, CancellationToken ct) =>
        Run(async connection =>
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            var current = await Latest(connection, code, year, transaction);
            var status = DuVoIfMatch.Decide(current?.Version, expectedVersion);
            if (status is not (DuVoPutStatus.Created or DuVoPutStatus.Replaced)) return new DuVoPutOutcome(status, current);

            var at = clock.GetUtcNow();
            var now = Timestamps.Format(at);
            var next = (current?.Version ?? 0) + 1;
            if (current is null)
            {
                await connection.ExecuteAsync("""
                    INSERT INTO duvo_plans (centrumgemeente, year, name, created_at, current_version) VALUES (@code, @year, @name, @now, 1)
                    """, new { code, year, name, now }, transaction);
            }
            else
            {
                await connection.ExecuteAsync("""
                    UPDATE duvo_plans SET current_version = @next, name = @name
                    WHERE centrumgemeente = @code AND year = @year AND current_version = @version
                    """, new { code, year, name, next, version = current.Version }, transaction);
            }
            await connection.ExecuteAsync("""
                INSERT INTO duvo_plan_versions (centrumgemeente, year, version, body, etag, created_at)
                VALUES (@code, @year, @next, @body, @etag, @now)
                """, new { code, year, next, body, etag = ETagOf(code, year, next), now }, transaction);
            await AuditTrail.AppendAsync(connection, transaction, actor, AuditActions.PutPlan, $"/v1/centrumgemeenten/{code}/duvo/{year}/plan", next, at);
            var written = await Latest(connection, code, year, transaction);
            await transaction.CommitAsync(ct);
            return new DuVoPutOutcome(status, written);
        }, ct);

    /// <summary>The plan at its latest version, or null.</summary>
    public Task<DuVoStoredDocument?> FindAsync(string code, int year, CancellationToken ct) =>
        Run(connection => Latest(connection, code, year, null), ct);

    /// <summary>One version, or null.</summary>
    public Task<DuVoStoredDocument?> VersionAsync(string code, int year, int version, CancellationToken ct) =>
        Run(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<Row>(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, VersionSql, "v.body") + " AND v.version = @version",
                new { code, year, version });
            return row?.ToStored();
        }, ct);

    /// <summary>Every version of the plan, oldest first, without bodies; empty when none is stored.</summary>
    public Task<IReadOnlyList<DuVoStoredDocument>> VersionsAsync(string code, int year, CancellationToken ct) =>
        Run(async connection =>
        {
            var rows = await connection.QueryAsync<Row>(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, VersionSql, "''") + " ORDER BY v.version",
                new { code, year });
            return (IReadOnlyList<DuVoStoredDocument>)rows.Select(r => r.ToStored()).ToArray();
        }, ct);

    /// <summary>The latest version of every plan of one centrumgemeente, by year.</summary>
    public Task<IReadOnlyList<DuVoStoredPlan>> ForCentrumgemeenteAsync(string code, CancellationToken ct) =>
        Run(async connection =>
        {
            var rows = await connection.QueryAsync<Row>($"{LatestSql} WHERE p.centrumgemeente = @code ORDER BY p.year", new { code });
            return (IReadOnlyList<DuVoStoredPlan>)rows.Select(r => r.ToPlan()).ToArray();
        }, ct);

    /// <summary>The latest version of every plan, by centrumgemeente and year.</summary>
    public Task<IReadOnlyList<DuVoStoredPlan>> AllLatestAsync(CancellationToken ct) =>
        Run(async connection =>
        {
            var rows = await connection.QueryAsync<Row>($"{LatestSql} ORDER BY p.centrumgemeente, p.year");
            return (IReadOnlyList<DuVoStoredPlan>)rows.Select(r => r.ToPlan()).ToArray();
        }, ct);

    /// <summary>How many plans are stored.</summary>
    public Task<long> CountAsync(CancellationToken ct) =>
        Run(connection => connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM duvo_plans"), ct);

    private static async Task<DuVoStoredDocument?> Latest(SqliteConnection connection, string code, int year, SqliteTransaction? transaction)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            $"{LatestSql} WHERE p.centrumgemeente = @code AND p.year = @year", new { code, year }, transaction);
        return row?.ToStored();
    }

    private Task<T> Run<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct) => retry.WithConnectionAsync(database, work, ct);

    private sealed class Row
    {
        public string Centrumgemeente { get; set; } = "";
        public long Year { get; set; }
        public long Version { get; set; }
        public string ETag { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string UpdatedAt { get; set; } = "";
        public string Body { get; set; } = "";

        public DuVoStoredDocument ToStored() =>
            new((int)Version, ETag, Timestamps.Parse(CreatedAt), Timestamps.Parse(UpdatedAt), Body);

        public DuVoStoredPlan ToPlan() => new(Centrumgemeente, (int)Year, ToStored());
    }
}
