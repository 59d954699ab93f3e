using System.Globalization;
using System.Numerics;
using BudgetEngine.Core.Flow;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// How much of the national set's answer rests on ties the accounting model leaves open. Each funding network (the 28
/// regions and the flexible stress scenario, default options) is solved twice: as the engine lays it out, and with the
/// same arcs added in the reverse order, so that every node's arcs are tried in the opposite order and the method's
/// augmenting paths fall otherwise among equally short ones. Both flows are optimal for the same costs (checked: their
/// total costs are equal), so every difference between the two answers is a choice between equally good allocations
/// that no rule of the model makes. Prints, per network and in all: the line-years whose allocation differs and the
/// money that moves between sources (half the sum of the differences), the source-years whose figures differ, the
/// networks whose ledger findings differ, and the years whose unfunded row differs. <c>--tie-sensitivity</c>.
/// </summary>
internal static class TieSensitivity
{
    public static void Print()
    {
        Console.WriteLine($"{"network",-36} {"line-years",10} {"differing",9} {"moved (EUR)",16} {"of (EUR)",18} {"source-years",12} {"differing",9} {"findings",8}");
        long lineYears = 0, lineYearsDiffering = 0, sourceYears = 0, sourceYearsDiffering = 0, moved = 0, amount = 0;
        var findingsDiffering = 0;
        // The unfunded row of a year moves only by the deficits sources hand to it (its income and costs are the scenario's).
        long unfundedYears = 0, unfundedYearsDiffering = 0;
        var networks = 0;
        foreach (var (name, scenario, pots, demands, years) in NationalFundingInputs.Each())
        {
            var asLaid = FundingNetwork.Lay(pots, demands, years);
            var reversed = Reversed(FundingNetwork.Lay(pots, demands, years));
            var costs = new[] { asLaid, reversed }.Select(layout =>
            {
                layout.Flow.Solve(layout.Source, layout.Sink, layout.StartPotential);
                return TotalCost(layout.Flow);
            }).ToArray();
            if (costs[0] != costs[1]) throw new InvalidOperationException($"{name}: the two flows cost {costs[0]} and {costs[1]}; both should be optimal.");
            var a = new SourceLedger(scenario, pots, demands, FundingNetwork.HandBack(pots, demands, asLaid));
            var b = new SourceLedger(scenario, pots, demands, FundingNetwork.HandBack(pots, demands, reversed));

            long differing = 0, cents = 0, total = 0;
            for (var i = 0; i < a.LineYearCount; i++)
            {
                var (x, y) = (a.LineAllocation(i), b.LineAllocation(i));
                total += x.Amount.Cents;
                var shift = Math.Abs(x.Shortfall.Cents - y.Shortfall.Cents);
                foreach (var source in x.Sources.Select(s => s.Source).Union(y.Sources.Select(s => s.Source)))
                {
                    shift += Math.Abs(Paid(x, source) - Paid(y, source));
                }
                if (shift != 0 || !x.Settled.SequenceEqual(y.Settled)) differing++;
                cents += shift;
            }
            long sourceYearsHere = 0, sourceYearsDifferingHere = 0;
            for (var year = 0; year < years; year++)
            {
                var (x, y) = (a.Year(year), b.Year(year));
                sourceYearsHere += x.Count;
                sourceYearsDifferingHere += x.Zip(y).Count(pair => pair.First != pair.Second);
                if (a.DeficitsToUnfunded(year) != b.DeficitsToUnfunded(year)) unfundedYearsDiffering++;
            }
            unfundedYears += years;
            var findingsDiffer = !a.Findings().Select(Key).SequenceEqual(b.Findings().Select(Key));

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-36} {a.LineYearCount,10:N0} {differing,9:N0} {cents / 2 / 100.0,16:N2} {total / 100.0,18:N2} {sourceYearsHere,12:N0} {sourceYearsDifferingHere,9:N0} {(findingsDiffer ? "differ" : "same"),8}"));
            networks++;
            lineYears += a.LineYearCount;
            lineYearsDiffering += differing;
            moved += cents / 2;
            amount += total;
            sourceYears += sourceYearsHere;
            sourceYearsDiffering += sourceYearsDifferingHere;
            if (findingsDiffer) findingsDiffering++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"all " + networks + " networks",-36} {lineYears,10:N0} {lineYearsDiffering,9:N0} {moved / 100.0,16:N2} {amount / 100.0,18:N2} {sourceYears,12:N0} {sourceYearsDiffering,9:N0} {findingsDiffering,8}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"line-years differing {100.0 * lineYearsDiffering / lineYears:F1}%, money moved {100.0 * moved / amount:F2}% of the costs, source-years differing {100.0 * sourceYearsDiffering / sourceYears:F1}%, networks whose findings differ {findingsDiffering} of {networks}, years whose unfunded row differs {unfundedYearsDiffering} of {unfundedYears}"));
    }

    /// <summary>The same network with its arcs added in the reverse order, and every arc the layout names renumbered to match.</summary>
    private static FundingNetwork.Layout Reversed(FundingNetwork.Layout layout)
    {
        var original = layout.Flow;
        var arcs = original.ArcCount;
        var flow = new MinCostFlow(arcs);
        for (var v = 0; v < original.NodeCount; v++) flow.AddNode();
        for (var k = arcs - 1; k >= 0; k--)
        {
            var (from, to, capacity, cost) = original.AddedArc(k);
            flow.AddArc(from, to, capacity, cost);
        }
        // Arc 2k (the k-th added) is now the (arcs - 1 - k)-th added; -1 (no arc) stays.
        int Renumber(int arc) => arc < 0 ? arc : 2 * (arcs - 1 - arc / 2);
        return layout with
        {
            Flow = flow,
            ExpiryArcs = layout.ExpiryArcs.Select(Renumber).ToArray(),
            SettleEntry = layout.SettleEntry.Select(entries => entries?.Select(Renumber).ToArray()!).ToArray(),
            GroupArcs = layout.GroupArcs.Select(g => (g.Group, g.Arcs.Select(Renumber).ToArray())).ToList(),
        };
    }

    private static BigInteger TotalCost(MinCostFlow flow)
    {
        var cost = BigInteger.Zero;
        for (var k = 0; k < flow.ArcCount; k++) cost += (BigInteger)flow.Flow(2 * k) * flow.AddedArc(k).Cost;
        return cost;
    }

    private static long Paid(LineAllocation allocation, string source) =>
        allocation.Sources.Where(s => s.Source == source).Sum(s => s.Amount.Cents);

    private static (string, int?, string?, string?, long?) Key(Core.Findings.Finding f) => (f.Code, f.Year, f.Source, f.Line, f.Amount?.Cents);
}
