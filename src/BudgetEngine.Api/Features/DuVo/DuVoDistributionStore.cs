using BudgetEngine.Api.Infrastructure.Versioning;
using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Infrastructure.Persistence;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>
/// All SQL of the national DU VO distribution, one document per year. Every PUT is a new immutable version (the table
/// refuses updates and deletes); a write runs in one BEGIN IMMEDIATE transaction and only under the If-Match rules.
/// </summary>
public sealed class DuVoDistributionStore(SqliteConnectionFactory database, SqliteRetry retry, TimeProvider clock)
{
    private const string LatestSql = """
        SELECT d.year AS Year, d.current_version AS Version, v.etag AS ETag, d.created_at AS CreatedAt, v.created_at AS UpdatedAt, v.body AS Body
        FROM duvo_distributions d
        JOIN duvo_distribution_versions v ON v.year = d.year AND v.version = d.current_version
        """;

    /// <summary>The ETag of a year's distribution up to its version number, e.g. "\"duvo-2015-v".</summary>
    public static string ETagStem(int year) => $"\"duvo-{year}-v";

    /// <summary>The strong ETag of a version.</summary>
    public static string ETagOf(int year, int version) => EntityTag.Of(ETagStem(year), version);

    /// <summary>Writes the year's distribution as a new version when the If-Match rules allow it.</summary>
    public Task<DuVoPutOutcome> PutAsync(int year, int? expectedVersion, string body, Actor actor, CancellationToken ct) =>
        Run(async connection =>
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            var current = await Latest(connection, year, transaction);
            var status = DuVoIfMatch.Decide(current?.Version, expectedVersion);
            if (status is not (DuVoPutStatus.Created or DuVoPutStatus.Replaced)) return new DuVoPutOutcome(status, current);

            var at = clock.GetUtcNow();
            var now = Timestamps.Format(at);
            var next = (current?.Version ?? 0) + 1;
            if (current is null)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO duvo_distributions (year, created_at, current_version) VALUES (@year, @now, 1)",
                    new { year, now }, transaction);
            }
            else
            {
                await connection.ExecuteAsync(
                    "UPDATE duvo_distributions SET current_version = @next WHERE year = @year AND current_version = @version",
                    new { year, next, version = current.Version }, transaction);
            }
            await connection.ExecuteAsync("""
                INSERT INTO duvo_distribution_versions (year, version, body, etag, created_at)
                VALUES (@year, @next, @body, @etag, @now)
                """, new { year, next, body, etag = ETagOf(year, next), now }, transaction);
            await AuditTrail.AppendAsync(connection, transaction, actor, AuditActions.PutDistribution, $"/v1/duvo/{year}/distribution", next, at);
            var written = await Latest(connection, year, transaction);
            await transaction.CommitAsync(ct);
            return new DuVoPutOutcome(status, written);
        }, ct);

    /// <summary>The year's distribution at its latest version, or null.</summary>
    public Task<DuVoStoredDocument?> FindAsync(int year, CancellationToken ct) =>
        Run(connection => Latest(connection, year, null), ct);

    /// <summary>One version, or null.</summary>
    public Task<DuVoStoredDocument?> VersionAsync(int year, int version, CancellationToken ct) =>
        Run(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<Row>("""
                SELECT v.year AS Year, v.version AS Version, v.etag AS ETag, d.created_at AS CreatedAt, v.created_at AS UpdatedAt, v.body AS Body
                FROM duvo_distribution_versions v JOIN duvo_distributions d ON d.year = v.year
                WHERE v.year = @year AND v.version = @version
                """, new { year, version });
            return row?.ToStored();
        }, ct);

    /// <summary>Every version of the year's distribution, oldest first, with bodies; empty when none is stored.</summary>
    public Task<IReadOnlyList<DuVoStoredDocument>> VersionsAsync(int year, CancellationToken ct) =>
        Run(async connection =>
        {
            var rows = await connection.QueryAsync<Row>("""
                SELECT v.year AS Year, v.version AS Version, v.etag AS ETag, d.created_at AS CreatedAt, v.created_at AS UpdatedAt, '' AS Body
                FROM duvo_distribution_versions v JOIN duvo_distributions d ON d.year = v.year
                WHERE v.year = @year ORDER BY v.version
                """, new { year });
            return (IReadOnlyList<DuVoStoredDocument>)rows.Select(r => r.ToStored()).ToArray();
        }, ct);

    /// <summary>The latest version of every year's distribution, by year.</summary>
    public Task<IReadOnlyList<(int Year, DuVoStoredDocument Document)>> AllLatestAsync(CancellationToken ct) =>
        Run(async connection =>
        {
            var rows = await connection.QueryAsync<Row>($"{LatestSql} ORDER BY d.year");
            return (IReadOnlyList<(int, DuVoStoredDocument)>)rows.Select(r => ((int)r.Year, r.ToStored())).ToArray();
        }, ct);

    /// <summary>How many years have a distribution.</summary>
    public Task<long> CountAsync(CancellationToken ct) =>
        Run(connection => connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM duvo_distributions"), ct);

    private static async Task<DuVoStoredDocument?> Latest(SqliteConnection connection, int year, SqliteTransaction? transaction)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"{LatestSql} WHERE d.year = @year", new { year }, transaction);
        return row?.ToStored();
    }

    private Task<T> Run<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct) => retry.WithConnectionAsync(database, work, ct);

    private sealed class Row
    {
        public long Year { get; set; }
        public long Version { get; set; }
        public string ETag { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string UpdatedAt { get; set; } = "";
        public string Body { get; set; } = "";

        public DuVoStoredDocument ToStored() =>
            new((int)Version, ETag, Timestamps.Parse(CreatedAt), Timestamps.Parse(UpdatedAt), Body);
    }
}
