using BudgetEngine.Contracts;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// The funding sources of an imported table when the request names none: one per name in the Dekking column, in order of
/// first appearance, its kind guessed from the known codes (GHNT, Projectenpool, DUVO, DUMO, Gemeente, Reserve; any other
/// name is kind other), carrying over. A name that is a near miss of a known code ("GNHT") is taken for a typo and gets
/// no source of its own, so the reconciliation flags it as UNKNOWN_SOURCE with the nearest code.
/// </summary>
public static class DefaultSources
{
    private static readonly (string Code, FundingKindDto Kind)[] Known =
    [
        ("GHNT", FundingKindDto.Ghnt),
        ("Projectenpool", FundingKindDto.Projectenpool),
        ("DUVO", FundingKindDto.Duvo),
        ("DUMO", FundingKindDto.Dumo),
        ("Gemeente", FundingKindDto.Gemeente),
        ("Reserve", FundingKindDto.Reserve),
    ];

    private static readonly SourceCatalog KnownCatalog = new(Known.Select(k => new FundingSource(k.Code, FundingKind.Other)));

    /// <summary>The sources the lines of <paramref name="table"/> name.</summary>
    public static IReadOnlyList<SourceDto> For(BudgetTable table)
    {
        var sources = new List<SourceDto>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in table.Lines.SelectMany(l => l.Coverage).Concat(table.Grants.Select(g => g.Source)))
        {
            if (!seen.Add(name)) continue;
            var known = Known.FirstOrDefault(k => string.Equals(k.Code, Compact(name), StringComparison.OrdinalIgnoreCase));
            if (known.Code is not null)
            {
                sources.Add(new SourceDto { Code = name, Kind = known.Kind, CarriesOver = true });
            }
            else if (KnownCatalog.Suggest(name) is null)
            {
                sources.Add(new SourceDto { Code = name, Kind = FundingKindDto.Other, CarriesOver = true });
            }
        }
        return sources;
    }

    // "DU VO" and "du-vo" are the DUVO.
    private static string Compact(string name) => name.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
