using System.Globalization;

namespace BudgetEngine.Api.Infrastructure.Versioning;

/// <summary>
/// The strong entity tags of stored versions, <c>"{stem}{version}"</c> (a scenario's <c>"k3j5x9w2a8mq-v3"</c>, a DU VO
/// distribution's <c>"duvo-2015-v2"</c>), and the If-Match and If-None-Match headers that name them (RFC 9110).
/// </summary>
public static class EntityTag
{
    /// <summary>The version If-Match: * stands for: whatever is current.</summary>
    public const int AnyVersion = 0;

    /// <summary>A version no document has: If-Match names another document, or only weak tags.</summary>
    public const int NoVersion = -1;

    /// <summary>The strong tag of a version: <paramref name="stem"/> is everything up to the number, e.g. <c>"duvo-2015-v</c>.</summary>
    public static string Of(string stem, int version) => stem + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// The version an If-Match value names among the tags that start with <paramref name="stem"/>: null when the header is
    /// absent or blank, <see cref="AnyVersion"/> for "*", <see cref="NoVersion"/> when it names none (weak tags never match).
    /// </summary>
    public static int? VersionIn(string? ifMatch, string stem)
    {
        if (string.IsNullOrWhiteSpace(ifMatch)) return null;
        foreach (var candidate in ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate == "*") return AnyVersion;
            if (candidate.StartsWith(stem, StringComparison.Ordinal) && candidate.EndsWith('"')
                && int.TryParse(candidate.AsSpan(stem.Length, candidate.Length - stem.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                && version >= 1)
            {
                return version;
            }
        }
        return NoVersion;
    }

    /// <summary>Whether an If-None-Match value names <paramref name="tag"/> (or is *): weak comparison, as RFC 9110 asks for it.</summary>
    public static bool IsNamedBy(string? ifNoneMatch, string tag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch)) return false;
        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate == "*") return true;
            var strong = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            if (string.Equals(strong, tag, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
