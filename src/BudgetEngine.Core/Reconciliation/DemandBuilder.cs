using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Reads each line's coverage into demands: resolves source names (unknown ones are flagged with the nearest code),
/// drops sources whose rules exclude the line (flagged), and splits fixed-split lines by their weights.
/// </summary>
internal static class DemandBuilder
{
    public static IReadOnlyList<Demand> Build(Scenario scenario, SourceCatalog catalog, ICollection<Finding> findings)
    {
        var demands = new List<Demand>();
        foreach (var line in scenario.Lines.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            var unknown = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var year in scenario.Years)
            {
                var amount = line.AmountIn(year);
                if (amount.IsZero) continue;
                foreach (var (options, cents) in Parts(line, amount))
                {
                    var eligible = new List<DemandOption>();
                    foreach (var (name, rank) in options)
                    {
                        var source = catalog.Find(name);
                        if (source is null)
                        {
                            unknown[name] = unknown.GetValueOrDefault(name) + cents;
                            continue;
                        }
                        var excludingTag = EligibilityRules.ExcludingTag(source, line.Tags);
                        if (excludingTag is not null)
                        {
                            findings.Add(new Finding(FindingCode.IneligibleCoverage, Severity.Error, year, source.Code, line.Name, Money.FromCents(cents),
                                $"'{line.Name}' is tagged '{excludingTag}', which {source.Code} may not pay; {FindingText.Euros(cents)} in {year} needs another source."));
                            continue;
                        }
                        eligible.Add(new DemandOption(source, rank));
                    }
                    if (eligible.Count == 0)
                    {
                        findings.Add(new Finding(FindingCode.UncoveredCost, Severity.Error, year, null, line.Name, Money.FromCents(cents),
                            $"No source in the coverage of '{line.Name}' can pay its {FindingText.Euros(cents)} in {year}; name a known, eligible source."));
                    }
                    demands.Add(new Demand { Line = line, Year = year - scenario.FirstYear, Cents = cents, Options = eligible });
                }
            }

            foreach (var (name, cents) in unknown.OrderBy(u => u.Key, StringComparer.Ordinal))
            {
                var suggestion = catalog.Suggest(name);
                findings.Add(new Finding(FindingCode.UnknownSource, Severity.Error, null, name, line.Name, Money.FromCents(cents),
                    $"The coverage of '{line.Name}' names source '{name}', which matches no funding source of the scenario"
                    + (suggestion is null ? "; add the source or correct the name." : $"; did you mean '{suggestion}'?"))
                { Suggestion = suggestion });
            }
        }
        return demands;
    }

    /// <summary>The parts of a line's yearly amount, each with the source names that may pay it and their ranks.</summary>
    private static IEnumerable<(IReadOnlyList<(string Name, int Rank)> Options, long Cents)> Parts(CostLine line, Money amount)
    {
        var sources = line.Coverage.Sources;
        if (line.Coverage.Kind != CoverageKind.Split)
        {
            var ranked = sources.Select((s, i) => (s.Source, i)).ToArray();
            yield return (ranked, amount.Cents);
            yield break;
        }
        var shares = Allocator.Split(amount, sources.Select(s => new AllocationShare(s.Source.Trim().ToUpperInvariant(), s.Weight)).ToArray());
        for (var i = 0; i < sources.Count; i++)
        {
            if (!shares[i].IsZero)
            {
                yield return ([(sources[i].Source, 0)], shares[i].Cents);
            }
        }
    }
}
