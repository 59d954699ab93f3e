using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.Reconciliation.Properties;

/// <summary>
/// An independent answer to "how much of the costs can be paid at most?": a plain maximum flow (Edmonds-Karp, no
/// costs) built straight from the scenario's rules, sharing no code with the engine's network. The engine's total
/// shortfall must equal total cost minus this. A grant's money lives while its period runs, and to the horizon when
/// its unspent part carries over (its own rule, else its source's); money of a source that carries over may pay a cost
/// of a year it lives in or, settling a deficit, of any earlier year; other money only costs of the years it lives in.
/// </summary>
internal static class LeastShortfallOracle
{
    public static long MostPayableCents(Scenario scenario, ReconciliationOptions options)
    {
        var years = scenario.LastYear - scenario.FirstYear + 1;
        var graph = new Graph();
        int S = graph.Node(), T = graph.Node();

        // Money: one chain of year nodes per grant (or opening balance), alive while its rules allow.
        var money = new List<(FundingSource Source, string? Project, int[] Nodes)>();
        foreach (var source in scenario.Sources.Where(s => s.OpeningBalance.IsPositive))
        {
            var end = source.CarriesOver ? years - 1 : 0;
            var nodes = Chain(graph, 0, end);
            graph.Arc(S, nodes[0], source.OpeningBalance.Cents);
            money.Add((source, null, nodes));
        }
        foreach (var grant in scenario.Grants)
        {
            var source = scenario.Sources.FirstOrDefault(s => string.Equals(s.Code, grant.Source.Trim(), StringComparison.OrdinalIgnoreCase));
            if (source is null || grant.Status == GrantStatus.Rejected || (grant.Status == GrantStatus.Conditional && !options.IncludeConditional)) continue;
            var year = grant.EffectiveAwardYear - scenario.FirstYear;
            if (year >= years) continue;
            var periodEnd = Math.Max(grant.Period.EndYear, grant.EffectiveAwardYear) - scenario.FirstYear;
            var carries = (grant.Unspent ?? (source.CarriesOver ? UnspentRule.Carry : UnspentRule.Lapse)) == UnspentRule.Carry;
            if (!carries && periodEnd < 0) continue;
            var start = Math.Max(0, year);
            var end = carries ? years - 1 : Math.Min(years - 1, periodEnd);
            var nodes = Chain(graph, start, end);
            graph.Arc(S, nodes[start], grant.Amount.Cents);
            money.Add((source, grant.Project, nodes));
        }

        foreach (var line in scenario.Lines)
        {
            for (var y = 0; y < years; y++)
            {
                var amount = line.AmountIn(scenario.FirstYear + y);
                if (amount.IsZero) continue;
                var parts = line.Coverage.Kind == CoverageKind.Split
                    ? line.Coverage.Sources.Zip(Allocator.Split(amount, line.Coverage.Sources.Select(s => new AllocationShare(s.Source.Trim().ToUpperInvariant(), s.Weight)).ToArray()),
                        (s, share) => (Names: new[] { s.Source }, Cents: share.Cents))
                    : [(Names: line.Coverage.Sources.Select(s => s.Source).ToArray(), Cents: amount.Cents)];
                foreach (var (names, cents) in parts)
                {
                    var demand = graph.Node();
                    graph.Arc(demand, T, cents);
                    foreach (var (source, project, nodes) in money)
                    {
                        var named = names.Any(n => string.Equals(n.Trim(), source.Code, StringComparison.OrdinalIgnoreCase));
                        var eligible = !source.EffectiveExcludedTags.Intersect(line.Tags, StringComparer.OrdinalIgnoreCase).Any();
                        var earmarkFits = project is null || string.Equals(project, line.ProjectKey, StringComparison.OrdinalIgnoreCase);
                        if (!named || !eligible || !earmarkFits) continue;
                        for (var from = y; from < (source.CarriesOver ? years : y + 1); from++)
                        {
                            if (nodes[from] >= 0) graph.Arc(nodes[from], demand, long.MaxValue / 4);
                        }
                    }
                }
            }
        }
        return graph.MaxFlow(S, T);

        int[] Chain(Graph g, int start, int end)
        {
            var nodes = Enumerable.Repeat(-1, years).ToArray();
            for (var y = start; y <= end; y++)
            {
                nodes[y] = g.Node();
                if (y > start) g.Arc(nodes[y - 1], nodes[y], long.MaxValue / 4);
            }
            return nodes;
        }
    }

    private sealed class Graph
    {
        private readonly List<List<int>> _adjacent = [];
        private readonly List<(int To, long Capacity)> _arcs = [];

        public int Node() { _adjacent.Add([]); return _adjacent.Count - 1; }

        public void Arc(int from, int to, long capacity)
        {
            _adjacent[from].Add(_arcs.Count); _arcs.Add((to, capacity));
            _adjacent[to].Add(_arcs.Count); _arcs.Add((from, 0));
        }

        public long MaxFlow(int s, int t)
        {
            long total = 0;
            while (true)
            {
                var via = Enumerable.Repeat(-1, _adjacent.Count).ToArray();
                var queue = new Queue<int>([s]);
                while (queue.Count > 0 && via[t] < 0)
                {
                    var u = queue.Dequeue();
                    foreach (var arc in _adjacent[u])
                    {
                        var (to, capacity) = _arcs[arc];
                        if (capacity > 0 && to != s && via[to] < 0) { via[to] = arc; queue.Enqueue(to); }
                    }
                }
                if (via[t] < 0) return total;
                var push = long.MaxValue;
                for (var v = t; v != s; v = _arcs[via[v] ^ 1].To) push = Math.Min(push, _arcs[via[v]].Capacity);
                for (var v = t; v != s; v = _arcs[via[v] ^ 1].To)
                {
                    _arcs[via[v]] = (_arcs[via[v]].To, _arcs[via[v]].Capacity - push);
                    _arcs[via[v] ^ 1] = (_arcs[via[v] ^ 1].To, _arcs[via[v] ^ 1].Capacity + push);
                }
                total += push;
            }
        }
    }
}
