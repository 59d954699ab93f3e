using System.Text.Json;
using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Infrastructure.Versioning;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts.Municipalities;
using BudgetEngine.Core.Municipalities;

namespace BudgetEngine.Api.Features.Municipalities;

/// <summary>
/// The list of municipalities over time in use: the latest version an admin stored (tables municipality_lists and
/// municipality_list_versions, one versioned document), else the shipped list (<see cref="ShippedMunicipalities"/>). Every PUT is
/// a new immutable version under the If-Match rules, recorded in the audit trail.
/// </summary>
public sealed class MunicipalityListStore(IConnectionFactory database, DatabaseRetry retry, TimeProvider clock)
{
    /// <summary>The one list's key in the tables.</summary>
    private const string ListKey = "cbs";

    /// <summary>The ETag of the stored list up to its version number.</summary>
    public const string ETagStem = "\"municipalities-v";

    private static readonly VersionedTables Tables = new(
        "municipality_lists", "municipality_list_versions", ["list"], ["list"], [], Deletable: false);

    private static readonly DocumentKey Key = new([ListKey], ETagStem);

    private readonly VersionedDocuments _documents = new(Tables, database, retry, clock);

    /// <summary>Stores <paramref name="list"/> (already validated) as a new version when the If-Match rules allow it.</summary>
    public Task<WriteOutcome> PutAsync(MunicipalityListDto list, int? expectedVersion, Actor actor, CancellationToken ct) =>
        _documents.PutAsync(Key, expectedVersion, new Dictionary<string, object?>(), Serialize(list),
            AuditTrail.Record(actor, AuditActions.PutMunicipalities, "/v1/municipalities"), within: null, ct);

    /// <summary>The list in use with where it comes from: the latest stored version, else the shipped list.</summary>
    public async Task<MunicipalityListResourceDto> CurrentAsync(CancellationToken ct) =>
        (await _documents.LatestAsync(Key, ct)) is { } stored
            ? Resource(stored)
            : new MunicipalityListResourceDto("shipped", null, null, null, ShippedMunicipalities.List);

    /// <summary>The registry the calculations are given: the latest stored list, else the shipped one.</summary>
    public async Task<MunicipalityRegistry> RegistryAsync(CancellationToken ct) =>
        (await _documents.LatestAsync(Key, ct)) is { } stored
            ? MunicipalityListMapper.Read(Deserialize(stored.Body)).Registry!
            : ShippedMunicipalities.Registry;

    /// <summary>The resource of a stored version.</summary>
    public static MunicipalityListResourceDto Resource(StoredDocument stored) =>
        new("stored", stored.Version, stored.ETag, stored.UpdatedAt, Deserialize(stored.Body));

    private static string Serialize(MunicipalityListDto list) => JsonSerializer.Serialize(list, ApiJson.TypeInfo<MunicipalityListDto>());

    private static MunicipalityListDto Deserialize(string body) => JsonSerializer.Deserialize(body, ApiJson.TypeInfo<MunicipalityListDto>())!;
}
