using System.Text;

namespace BudgetEngine.Core.LineTotals;

/// <summary>An Iv3 taakveld: the code a municipality reports its costs under to the CBS, and its name.</summary>
/// <param name="Code">The code, e.g. <c>6.81</c>.</param>
/// <param name="Name">The name, e.g. <c>Geëscaleerde zorg 18+</c>.</param>
public sealed record Iv3Taakveld(string Code, string Name);

/// <summary>
/// The published list of Iv3 taakvelden for gemeenten, read from <c>docs/reference/iv3-taakvelden.csv</c> (embedded in
/// this assembly; the file names its source and version year). A line's <see cref="Scenarios.CostLine.Taakveld"/> must be
/// one of its codes, matched exactly (<c>0.10</c> is not <c>0.1</c>).
/// </summary>
public static class Iv3Taakvelden
{
    /// <summary>Where the list is kept in the repository, for messages that point to it.</summary>
    public const string ReferenceFile = "docs/reference/iv3-taakvelden.csv";

    // The name of the embedded copy of ReferenceFile.
    internal const string EmbeddedList = "BudgetEngine.Core.LineTotals.iv3-taakvelden.csv";

    private static readonly Lazy<IReadOnlyList<Iv3Taakveld>> List = new(() => Read(EmbeddedList));
    private static readonly Lazy<Dictionary<string, int>> Positions = new(() =>
        All.Select((t, i) => (t.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal));

    /// <summary>Every taakveld in the order of the list (by hoofdtaakveld).</summary>
    public static IReadOnlyList<Iv3Taakveld> All => List.Value;

    /// <summary>The taakveld with <paramref name="code"/>, or null when the list has no such code.</summary>
    public static Iv3Taakveld? Find(string code) => Positions.Value.TryGetValue(code, out var i) ? All[i] : null;

    /// <summary>The place of <paramref name="code"/> in the list (for ordering); past the end when unknown.</summary>
    public static int Position(string code) => Positions.Value.TryGetValue(code, out var i) ? i : int.MaxValue;

    /// <summary>
    /// Reads the list from the embedded resource <paramref name="resource"/>: lines of <c>code;naam</c> after a header,
    /// blank lines and lines starting with <c>#</c> (the source and version) skipped. Read once, through <see cref="All"/>.
    /// </summary>
    internal static IReadOnlyList<Iv3Taakveld> Read(string resource)
    {
        using var stream = typeof(Iv3Taakvelden).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The list of Iv3 taakvelden ({ReferenceFile}) is not embedded in the core.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var result = new List<Iv3Taakveld>();
        var header = true;
        foreach (var raw in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var row = raw.TrimEnd('\r');
            if (row.Length == 0 || row.StartsWith('#')) continue;
            if (header)
            {
                header = false; // code;naam
                continue;
            }
            var separator = row.IndexOf(';', StringComparison.Ordinal);
            result.Add(new Iv3Taakveld(row[..separator], row[(separator + 1)..]));
        }
        return result;
    }
}
