using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
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
/// <item>a cent of a carrying source's later money that settles an earlier year's deficit costs <see cref="SettlementCost"/> (less than the earlier-year bonus: later income settles earlier deficits before that year's own costs, as a ledger does; more than anything below: a cost is paid in its own year where any money allows). Each carrying pot has a chain of settlement nodes running back in time, which money enters in the year it enters the pot (income, or the opening balance), so a deficit may draw on any later year's money through one arc, and the money settles in the year it arrives, as a ledger's balance does; which later year settles which deficit is read off afterwards, earliest money for the oldest deficit (<see cref="SettlementYears"/>);</item>
/// <item>a cent left at the end of a pot that expires (lapses, or is repaid) costs <see cref="LapseCost"/>: money that would leave the source is used before money that carries over;</item>
/// <item>each step down a line's order of preference costs <see cref="RankCost"/>;</item>
/// <item>conditional money costs <see cref="ConditionalCost"/>: awarded money is used first;</item>
/// <item>unearmarked money costs <see cref="GeneralCost"/>: an earmarked grant pays its own project first;</item>
/// <item>each year a pot lives on costs <see cref="ExpiryCost"/>: money that ends sooner is used first.</item>
/// </list>
/// <para>
/// Demands of one year that may draw on the same pots at the same costs are one node in the flow (the network's size
/// follows the variety of coverage, not the number of lines). Where money is short, the flow's choice between equally
/// good groups is replaced by a fair one (<see cref="ShortfallSharing"/>), and each group's flow is handed back to its
/// demands in proportion to what they ask (<c>Allocator.Split</c>), so lines that compete equally for a source
/// share its shortfall pro rata, whatever their names.
/// </para>
/// </summary>
internal sealed class FundingNetwork
{
    internal const long ServeReward = 1L << 50;
    internal const long EarlierYearBonus = 1L << 40;
    internal const long SettlementCost = 1L << 35;
    internal const long LapseCost = 1L << 30;
    internal const long RankCost = 1L << 12;
    internal const long ConditionalCost = 1L << 10;
    internal const long GeneralCost = 1L << 8;
    internal const long ExpiryCost = 1L;

    // Every payment, each demand's consecutive.
    private Payment[] _payments = [];
    private int _paymentCount;
    private readonly int[] _firstPayment;
    private readonly int[] _paymentsOfDemand;
    private readonly long[] _served;
    private readonly long[] _unspent;
    // HandBack's working rows, grown to the largest group's.
    private long[] _handBackRows = [];

    /// <summary>Reads the allocation off <paramref name="network"/>, laid out for these pots and demands and its flow solved.</summary>
    private FundingNetwork(FundingPot[] pots, Demand[] demands, Layout network)
    {
        _served = new long[demands.Length];
        _unspent = new long[pots.Length];
        _firstPayment = new int[demands.Length];
        _paymentsOfDemand = new int[demands.Length];

        var flow = network.Flow;
        Statistics = (flow.NodeCount, flow.ArcCount, flow.Statistics);

        for (var p = 0; p < pots.Length; p++)
        {
            _unspent[p] = pots[p].Expires ? flow.Flow(network.ExpiryArcs[p]) : 0;
        }
        foreach (var (group, arcs) in network.GroupArcs)
        {
            for (var e = 0; e < arcs.Length; e++) group.Flow[e] = flow.Flow(arcs[e]);
        }
        ShortfallSharing.Share(network.Groups);
        SettlementYears.Assign(network.Groups, network.SettleEntry, pots.Length, network.Years, flow);
        // Each demand is paid by at most every fund of its group: room for all payments at once, never grown.
        var payments = 0;
        foreach (var group in network.Groups) payments += group.Count * FundCount(group);
        _payments = new Payment[payments];
        foreach (var group in network.Groups) HandBack(group, network.Members, demands);
    }

    /// <summary>
    /// A funding network as laid out (its flow is solved in place afterwards, then handed back): the flow with its source
    /// and sink and the potentials it starts from, the number of budget years, and where each pot's expiry, each settlement chain's entries and each group's
    /// arcs lie in it.
    /// </summary>
    internal sealed record Layout(
        MinCostFlow Flow,
        int Years,
        int Source,
        int Sink,
        Func<int, long> StartPotential,
        int[] ExpiryArcs,
        int[][] SettleEntry,
        List<(DemandGroup Group, int[] Arcs)> GroupArcs,
        List<DemandGroup> Groups,
        int[] Members);

    /// <summary>Lays out the funding network without solving it (the solve, and tools that time it or hand it to another solver, start here).</summary>
    internal static Layout Lay(FundingPot[] pots, Demand[] demands, int years)
    {
        var potsBySource = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var arcCount = 0;
        for (var p = 0; p < pots.Length; p++)
        {
            var pot = pots[p];
            // Stryker disable once all : a capacity hint only; the flow grows as arcs are added
            arcCount += 2 * (pot.EndYear - pot.StartYear + 1) + 1;
            (potsBySource.TryGetValue(pot.Source.Code, out var list) ? list : potsBySource[pot.Source.Code] = []).Add(p);
        }
        // Which pots some group may draw on late (only those get a settlement chain).
        var settlesLate = new bool[pots.Length];
        var lastMoney = new int[pots.Length];
        for (var p = 0; p < pots.Length; p++) lastMoney[p] = pots[p].LastYearMoneyEnters;
        var (groups, members) = GroupDemands(pots, demands, potsBySource, years, lastMoney, settlesLate);
        // Stryker disable once all : a capacity hint only
        foreach (var group in groups) arcCount += group.Arcs.Length + 1;

        // Stryker disable once all : a capacity hint only
        var flow = new MinCostFlow(arcCount + 2 * pots.Length * years);
        var source = flow.AddNode();
        var sink = flow.AddNode();
        var potNodes = new int[pots.Length][];
        var expiryArcs = new int[pots.Length];
        for (var p = 0; p < pots.Length; p++)
        {
            var pot = pots[p];
            potNodes[p] = new int[years];
            for (var y = pot.StartYear; y <= pot.EndYear; y++)
            {
                var node = flow.AddNode();
                potNodes[p][y] = node;
                var entering = pot.Income[y] + (y == pot.StartYear ? pot.Opening : 0);
                // Stryker disable once Equality : an arc of capacity zero carries nothing
                if (entering > 0) flow.AddArc(source, node, entering, 0);
                if (y > pot.StartYear) flow.AddArc(potNodes[p][y - 1], node, MinCostFlow.Unbounded, 0);
            }
            expiryArcs[p] = flow.AddArc(potNodes[p][pot.EndYear], sink, MinCostFlow.Unbounded, pot.Expires ? LapseCost : 0);
        }

        // Settlement chains: settle[p][y] holds pot p's money of years after y that settles year y's deficits. Money
        // enters the chain only in a year it enters the pot: carried on first, it would settle in a year it did not
        // arrive in, and money that is in the pot by year y pays year y directly, for less.
        var settle = new int[pots.Length][];
        var settleEntry = new int[pots.Length][];
        for (var p = 0; p < pots.Length; p++)
        {
            var pot = pots[p];
            // Stryker disable once Logical,Statement : a chain no group draws on carries nothing
            if (!pot.Source.CarriesOver || !settlesLate[p]) continue;
            settle[p] = new int[years];
            settleEntry[p] = new int[years];
            // No entry reads as no money either way: as +1 it would name arc 0's residual twin, whose flow is never above zero.
            // Stryker disable once Unary : no entry, no money, either way
            Array.Fill(settleEntry[p], -1);
            var last = lastMoney[p];
            for (var y = last - 1; y >= 0; y--)
            {
                settle[p][y] = flow.AddNode();
                if (pot.MoneyEnters(y + 1)) settleEntry[p][y + 1] = flow.AddArc(potNodes[p][y + 1], settle[p][y], MinCostFlow.Unbounded, SettlementCost);
                if (y + 1 <= last - 1) flow.AddArc(settle[p][y + 1], settle[p][y], MinCostFlow.Unbounded, 0);
            }
        }

        // Stryker disable once Arithmetic : any start at least the largest reward keeps reduced costs non-negative
        var bestReward = ServeReward + (years - 1) * EarlierYearBonus;
        var groupArcs = new List<(DemandGroup Group, int[] Arcs)>(groups.Count);
        foreach (var group in groups)
        {
            // Stryker disable once Statement : a group no pot may pay gets no flow either way
            if (group.Arcs.Length == 0) continue;
            var node = flow.AddNode();
            flow.AddArc(node, sink, group.Cents, -(ServeReward + (years - 1 - group.Year) * EarlierYearBonus));
            var arcs = new int[group.Arcs.Length];
            for (var e = 0; e < arcs.Length; e++)
            {
                var arc = group.Arcs[e];
                arcs[e] = flow.AddArc(arc.Late ? settle[arc.Pot][arc.Year] : potNodes[arc.Pot][arc.Year], node, MinCostFlow.Unbounded, arc.Cost);
            }
            groupArcs.Add((group, arcs));
        }

        // Reduced costs start non-negative when the sink sits below every node by the largest reward.
        return new Layout(flow, years, source, sink, node => node == sink ? -bestReward : 0, expiryArcs, settleEntry, groupArcs, groups, members);
    }

    /// <summary>Solves the allocation of <paramref name="pots"/> to <paramref name="demands"/> over <paramref name="years"/> budget years.</summary>
    public static FundingNetwork Solve(FundingPot[] pots, Demand[] demands, int years)
    {
        var network = Lay(pots, demands, years);
        network.Flow.Solve(network.Source, network.Sink, network.StartPotential);
        return HandBack(pots, demands, network);
    }

    /// <summary>
    /// The allocation read off a network <see cref="Lay"/> made for these pots and demands, once its flow is solved:
    /// shortfalls shared, settlement years assigned and each group's flow handed back to its demands. The last of the
    /// three steps of <see cref="Solve"/>, on its own for tools that time each.
    /// </summary>
    internal static FundingNetwork HandBack(FundingPot[] pots, Demand[] demands, Layout solved) => new(pots, demands, solved);

    /// <summary>The size of the flow network and how its solve went.</summary>
    public (int Nodes, int Arcs, SolveStatistics Solve) Statistics { get; }

    /// <summary>Every non-zero payment, each demand's consecutive.</summary>
    public ReadOnlySpan<Payment> Payments() => _payments.AsSpan(0, _paymentCount);

    /// <summary>Where demand <paramref name="demand"/>'s payments lie in <see cref="Payments"/>: the first index and how many.</summary>
    public (int First, int Count) PaymentsOf(int demand) => (_firstPayment[demand], _paymentsOfDemand[demand]);

    /// <summary>What pot <paramref name="pot"/> left unspent at the end of its period, lapsed or repaid (zero for pots that carry over).</summary>
    public long Unspent(int pot) => _unspent[pot];

    /// <summary>What was paid of demand <paramref name="demand"/>, in its own year or later.</summary>
    public long Served(int demand) => _served[demand];

    /// <summary>
    /// Hands a group's flow back to its demands: each demand is served its share of the group's flow in proportion to
    /// its cents, and takes every fund's money in proportion to what it still needs (the last fund fills the rest
    /// exactly), so every demand of the group is paid alike.
    /// </summary>
    private void HandBack(DemandGroup group, int[] members, Demand[] demands)
    {
        var served = 0L;
        // The one arc that carries the group's flow, if only one does: for the common case below, a shortcut; where it
        // is not taken, the general hand-back after it gives the same payments.
        const int NoArc = -1, ManyArcs = -2;
        var withFlow = NoArc;
        for (var e = 0; e < group.Flow.Length; e++)
        {
            // Stryker disable once Statement : without the shortcut, the same payments
            if (group.Flow[e] == 0) continue;
            served += group.Flow[e];
            // Stryker disable once Conditional : without the shortcut, the same payments
            withFlow = withFlow == NoArc ? e : ManyArcs;
        }
        if (served == 0) return;
        // Stryker disable once Equality : without the shortcut, the same payments
        var oneArc = withFlow >= 0;
        if (served == group.Cents && oneArc && !group.Arcs[withFlow].Late)
        {
            // The common case: one pot pays every demand of the group in full, in their own year.
            var arc = group.Arcs[withFlow];
            for (var k = 0; k < group.Count; k++) Add(arc.Pot, members[group.First + k], demands[members[group.First + k]].Cents, arc.Year);
            return;
        }
        var funds = Funds(group);
        var count = group.Count;
        if (count == 1)
        {
            foreach (var (pot, year, cents) in funds) Add(pot, members[group.First], cents, year);
            return;
        }

        // What each demand is served in all: everything it asks, or its share of what the group was paid. The working
        // rows (what each still needs, then what each fund gives each) are one buffer, kept from group to group.
        var rows = funds.Count + 1;
        // Stryker disable once Equality : a buffer only
        if (_handBackRows.Length < rows * count) _handBackRows = new long[Math.Max(rows * count, 2 * _handBackRows.Length)];
        var need = _handBackRows.AsSpan(0, count);
        for (var k = 0; k < count; k++) need[k] = demands[members[group.First + k]].Cents;
        // Stryker disable once Equality : a split of the whole by itself gives every demand what it asks
        if (served < group.Cents)
        {
            var share = _handBackRows.AsSpan(count, count);
            Allocator.SplitByPlace(served, need, share);
            share.CopyTo(need);
        }
        for (var f = 0; f < funds.Count; f++)
        {
            var taken = _handBackRows.AsSpan((f + 1) * count, count);
            if (f == funds.Count - 1) need.CopyTo(taken);
            else Allocator.SplitByPlace(funds[f].Cents, need, taken);
            for (var k = 0; k < count; k++) need[k] -= taken[k];
        }
        for (var k = 0; k < count; k++)
        {
            for (var f = 0; f < funds.Count; f++) Add(funds[f].Pot, members[group.First + k], _handBackRows[(f + 1) * count + k], funds[f].Year);
        }
    }

    /// <summary>How many funds <see cref="Funds"/> gives the group: a pot paying in the group's year, or a later year settling its deficit.</summary>
    private static int FundCount(DemandGroup group)
    {
        var count = 0;
        for (var e = 0; e < group.Arcs.Length; e++)
        {
            if (group.Flow[e] != 0) count += group.Arcs[e].Late ? group.LateFrom[e]!.Length : 1;
        }
        return count;
    }

    /// <summary>The group's money by pot and the year it is paid from, cheapest first; late arcs by the later years that settle them.</summary>
    private static List<(int Pot, int Year, long Cents)> Funds(DemandGroup group)
    {
        var funds = new List<(int Pot, int Year, long Cents)>(1);
        for (var e = 0; e < group.Arcs.Length; e++)
        {
            if (group.Flow[e] == 0) continue;
            var arc = group.Arcs[e];
            if (!arc.Late)
            {
                funds.Add((arc.Pot, arc.Year, group.Flow[e]));
                continue;
            }
            foreach (var (year, cents) in group.LateFrom[e]!) funds.Add((arc.Pot, year, cents));
        }
        return funds;
    }

    private void Add(int pot, int demand, long cents, int fromYear)
    {
        if (cents == 0) return;
        if (_paymentsOfDemand[demand]++ == 0) _firstPayment[demand] = _paymentCount;
        _payments[_paymentCount++] = new Payment(pot, demand, cents, fromYear);
        _served[demand] += cents;
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
        FundingPot[] pots, Demand[] demands, Dictionary<string, List<int>> potsBySource, int years, int[] lastMoney, bool[] settlesLate)
    {
        var groups = new List<DemandGroup>();
        var groupOf = new int[demands.Length];
        // Per part number: its group in each year (-1 until a demand of that year comes).
        var groupsByPart = new List<int[]>();
        var optionIds = new Dictionary<DemandOption[], int>(OptionListComparer.Instance);
        var partIds = new Dictionary<(int Options, string? Earmark), int>();
        // Per part without an earmark: its pots over all years, cheapest first (they do not depend on the line then).
        var candidatesByPart = new List<(int Pot, long Cost)[]?>();
        // The parts of the line being read: its option lists and their part numbers (demands of a line come together).
        CostLine? line = null;
        var lineParts = new List<(DemandOption[] Options, int Part)>(2);
        for (var d = 0; d < demands.Length; d++)
        {
            ref readonly var demand = ref demands[d];
            // Stryker disable once all : the line's parts are a cache; without it, the same part numbers
            if (!ReferenceEquals(demand.Line, line))
            {
                line = demand.Line;
                lineParts.Clear();
            }
            const int NotRead = -1;
            var partId = NotRead;
            foreach (var (options, part) in lineParts)
            {
                // Stryker disable once Statement,Block : the line's parts are a cache; without it, the same part numbers
                if (ReferenceEquals(options, demand.Options)) { partId = part; break; }
            }
            if (partId == NotRead)
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
                    // An earmark's pots are the same for every line it applies to, so caching those too, or none, changes nothing.
                    // Stryker disable once Conditional,Equality : a cache; the same candidates either way
                    candidatesByPart.Add(partKey.Item2 is null ? Candidates(pots, demand, potsBySource) : null);
                    var noGroupYet = new int[years];
                    Array.Fill(noGroupYet, -1);
                    groupsByPart.Add(noGroupYet);
                }
                // Stryker disable once Statement : the line's parts are a cache; without it, the same part numbers
                lineParts.Add((demand.Options, partId));
            }
            var byYear = groupsByPart[partId];
            if (byYear[demand.Year] < 0)
            {
                // Stryker disable once NullCoalescing : a cache; the same candidates either way
                var candidates = candidatesByPart[partId] ?? Candidates(pots, demand, potsBySource);
                byYear[demand.Year] = groups.Count;
                groups.Add(new DemandGroup(demand.Year, ArcsFor(candidates, pots, demand.Year, lastMoney, settlesLate)));
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
    /// The pots that may pay the demand's line in any year, with the cost of each cent they pay, in the order of the
    /// line's options (<see cref="ArcsFor"/> orders them). When no earmarked pot applies to the line, these are its
    /// sources' general pots, whatever the line.
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
                // Stryker disable once Arithmetic : times or divided by one, the same
                var expiry = pot.EndYear * ExpiryCost;
                eligible.Add((p, option.Rank * RankCost
                    + (pot.Conditional ? ConditionalCost : 0)
                    + (pot.Project is null ? GeneralCost : 0)
                    + expiry));
            }
        }
        return eligible.ToArray();
    }

    /// <summary>
    /// Where a group of year index <paramref name="year"/> may take money from: each candidate pot as it stands in that
    /// year (if it holds money then) and, for a pot whose source carries over and takes in money after that year
    /// (<paramref name="lastMoney"/>), that later money settling the year's deficit (at <see cref="SettlementCost"/> on
    /// top of the pot's cost); cheapest first (by cost, then pot: no two arcs alike, so the order is the same whatever
    /// the candidates' order).
    /// </summary>
    private static GroupArc[] ArcsFor((int Pot, long Cost)[] candidates, FundingPot[] pots, int year, int[] lastMoney, bool[] settlesLate)
    {
        var arcs = new List<GroupArc>(candidates.Length);
        foreach (var (p, cost) in candidates)
        {
            var pot = pots[p];
            if (pot.IsAlive(year)) arcs.Add(new GroupArc(p, year, false, cost));
            if (pot.Source.CarriesOver && year < lastMoney[p])
            {
                arcs.Add(new GroupArc(p, year, true, cost + SettlementCost));
                settlesLate[p] = true;
            }
        }
        arcs.Sort((a, b) => a.Cost != b.Cost ? a.Cost.CompareTo(b.Cost) : a.Pot.CompareTo(b.Pot));
        return arcs.ToArray();
    }
}
