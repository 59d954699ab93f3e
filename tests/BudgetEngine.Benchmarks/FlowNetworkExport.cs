using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using BudgetEngine.Core.Flow;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// Each funding network of the national set (the 28 regions and the flexible stress scenario, default options) as a
/// DIMACS minimum-cost flow problem, for another solver to solve, with the engine's own optimum and solve time beside
/// it. <c>--flow-networks DIR [ROUNDS]</c> writes <c>DIR/NAME.min</c> and <c>DIR/engine.tsv</c> (name, nodes, arcs,
/// total cost of the engine's flow, the fastest of ROUNDS solves in ms). Used by <c>scripts/bench --flow-peers</c>.
/// </summary>
/// <remarks>
/// The engine solves a maximum flow of least cost from the network's source to its sink; as a DIMACS problem the
/// source supplies, and the sink takes, everything the source's arcs carry (all income is allocated, lapses or stays
/// as a balance, so the maximum flow is all of it), and an arc without a bound is bounded by that total, which no flow
/// can exceed. The same optimum either way. A timed solve lays the flow out again from the arc list and solves it, as
/// the other solver is timed reading its arc list into its graph and solving.
/// </remarks>
internal static class FlowNetworkExport
{
    public static void Write(string folder, int rounds)
    {
        Directory.CreateDirectory(folder);
        var table = new List<string> { "network\tnodes\tarcs\tcost\tfastest_ms" };
        foreach (var (file, _, pots, demands, years) in NationalFundingInputs.Each())
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var layout = FundingNetwork.Lay(pots, demands, years);
            var arcs = Enumerable.Range(0, layout.Flow.ArcCount).Select(layout.Flow.AddedArc).ToArray();
            var nodes = layout.Flow.NodeCount;
            var supply = arcs.Where(a => a.From == layout.Source).Sum(a => a.Capacity);
            File.WriteAllLines(Path.Combine(folder, name + ".min"), Dimacs(name, nodes, arcs, layout.Source, layout.Sink, supply));

            var cost = BigInteger.Zero;
            var fastest = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                var flow = new MinCostFlow(arcs.Length);
                for (var v = 0; v < nodes; v++) flow.AddNode();
                foreach (var (from, to, capacity, arcCost) in arcs) flow.AddArc(from, to, capacity, arcCost);
                var sent = flow.Solve(layout.Source, layout.Sink, layout.StartPotential);
                fastest = Math.Min(fastest, clock.Elapsed.TotalMilliseconds);
                if (sent != supply) throw new InvalidOperationException($"{name}: the flow carries {sent} of the {supply} cents the source supplies.");
                cost = BigInteger.Zero;
                for (var k = 0; k < arcs.Length; k++) cost += (BigInteger)flow.Flow(2 * k) * arcs[k].Cost;
            }
            table.Add(string.Join('\t', name, nodes, arcs.Length, cost.ToString(CultureInfo.InvariantCulture), fastest.ToString("F4", CultureInfo.InvariantCulture)));
        }
        File.WriteAllLines(Path.Combine(folder, "engine.tsv"), table);
        Console.WriteLine($"Wrote {table.Count - 1} funding networks and engine.tsv to {folder}");
    }

    private static IEnumerable<string> Dimacs(string name, int nodes, (int From, int To, long Capacity, long Cost)[] arcs, int source, int sink, long supply)
    {
        yield return $"c funding network of {name}: source {source + 1}, sink {sink + 1}";
        yield return $"p min {nodes} {arcs.Length}";
        yield return $"n {source + 1} {supply}";
        yield return $"n {sink + 1} {-supply}";
        foreach (var (from, to, capacity, cost) in arcs)
        {
            yield return $"a {from + 1} {to + 1} 0 {Math.Min(capacity, supply)} {cost}";
        }
    }
}
