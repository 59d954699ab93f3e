using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Versioning;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>
/// The national DU VO distributions, one versioned document (<see cref="VersionedDocuments"/>) per year in the tables
/// duvo_distributions and duvo_distribution_versions. Every PUT is a new version, under the If-Match rules.
/// </summary>
public sealed class DuVoDistributionStore(IConnectionFactory database, DatabaseRetry retry, TimeProvider clock)
{
    private static readonly VersionedTables Tables = new(
        "duvo_distributions", "duvo_distribution_versions", ["year"], ["year"], [], Deletable: false);

    private readonly VersionedDocuments _documents = new(Tables, database, retry, clock);

    /// <summary>The ETag of a year's distribution up to its version number, e.g. "\"duvo-2015-v".</summary>
    public static string ETagStem(int year) => $"\"duvo-{year}-v";

    /// <summary>The distribution of a year.</summary>
    public static DocumentKey KeyOf(int year) => new([year], ETagStem(year));

    /// <summary>Writes the year's distribution as a new version when the If-Match rules allow it.</summary>
    public Task<WriteOutcome> PutAsync(int year, int? expectedVersion, string body, Actor actor, CancellationToken ct) =>
        _documents.PutAsync(KeyOf(year), expectedVersion, new Dictionary<string, object?>(), body,
            AuditTrail.Record(actor, AuditActions.PutDistribution, $"/v1/duvo/{year}/distribution"), within: null, ct);

    /// <summary>The version <paramref name="version"/> names, or the latest; else why there is none.</summary>
    public Task<ReadOutcome> FindAsync(int year, int? version, CancellationToken ct) => _documents.FindAsync(KeyOf(year), version, ct);

    /// <summary>Every version of the year's distribution, oldest first, without bodies; empty when none is stored.</summary>
    public Task<IReadOnlyList<StoredDocument>> VersionsAsync(int year, CancellationToken ct) => _documents.VersionsAsync(KeyOf(year), ct);

    /// <summary>The latest version of every year's distribution, by year.</summary>
    public async Task<IReadOnlyList<(int Year, StoredDocument Document)>> AllLatestAsync(CancellationToken ct) =>
        (await _documents.LatestWhereAsync("ORDER BY h.year", null, ct)).Select(d => (d.Integer("year"), d)).ToArray();

    /// <summary>How many years have a distribution.</summary>
    public Task<long> CountAsync(CancellationToken ct) => _documents.CountAsync("", null, ct);
}
