using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using System.Security.Cryptography;
using System.Text;
using BudgetEngine.Api.Features.Reconciliations;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using Microsoft.Extensions.Caching.Memory;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>
/// The reconciliations of stored versions, as the JSON the API sends, and their charts (SVG). A version never changes and the engine is pure,
/// so a version's reconciliation under given options is fixed until the engine itself changes: the cache key is the
/// scenario, the version, the options, the view (full, or the summary without allocations) and the language of the findings' messages, and the ETag adds the
/// build of the engine and the API (a new build answers a stale If-None-Match with the new body). Bounded by size: the
/// least recently used entries go first.
/// </summary>
public sealed class ReconciliationCache : IDisposable
{
    /// <summary>The most bytes of JSON the cache holds.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });

    /// <summary>A short digest of the engine's, the JSON writer's and the API's builds, part of every ETag.</summary>
    public static string BuildTag { get; } = ComputeBuildTag();

    /// <summary>The cached reconciliation of version <paramref name="version"/> of <paramref name="id"/> under <paramref name="options"/> in <paramref name="view"/>, or null.</summary>
    public CachedReconciliation? Find(string id, int version, ReconciliationOptions options, ReconciliationView view, MessageLanguage language) =>
        _entries.TryGetValue(Key(id, version, options, view, language), out CachedReconciliation? entry) ? entry : null;

    /// <summary>Stores <paramref name="json"/> as the reconciliation of the version in the view and language; returns the entry with its ETag.</summary>
    public CachedReconciliation Add(string id, int version, ReconciliationOptions options, ReconciliationView view, MessageLanguage language, byte[] json, IReadOnlyList<string> lineOrder)
    {
        var entry = new CachedReconciliation(ETagOf(id, version, options, view, language), json, ContentCoding.Compress(json), lineOrder);
        _entries.Set(Key(id, version, options, view, language), entry, new MemoryCacheEntryOptions { Size = Math.Max(1, json.Length + entry.Gzip.Length) });
        return entry;
    }

    /// <summary>The cached chart (SVG) of version <paramref name="version"/> of <paramref name="id"/> under <paramref name="options"/>, or null.</summary>
    public string? FindChart(string id, int version, ReconciliationOptions options) =>
        _entries.TryGetValue(ChartKey(id, version, options), out string? svg) ? svg : null;

    /// <summary>Stores <paramref name="svg"/> as the chart of the version under the options; returns it.</summary>
    public string AddChart(string id, int version, ReconciliationOptions options, string svg) =>
        _entries.Set(ChartKey(id, version, options), svg, new MemoryCacheEntryOptions { Size = Math.Max(1, svg.Length * 2L) });

    /// <summary>
    /// A reconciliation that also depends on other stored documents (the DU VO plans its grants name as their origin) and so is not cached:
    /// its ETag adds <paramref name="versionTag"/>, the digest of those documents' versions.
    /// </summary>
    public static CachedReconciliation Uncached(string id, int version, ReconciliationOptions options, ReconciliationView view, MessageLanguage language,
        byte[] json, IReadOnlyList<string> lineOrder, string versionTag) =>
        new($"{ETagOf(id, version, options, view, language)[..^1]}-{versionTag}\"", json, ContentCoding.Compress(json), lineOrder);

    /// <summary>
    /// The strong ETag of a version's reconciliation under options in a view and language, e.g. <c>"k3j5x9w2a8mq-v1-award-year-c-nl-5f2a91c0"</c>,
    /// on the realised figures (<c>?basis=actuals</c>) <c>"k3j5x9w2a8mq-v1-award-year-c-actuals-nl-5f2a91c0"</c>,
    /// for the summary (no allocations) <c>"k3j5x9w2a8mq-v1-award-year-c-summary-nl-5f2a91c0"</c> and in English
    /// <c>"k3j5x9w2a8mq-v1-award-year-c-en-5f2a91c0"</c>: each is another body.
    /// </summary>
    public static string ETagOf(string id, int version, ReconciliationOptions options, ReconciliationView view, MessageLanguage language) =>
        $"\"{id}-v{version}-{Contracts.Json.ApiJson.WireName(Contracts.Mapping.WireEnums.ToDto(options.Recognition))}-{(options.IncludeConditional ? "c" : "nc")}-{(options.Basis == ReconciliationBasis.Actuals ? "actuals-" : "")}{(view == ReconciliationView.Summary ? "summary-" : "")}{(language == MessageLanguage.Dutch ? "nl" : "en")}-{BuildTag}\"";

    // The options are a record: every choice they hold is part of the key.
    private static (string, int, ReconciliationOptions, ReconciliationView, MessageLanguage) Key(string id, int version, ReconciliationOptions options, ReconciliationView view, MessageLanguage language) =>
        (id, version, options, view, language);

    private static (string, string, int, ReconciliationOptions) ChartKey(string id, int version, ReconciliationOptions options) =>
        ("chart", id, version, options);

    private static string ComputeBuildTag()
    {
        // The engine, the JSON writer and this API: a change to any of them changes the bodies, so the ETags change with them.
        var text = string.Join('|', typeof(Reconciler).Assembly.ManifestModule.ModuleVersionId, typeof(ReconciliationJsonWriter).Assembly.ManifestModule.ModuleVersionId,
            typeof(ReconciliationCache).Assembly.ManifestModule.ModuleVersionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }

    /// <inheritdoc />
    public void Dispose() => _entries.Dispose();
}

/// <summary>A reconciliation as sent: its ETag and its UTF-8 JSON, the same JSON compressed with gzip, and the scenario's line names in its order (for the sheets).</summary>
public sealed record CachedReconciliation(string ETag, byte[] Json, byte[] Gzip, IReadOnlyList<string> LineOrder)
{
    /// <summary>The strong ETag of the gzip-coded body: another representation, so another tag (RFC 9110, 8.8.3).</summary>
    public string GzipETag { get; } = ETag.Insert(ETag.Length - 1, "-gzip");
}
