using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Reads each line's coverage into demands: resolves source names (unknown ones are flagged with the nearest code),
/// drops sources whose rules exclude the line (flagged), and splits fixed-split lines by their weights.
/// Demands come out in canonical order: by line name, then year, then split part.
/// </summary>
internal static class DemandBuilder
{
    public static IReadOnlyList<Demand> Build(Scenario scenario, SourceCatalog catalog, ICollection<Finding> findings)
    {
        var demands = new List<Demand>(scenario.Lines.Count * (scenario.LastYear - scenario.FirstYear + 1));
        var lines = scenario.Lines.ToArray();
        Array.Sort(lines, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var line in lines)
        {
            var parts = ResolveParts(line, catalog, out var unknownNames);
            var unknownCents = unknownNames.Count == 0 ? [] : new long[unknownNames.Count];
            var splitShares = line.Coverage.Kind == CoverageKind.Split ? SplitShares(line) : null;
            for (var year = scenario.FirstYear; year <= scenario.LastYear; year++)
            {
                var amount = line.AmountIn(year);
                if (amount.IsZero) continue;
                var shares = splitShares is null ? null : Allocator.Split(amount, splitShares);
                var amountCents = amount.Cents;
                for (var p = 0; p < parts.Length; p++)
                {
                    var cents = shares is null ? amountCents : shares[p].Cents;
                    if (cents == 0) continue;
                    var part = parts[p];
                    for (var u = 0; u < unknownNames.Count; u++)
                    {
                        if (part.UnknownNames.Contains(unknownNames[u])) unknownCents[u] += cents;
                    }
                    foreach (var (source, tag) in part.Excluded)
                    {
                        findings.Add(new Finding(FindingCode.IneligibleCoverage, Severity.Error, year, source.Code, line.Name, Money.FromCents(cents),
                            $"'{line.Name}' is tagged '{tag}', which {source.Code} may not pay; {FindingText.Euros(cents)} in {year} needs another source."));
                    }
                    if (part.Options.Length == 0)
                    {
                        findings.Add(new Finding(FindingCode.UncoveredCost, Severity.Error, year, null, line.Name, Money.FromCents(cents),
                            $"No source in the coverage of '{line.Name}' can pay its {FindingText.Euros(cents)} in {year}; name a known, eligible source."));
                    }
                    demands.Add(new Demand { Line = line, Year = year - scenario.FirstYear, Cents = cents, Options = part.Options });
                }
            }

            for (var u = 0; u < unknownNames.Count; u++)
            {
                var name = unknownNames[u];
                var suggestion = catalog.Suggest(name);
                findings.Add(new Finding(FindingCode.UnknownSource, Severity.Error, null, name, line.Name, Money.FromCents(unknownCents[u]),
                    $"The coverage of '{line.Name}' names source '{name}', which matches no funding source of the scenario"
                    + (suggestion is null ? "; add the source or correct the name." : $"; did you mean '{suggestion}'?"))
                { Suggestion = suggestion });
            }
        }
        return demands;
    }

    /// <summary>One part of a line's coverage (the whole line, or one source of a fixed split), resolved once per line.</summary>
    private sealed record Part(DemandOption[] Options, string[] UnknownNames, (FundingSource Source, string Tag)[] Excluded);

    private static Part[] ResolveParts(CostLine line, SourceCatalog catalog, out List<string> unknownNames)
    {
        var sources = line.Coverage.Sources;
        var names = line.Coverage.Kind == CoverageKind.Split
            ? sources.Select(s => new[] { s.Source }).ToArray()
            : [sources.Select(s => s.Source).ToArray()];
        var unknown = new List<string>();
        var parts = new Part[names.Length];
        for (var p = 0; p < names.Length; p++)
        {
            var options = new List<DemandOption>();
            var partUnknown = new List<string>();
            var excluded = new List<(FundingSource, string)>();
            for (var rank = 0; rank < names[p].Length; rank++)
            {
                var name = names[p][rank];
                var source = catalog.Find(name);
                if (source is null)
                {
                    partUnknown.Add(name);
                    if (!unknown.Contains(name)) unknown.Add(name);
                    continue;
                }
                var tag = EligibilityRules.ExcludingTag(source, line.Tags);
                if (tag is not null)
                {
                    excluded.Add((source, tag));
                    continue;
                }
                options.Add(new DemandOption(source, line.Coverage.Kind == CoverageKind.Split ? 0 : rank));
            }
            parts[p] = new Part(options.ToArray(), partUnknown.ToArray(), excluded.ToArray());
        }
        unknown.Sort(StringComparer.Ordinal);
        unknownNames = unknown;
        return parts;
    }

    /// <summary>A fixed split's shares, the same for every year of the line.</summary>
    private static AllocationShare[] SplitShares(CostLine line)
    {
        var sources = line.Coverage.Sources;
        var shares = new AllocationShare[sources.Count];
        for (var i = 0; i < shares.Length; i++) shares[i] = new AllocationShare(sources[i].Source.Trim().ToUpperInvariant(), sources[i].Weight);
        return shares;
    }
}
