using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Api.Infrastructure.Versioning;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>A scenario's latest state as listed: its id, organisation and name, and the document.</summary>
public sealed record StoredScenario(string Id, string Organisation, string Name, StoredDocument Document);

/// <summary>
/// The stored scenarios: versioned documents (<see cref="VersionedDocuments"/>) in the tables scenarios and scenario_versions,
/// keyed by id, with the organisation and name in the head; a deletion is a tombstone version.
/// </summary>
public sealed class ScenarioStore(IConnectionFactory database, DatabaseRetry retry, TimeProvider clock)
{
    private static readonly VersionedTables Tables = new(
        "scenarios", "scenario_versions", ["id"], ["scenario_id"], ["organisation", "name"], Deletable: true);

    private readonly VersionedDocuments _documents = new(Tables, database, retry, clock);

    /// <summary>The path of a scenario, as the audit trail names it.</summary>
    public static string ResourceOf(string id) => $"/v1/scenarios/{id}";

    /// <summary>A scenario's ETags up to the version number, e.g. <c>"k3j5x9w2a8mq-v</c>.</summary>
    public static string ETagStem(string id) => $"\"{id}-v";

    /// <summary>The stored scenario with the id.</summary>
    public static DocumentKey KeyOf(string id) => new([id], ETagStem(id));

    /// <summary>
    /// Stores a new scenario as version 1, recorded as <paramref name="actor"/>'s, in its own transaction, or inside
    /// <paramref name="within"/> when given (the caller commits it, together with whatever else it wrote, and retries it as a whole).
    /// </summary>
    public async Task<(string Id, StoredDocument Document)> CreateAsync(
        string organisation, string name, string body, Actor actor, WriteTransaction? within, CancellationToken ct)
    {
        var id = ResourceIds.New();
        var outcome = await _documents.PutAsync(KeyOf(id), expectedVersion: null, Attributes(organisation, name), body,
            AuditTrail.Record(actor, AuditActions.Create, ResourceOf(id)), within, ct);
        return (id, outcome.Document!);
    }

    /// <summary>Stores a new scenario as version 1 in its own transaction, recorded as <paramref name="actor"/>'s.</summary>
    public Task<(string Id, StoredDocument Document)> CreateAsync(string organisation, string name, string body, Actor actor, CancellationToken ct) =>
        CreateAsync(organisation, name, body, actor, within: null, ct);

    /// <summary>The version <paramref name="version"/> names, or the latest of a scenario that is not deleted; else why there is none.</summary>
    public Task<ReadOutcome> FindAsync(string id, int? version, CancellationToken ct) => _documents.FindAsync(KeyOf(id), version, ct);

    /// <summary>The scenario's latest state (deleted ones too), or null.</summary>
    public Task<StoredDocument?> LatestAsync(string id, CancellationToken ct) => _documents.LatestAsync(KeyOf(id), ct);

    /// <summary>The organisation a scenario was stored for (deleted ones too), or null when no scenario has the id.</summary>
    public async Task<string?> OrganisationOfAsync(string id, CancellationToken ct) =>
        (await _documents.HeadAsync(KeyOf(id), ct))?.Text("organisation");

    /// <summary>The current version of a scenario and whether it is deleted, without its body; null when no scenario has the id.</summary>
    public async Task<(int Version, bool Deleted)?> CurrentVersionAsync(string id, CancellationToken ct) =>
        await _documents.HeadAsync(KeyOf(id), ct) is { } head ? (head.Version, head.Deleted) : null;

    /// <summary>
    /// A page of the scenarios that are not deleted, oldest first; organisation matches as the same organisation (see
    /// <see cref="Organisations"/>) and name as a part ignoring case. <paramref name="visibleTo"/> limits it to one
    /// organisation's, compared alike; null shows all.
    /// </summary>
    public async Task<(IReadOnlyList<StoredScenario> Items, int Total)> ListAsync(
        string? organisation, string? name, string? visibleTo, int page, int pageSize, CancellationToken ct)
    {
        var where = $"""
            WHERE h.deleted_at IS NULL
              AND (@organisation IS NULL OR organisation_key(h.organisation) = @organisation)
              AND (@visibleTo IS NULL OR organisation_key(h.organisation) = @visibleTo)
              AND (@name IS NULL OR {database.Dialect.ContainsIgnoringCase("h.name", "@name")})
            """;
        var args = new
        {
            organisation = organisation is null ? null : Organisations.Key(organisation),
            name,
            visibleTo = visibleTo is null ? null : Organisations.Key(visibleTo),
            take = pageSize,
            skip = ((long)page - 1) * pageSize,
        };
        var total = await _documents.CountAsync(where, args, ct);
        var rows = await _documents.LatestWhereAsync($"{where} ORDER BY h.created_at, h.id LIMIT @take OFFSET @skip", args, ct);
        return (rows.Select(d => new StoredScenario(d.Text("id")!, d.Text("organisation")!, d.Text("name")!, d)).ToArray(), (int)total);
    }

    /// <summary>Writes a new version when <paramref name="expectedVersion"/> is the current one, recorded as <paramref name="actor"/>'s.</summary>
    public Task<WriteOutcome> UpdateAsync(string id, int expectedVersion, string organisation, string name, string body, Actor actor, CancellationToken ct) =>
        _documents.PutAsync(KeyOf(id), expectedVersion, Attributes(organisation, name), body,
            AuditTrail.Record(actor, AuditActions.Update, ResourceOf(id)), within: null, ct);

    /// <summary>Writes the tombstone version (repeating the last body) when <paramref name="expectedVersion"/> is the current one.</summary>
    public Task<WriteOutcome> DeleteAsync(string id, int expectedVersion, Actor actor, CancellationToken ct) =>
        _documents.DeleteAsync(KeyOf(id), expectedVersion, AuditTrail.Record(actor, AuditActions.Delete, ResourceOf(id)), ct);

    /// <summary>Every version of a scenario, oldest first, without bodies; empty when no scenario has the id.</summary>
    public Task<IReadOnlyList<StoredDocument>> VersionsAsync(string id, CancellationToken ct) => _documents.VersionsAsync(KeyOf(id), ct);

    /// <summary>How many scenarios were ever stored, deleted ones included.</summary>
    public Task<long> CountAllAsync(CancellationToken ct) => _documents.CountAsync("", null, ct);

    private static Dictionary<string, object?> Attributes(string organisation, string name) =>
        new() { ["organisation"] = organisation, ["name"] = name };
}
