namespace BudgetEngine.Core.Scenarios;

/// <summary>
/// Finds a scenario's funding sources by the names that coverage and grants use: case-insensitive, surrounding
/// spaces ignored. For a name that matches nothing it suggests the nearest code ("GNHT" gives "GHNT").
/// </summary>
public sealed class SourceCatalog
{
    private readonly Dictionary<string, FundingSource> _byCode;

    /// <summary>Indexes <paramref name="sources"/> by code.</summary>
    public SourceCatalog(IEnumerable<FundingSource> sources)
    {
        _byCode = new Dictionary<string, FundingSource>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            _byCode.TryAdd(source.Code.Trim(), source);
        }
    }

    /// <summary>The source a name refers to, or null.</summary>
    public FundingSource? Find(string? name) =>
        name is not null && _byCode.TryGetValue(name.Trim(), out var source) ? source : null;

    /// <summary>
    /// The known code nearest to <paramref name="name"/> by edit distance (insertions, deletions, substitutions and
    /// swaps of neighbouring letters, ignoring case), when it is close enough to be a plausible typo; ties go to the
    /// smaller code.
    /// </summary>
    public string? Suggest(string name)
    {
        var wanted = name.Trim().ToUpperInvariant();
        var limit = Math.Max(1, Math.Min(3, wanted.Length / 3));
        return _byCode.Keys
            .Select(code => (Code: code, Distance: EditDistance(wanted, code.ToUpperInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => _byCode[c.Code].Code)
            .FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring).</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + substitution);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
