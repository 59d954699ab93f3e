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
    public static Demand[] Build(Scenario scenario, SourceCatalog catalog, ICollection<Finding> findings)
    {
        var capacity = 0;
        foreach (var line in scenario.Lines)
        {
            capacity += (line.Coverage.Kind == CoverageKind.Split ? line.Coverage.Sources.Count : 1) * line.Amounts.Count;
        }
        var demands = new Demand[capacity];
        var count = 0;
        var lines = scenario.Lines.ToArray();
        Array.Sort(lines, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var line in lines)
        {
            var parts = ResolveParts(line, catalog, out var unknownNames);
            var unknownCents = new long[unknownNames.Length];
            var splitShares = line.Coverage.Kind == CoverageKind.Split ? SplitShares(line) : null;
            if (splitShares is not null) FlagZeroWeights(line, findings);
            for (var year = scenario.FirstYear; year <= scenario.LastYear; year++)
            {
                var amount = line.AmountIn(year);
                // Stryker disable once Statement : a year without cost gives every part zero cents, which the loop below skips as well
                if (amount.IsZero) continue;
                var shares = splitShares is null ? null : Allocator.Split(amount, splitShares);
                var amountCents = amount.Cents;
                for (var p = 0; p < parts.Length; p++)
                {
                    var cents = shares is null ? amountCents : shares[p].Cents;
                    if (cents == 0) continue;
                    var part = parts[p];
                    for (var u = 0; u < unknownNames.Length; u++)
                    {
                        if (part.UnknownNames.Contains(unknownNames[u])) unknownCents[u] += cents;
                    }
                    foreach (var (source, tag) in part.Excluded)
                    {
                        findings.Add(Finding.Of(FindingCode.IneligibleCoverage, Severity.Error, year, source.Code, line.Name, Money.FromCents(cents),
                            FindingMessage.Of("IneligibleCoverage", MessageArgument.Text(line.Name), MessageArgument.Text(tag), MessageArgument.Text(source.Code),
                                MessageArgument.Amount(cents), MessageArgument.Number(year))));
                    }
                    if (part.Options.Length == 0)
                    {
                        findings.Add(Finding.Of(FindingCode.UncoveredCost, Severity.Error, year, null, line.Name, Money.FromCents(cents),
                            FindingMessage.Of("UncoveredCost", MessageArgument.Text(line.Name), MessageArgument.Amount(cents), MessageArgument.Number(year))));
                    }
                    demands[count++] = new Demand { Line = line, Year = year - scenario.FirstYear, Cents = cents, Options = part.Options };
                }
            }

            for (var u = 0; u < unknownNames.Length; u++)
            {
                var name = unknownNames[u];
                var suggestion = catalog.Suggest(name);
                findings.Add(Finding.Of(FindingCode.UnknownSource, Severity.Error, null, name, line.Name, Money.FromCents(unknownCents[u]),
                    suggestion is null
                        ? FindingMessage.Of("UnknownSource.Line", MessageArgument.Text(line.Name), MessageArgument.Text(name))
                        : FindingMessage.Of("UnknownSource.Line.Suggestion", MessageArgument.Text(line.Name), MessageArgument.Text(name), MessageArgument.Text(suggestion))) with
                { Suggestion = suggestion });
            }
        }
        // Years without cost and split parts of zero make no demand: the capacity is an upper bound.
        Array.Resize(ref demands, count);
        return demands;
    }

    /// <summary>One part of a line's coverage (the whole line, or one source of a fixed split), resolved once per line.</summary>
    private sealed record Part(DemandOption[] Options, string[] UnknownNames, (FundingSource Source, string Tag)[] Excluded);

    private static Part[] ResolveParts(CostLine line, SourceCatalog catalog, out string[] unknownNames)
    {
        var sources = line.Coverage.Sources;
        var split = line.Coverage.Kind == CoverageKind.Split;
        // A fixed split has a part per source; otherwise the line is one part with its sources in order of preference.
        var parts = new Part[split ? sources.Count : 1];
        List<string>? unknown = null;
        for (var p = 0; p < parts.Length; p++)
        {
            var (from, to) = split ? (p, p + 1) : (0, sources.Count);
            // Stryker disable once Arithmetic : the options are cut to those found below, so room beyond them is never used
            var options = new DemandOption[to - from];
            var count = 0;
            List<string>? partUnknown = null;
            List<(FundingSource, string)>? excluded = null;
            for (var i = from; i < to; i++)
            {
                var name = sources[i].Source;
                var source = catalog.Find(name);
                if (source is null)
                {
                    (partUnknown ??= []).Add(name);
                    if (!(unknown ??= []).Contains(name)) unknown.Add(name);
                    continue;
                }
                var tag = EligibilityRules.ExcludingTag(source, line.Tags);
                if (tag is not null)
                {
                    (excluded ??= []).Add((source, tag));
                    continue;
                }
                // Its rank in the part's order of preference: a fixed split's part has one source, its first choice.
                options[count++] = new DemandOption(source, i - from);
            }
            Array.Resize(ref options, count);
            // Stryker disable once NullCoalescing : a part's unknown names are searched as a span, and a null array is an empty one
            var partUnknownNames = partUnknown?.ToArray() ?? [];
            parts[p] = new Part(options, partUnknownNames, excluded?.ToArray() ?? []);
        }
        unknownNames = unknown?.ToArray() ?? [];
        return parts;
    }

    /// <summary>A source named in a fixed split with weight zero gets nothing, which is seldom what was meant: ZERO_WEIGHT.</summary>
    private static void FlagZeroWeights(CostLine line, ICollection<Finding> findings)
    {
        foreach (var source in line.Coverage.Sources)
        {
            if (source.Weight != 0m) continue;
            findings.Add(Finding.Of(ReconciliationFindingCodes.ZeroWeight, Severity.Warning, null, source.Source, line.Name, null,
                FindingMessage.Of("ZeroWeight", MessageArgument.Text(line.Name), MessageArgument.Text(source.Source))));
        }
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
