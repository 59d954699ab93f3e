using BudgetEngine.Core.Flow;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// The allocation of pots to demands as a min-cost flow across sources and years with carry-over.
/// <para>
/// Every cent of income enters at its pot's node for the year it is recognised, and leaves by paying a demand of
/// that year or a later one (carried along the pot's years), by the closing balance, or by lapsing at the end of the
/// pot's period. Each demand pays the sink back with a reward, so the solver serves as much as it can.
/// Arc costs are tiers, each dominating the next:
/// </para>
/// <list type="number">
/// <item>serving a cent of demand earns <see cref="ServeReward"/> (a little more for earlier years): the least total shortfall first, and what remains short falls in the latest years, as money is spent in time order;</item>
/// <item>a lapsing cent costs <see cref="LapseCost"/>: money that would lapse is used before money that carries over;</item>
/// <item>each step down a line's order of preference costs <see cref="RankCost"/>;</item>
/// <item>conditional money costs <see cref="ConditionalCost"/>: awarded money is used first;</item>
/// <item>unearmarked money costs <see cref="GeneralCost"/>: an earmarked grant pays its own project first;</item>
/// <item>each year a pot lives on costs <see cref="ExpiryCost"/>: money that ends sooner is used first.</item>
/// </list>
/// <para>
/// Demands of one year that may draw on the same pots at the same costs are one node in the flow (the network's size
/// follows the variety of coverage, not the number of lines); the group's flow is handed back to its demands in
/// their canonical order, each taking its pots in order of cost, so what a group cannot pay falls on its last demands.
/// </para>
/// </summary>
internal sealed class FundingNetwork
{
    internal const long ServeReward = 1L << 50;
    internal const long EarlierYearBonus = 1L << 40;
    internal const long LapseCost = 1L << 30;
    internal const long RankCost = 1L << 12;
    internal const long ConditionalCost = 1L << 10;
    internal const long GeneralCost = 1L << 8;
    internal const long ExpiryCost = 1L;

    // Every payment, each demand's consecutive: a group hands its flow back one demand at a time.
    private readonly (int Pot, int Demand, long Cents)[] _payments;
    private int _paymentCount;
    private readonly int[] _firstPayment;
    private readonly int[] _paymentsOfDemand;
    private readonly long[] _served;
    private readonly long[] _lapsed;

    private FundingNetwork(FundingPot[] pots, Demand[] demands, int years)
    {
        _served = new long[demands.Length];
        _lapsed = new long[pots.Length];
        _firstPayment = new int[demands.Length];
        _paymentsOfDemand = new int[demands.Length];

        var potsBySource = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var arcCount = 0;
        for (var p = 0; p < pots.Length; p++)
        {
            var pot = pots[p];
            arcCount += 2 * (pot.EndYear - pot.StartYear + 1) + 1;
            (potsBySource.TryGetValue(pot.Source.Code, out var list) ? list : potsBySource[pot.Source.Code] = []).Add(p);
        }
        var (groups, members) = GroupDemands(pots, demands, potsBySource, years);
        // Handing a group's flow back, every payment but the last either pays its demand in full or empties its pot.
        var mostPayments = 0;
        foreach (var group in groups)
        {
            arcCount += group.Pots.Length + 1;
            if (group.Pots.Length > 0) mostPayments += group.Count + group.Pots.Length;
        }
        _payments = new (int Pot, int Demand, long Cents)[mostPayments];

        var flow = new MinCostFlow(arcCount);
        var source = flow.AddNode();
        var sink = flow.AddNode();
        var potNodes = new int[pots.Length][];
        var lapseArcs = new int[pots.Length];
        for (var p = 0; p < pots.Length; p++)
        {
            var pot = pots[p];
            potNodes[p] = new int[years];
            for (var y = pot.StartYear; y <= pot.EndYear; y++)
            {
                var node = flow.AddNode();
                potNodes[p][y] = node;
                var entering = pot.Income[y] + (y == pot.StartYear ? pot.Opening : 0);
                if (entering > 0) flow.AddArc(source, node, entering, 0);
                if (y > pot.StartYear) flow.AddArc(potNodes[p][y - 1], node, MinCostFlow.Unbounded, 0);
            }
            lapseArcs[p] = flow.AddArc(potNodes[p][pot.EndYear], sink, MinCostFlow.Unbounded, pot.Lapses ? LapseCost : 0);
        }

        var bestReward = ServeReward + (years - 1) * EarlierYearBonus;
        var groupArcs = new List<(DemandGroup Group, int[] Arcs)>(groups.Count);
        foreach (var group in groups)
        {
            if (group.Pots.Length == 0) continue;
            var node = flow.AddNode();
            flow.AddArc(node, sink, group.Cents, -(ServeReward + (years - 1 - group.Year) * EarlierYearBonus));
            var arcs = new int[group.Pots.Length];
            for (var e = 0; e < arcs.Length; e++) arcs[e] = flow.AddArc(potNodes[group.Pots[e].Pot][group.Year], node, MinCostFlow.Unbounded, group.Pots[e].Cost);
            groupArcs.Add((group, arcs));
        }

        // Reduced costs start non-negative when the sink sits below every node by the largest reward.
        flow.Solve(source, sink, node => node == sink ? -bestReward : 0);
        Statistics = (flow.NodeCount, flow.ArcCount, flow.Statistics);

        for (var p = 0; p < pots.Length; p++)
        {
            _lapsed[p] = pots[p].Lapses ? flow.Flow(lapseArcs[p]) : 0;
        }
        foreach (var (group, arcs) in groupArcs)
        {
            var fromPot = new long[arcs.Length];
            for (var e = 0; e < arcs.Length; e++) fromPot[e] = flow.Flow(arcs[e]);
            HandBack(group, fromPot, members, demands);
        }
    }

    /// <summary>Solves the allocation of <paramref name="pots"/> to <paramref name="demands"/> over <paramref name="years"/> budget years.</summary>
    public static FundingNetwork Solve(FundingPot[] pots, Demand[] demands, int years) =>
        new(pots, demands, years);

    /// <summary>The size of the flow network and how its solve went.</summary>
    public (int Nodes, int Arcs, SolveStatistics Solve) Statistics { get; }

    /// <summary>Every non-zero payment: pot index, demand index, cents.</summary>
    public ReadOnlySpan<(int Pot, int Demand, long Cents)> Payments() => _payments.AsSpan(0, _paymentCount);

    /// <summary>Where demand <paramref name="demand"/>'s payments lie in <see cref="Payments"/>: the first index and how many.</summary>
    public (int First, int Count) PaymentsOf(int demand) => (_firstPayment[demand], _paymentsOfDemand[demand]);

    /// <summary>What lapsed of pot <paramref name="pot"/> at the end of its period (zero for pots that carry over).</summary>
    public long Lapsed(int pot) => _lapsed[pot];

    /// <summary>What was paid of demand <paramref name="demand"/>.</summary>
    public long Served(int demand) => _served[demand];

    /// <summary>Hands a group's flow from each pot back to its demands, in order, each filled from the cheapest pots first.</summary>
    private void HandBack(DemandGroup group, long[] fromPot, int[] members, Demand[] demands)
    {
        var p = 0;
        for (var k = group.First; k < group.First + group.Count; k++)
        {
            var d = members[k];
            var need = demands[d].Cents;
            while (need > 0 && p < fromPot.Length)
            {
                var take = Math.Min(need, fromPot[p]);
                if (take > 0)
                {
                    if (_paymentsOfDemand[d]++ == 0) _firstPayment[d] = _paymentCount;
                    _payments[_paymentCount++] = (group.Pots[p].Pot, d, take);
                    _served[d] += take;
                    fromPot[p] -= take;
                    need -= take;
                }
                if (fromPot[p] == 0) p++;
            }
        }
    }

    /// <summary>Demands of one year that draw on the same pots at the same costs: members[First .. First + Count - 1] of the grouping, in canonical order.</summary>
    private sealed class DemandGroup(int year, (int Pot, long Cost)[] pots)
    {
        public int Year { get; } = year;
        public (int Pot, long Cost)[] Pots { get; } = pots;
        public long Cents { get; set; }
        public int First { get; set; }
        public int Count { get; set; }
    }

    /// <summary>
    /// Demands of one year that may draw on the same pots at the same costs, in order of first appearance, with the
    /// demands of each group (as indexes into <paramref name="demands"/>, each group's in canonical order) in members.
    /// </summary>
    /// <remarks>
    /// A demand's pots and costs follow from its year, its options (by source and rank) and the earmark that applies to
    /// its line. The last two are worked out once per line part (the demands of one line share their parts' option
    /// lists) and named by a small number, so grouping a demand costs one lookup in a small array.
    /// </remarks>
    private static (List<DemandGroup> Groups, int[] Members) GroupDemands(
        FundingPot[] pots, Demand[] demands, Dictionary<string, List<int>> potsBySource, int years)
    {
        var groups = new List<DemandGroup>();
        var groupOf = new int[demands.Length];
        // Per part number: its group in each year (-1 until a demand of that year comes).
        var groupsByPart = new List<int[]>();
        var optionIds = new Dictionary<DemandOption[], int>(OptionsComparer.Instance);
        var partIds = new Dictionary<(int Options, string? Earmark), int>();
        // Per part without an earmark: its pots over all years, cheapest first (they do not depend on the line then).
        var candidatesByPart = new List<(int Pot, long Cost)[]?>();
        // The parts of the line being read: its option lists and their part numbers (demands of a line come together).
        CostLine? line = null;
        var lineParts = new List<(DemandOption[] Options, int Part)>(2);
        for (var d = 0; d < demands.Length; d++)
        {
            ref readonly var demand = ref demands[d];
            if (!ReferenceEquals(demand.Line, line))
            {
                line = demand.Line;
                lineParts.Clear();
            }
            var partId = -1;
            foreach (var (options, part) in lineParts)
            {
                if (ReferenceEquals(options, demand.Options)) { partId = part; break; }
            }
            if (partId < 0)
            {
                if (!optionIds.TryGetValue(demand.Options, out var optionsId))
                {
                    optionsId = optionIds.Count;
                    optionIds[demand.Options] = optionsId;
                }
                var partKey = (optionsId, EarmarkThatApplies(pots, demand, potsBySource));
                if (!partIds.TryGetValue(partKey, out partId))
                {
                    partId = partIds.Count;
                    partIds[partKey] = partId;
                    candidatesByPart.Add(partKey.Item2 is null ? Candidates(pots, demand, potsBySource) : null);
                    var noGroupYet = new int[years];
                    Array.Fill(noGroupYet, -1);
                    groupsByPart.Add(noGroupYet);
                }
                lineParts.Add((demand.Options, partId));
            }
            var byYear = groupsByPart[partId];
            if (byYear[demand.Year] < 0)
            {
                var candidates = candidatesByPart[partId] ?? Candidates(pots, demand, potsBySource);
                byYear[demand.Year] = groups.Count;
                groups.Add(new DemandGroup(demand.Year, AliveIn(candidates, pots, demand.Year)));
            }
            var group = groups[groupOf[d] = byYear[demand.Year]];
            group.Count++;
            group.Cents += demand.Cents;
        }

        var first = 0;
        foreach (var group in groups)
        {
            group.First = first;
            first += group.Count;
        }
        var members = new int[demands.Length];
        var filled = new int[groups.Count];
        for (var d = 0; d < demands.Length; d++)
        {
            var g = groupOf[d];
            members[groups[g].First + filled[g]++] = d;
        }
        return (groups, members);
    }

    /// <summary>Option lists are alike when they name the same sources (by code) at the same ranks, in the same order.</summary>
    private sealed class OptionsComparer : IEqualityComparer<DemandOption[]>
    {
        public static readonly OptionsComparer Instance = new();

        public bool Equals(DemandOption[]? x, DemandOption[]? y)
        {
            if (ReferenceEquals(x, y)) return true;
            if (x is null || y is null || x.Length != y.Length) return false;
            for (var i = 0; i < x.Length; i++)
            {
                if (x[i].Rank != y[i].Rank || !string.Equals(x[i].Source.Code, y[i].Source.Code, StringComparison.Ordinal)) return false;
            }
            return true;
        }

        public int GetHashCode(DemandOption[] options)
        {
            var hash = new HashCode();
            for (var i = 0; i < options.Length; i++)
            {
                hash.Add(options[i].Source.Code, StringComparer.Ordinal);
                hash.Add(options[i].Rank);
            }
            return hash.ToHashCode();
        }
    }

    /// <summary>The project key of the demand when an earmarked pot of one of its sources is for it; otherwise null.</summary>
    private static string? EarmarkThatApplies(FundingPot[] pots, in Demand demand, Dictionary<string, List<int>> potsBySource)
    {
        foreach (var option in demand.Options)
        {
            if (!potsBySource.TryGetValue(option.Source.Code, out var candidates)) continue;
            foreach (var p in candidates)
            {
                if (pots[p].Project is not null && pots[p].MayPay(demand.Line.ProjectKey)) return demand.Line.ProjectKey.Trim().ToUpperInvariant();
            }
        }
        return null;
    }

    /// <summary>
    /// The pots that may pay the demand's line in any year, with the cost of each cent they pay, cheapest first (by cost,
    /// then pot). When no earmarked pot applies to the line, these are its sources' general pots, whatever the line.
    /// </summary>
    private static (int Pot, long Cost)[] Candidates(FundingPot[] pots, in Demand demand, Dictionary<string, List<int>> potsBySource)
    {
        var eligible = new List<(int Pot, long Cost)>();
        foreach (var option in demand.Options)
        {
            if (!potsBySource.TryGetValue(option.Source.Code, out var candidates)) continue;
            foreach (var p in candidates)
            {
                var pot = pots[p];
                if (!pot.MayPay(demand.Line.ProjectKey)) continue;
                eligible.Add((p, option.Rank * RankCost
                    + (pot.Conditional ? ConditionalCost : 0)
                    + (pot.Project is null ? GeneralCost : 0)
                    + pot.EndYear * ExpiryCost));
            }
        }
        eligible.Sort((a, b) => a.Cost != b.Cost ? a.Cost.CompareTo(b.Cost) : a.Pot.CompareTo(b.Pot));
        return eligible.ToArray();
    }

    /// <summary>The candidates that hold spendable money in year index <paramref name="year"/>, in the same order.</summary>
    private static (int Pot, long Cost)[] AliveIn((int Pot, long Cost)[] candidates, FundingPot[] pots, int year)
    {
        var count = 0;
        foreach (var c in candidates) if (pots[c.Pot].IsAlive(year)) count++;
        var alive = new (int Pot, long Cost)[count];
        var i = 0;
        foreach (var c in candidates) if (pots[c.Pot].IsAlive(year)) alive[i++] = c;
        return alive;
    }
}
