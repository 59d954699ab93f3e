using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Versioning;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>A centrumgemeente's plan of one year at its latest version.</summary>
/// <param name="Centrumgemeente">The CBS code.</param>
/// <param name="Year">The payment year.</param>
/// <param name="Document">The latest version.</param>
public sealed record DuVoStoredPlan(string Centrumgemeente, int Year, StoredDocument Document);

/// <summary>
/// The DU VO spend plans, one versioned document (<see cref="VersionedDocuments"/>) per centrumgemeente and year in the tables
/// duvo_plans and duvo_plan_versions, with the plan's name in the head. Every PUT is a new version, under the If-Match rules.
/// </summary>
public sealed class DuVoPlanStore(IConnectionFactory database, DatabaseRetry retry, TimeProvider clock)
{
    private static readonly VersionedTables Tables = new(
        "duvo_plans", "duvo_plan_versions", ["centrumgemeente", "year"], ["centrumgemeente", "year"], ["name"], Deletable: false);

    private readonly VersionedDocuments _documents = new(Tables, database, retry, clock);

    /// <summary>The ETag of a plan up to its version number, e.g. "\"GM0344-2015-v".</summary>
    public static string ETagStem(string code, int year) => $"\"{code}-{year}-v";

    /// <summary>The plan of a centrumgemeente and year.</summary>
    public static DocumentKey KeyOf(string code, int year) => new([code, year], ETagStem(code, year));

    /// <summary>Writes the plan as a new version when the If-Match rules allow it.</summary>
    public Task<WriteOutcome> PutAsync(string code, int year, string? name, int? expectedVersion, string body, Actor actor, CancellationToken ct) =>
        _documents.PutAsync(KeyOf(code, year), expectedVersion, new Dictionary<string, object?> { ["name"] = name }, body,
            AuditTrail.Record(actor, AuditActions.PutPlan, $"/v1/centrumgemeenten/{code}/duvo/{year}/plan"), within: null, ct);

    /// <summary>The version <paramref name="version"/> names, or the latest; else why there is none.</summary>
    public Task<ReadOutcome> FindAsync(string code, int year, int? version, CancellationToken ct) =>
        _documents.FindAsync(KeyOf(code, year), version, ct);

    /// <summary>Every version of the plan, oldest first, without bodies; empty when none is stored.</summary>
    public Task<IReadOnlyList<StoredDocument>> VersionsAsync(string code, int year, CancellationToken ct) =>
        _documents.VersionsAsync(KeyOf(code, year), ct);

    /// <summary>The latest version of every plan of one centrumgemeente, by year.</summary>
    public async Task<IReadOnlyList<DuVoStoredPlan>> ForCentrumgemeenteAsync(string code, CancellationToken ct) =>
        Plans(await _documents.LatestWhereAsync("WHERE h.centrumgemeente = @code ORDER BY h.year", new { code }, ct));

    /// <summary>The latest version of every plan, by centrumgemeente and year.</summary>
    public async Task<IReadOnlyList<DuVoStoredPlan>> AllLatestAsync(CancellationToken ct) =>
        Plans(await _documents.LatestWhereAsync("ORDER BY h.centrumgemeente, h.year", null, ct));

    /// <summary>How many plans are stored.</summary>
    public Task<long> CountAsync(CancellationToken ct) => _documents.CountAsync("", null, ct);

    private static DuVoStoredPlan[] Plans(IReadOnlyList<StoredDocument> documents) =>
        documents.Select(d => new DuVoStoredPlan(d.Text("centrumgemeente")!, d.Integer("year"), d)).ToArray();
}
