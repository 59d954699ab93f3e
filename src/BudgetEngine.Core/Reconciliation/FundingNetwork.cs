using BudgetEngine.Core.Flow;

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

    private readonly List<(int Pot, int Demand, int Arc)> _spendArcs = [];
    private readonly int[] _lapseArcs;
    private readonly int[] _servedArcs;
    private readonly MinCostFlow _flow = new();

    private FundingNetwork(IReadOnlyList<FundingPot> pots, IReadOnlyList<Demand> demands, int years)
    {
        var source = _flow.AddNode();
        var sink = _flow.AddNode();
        _lapseArcs = new int[pots.Count];
        _servedArcs = new int[demands.Count];

        var potNodes = new int[pots.Count][];
        for (var p = 0; p < pots.Count; p++)
        {
            var pot = pots[p];
            potNodes[p] = new int[years];
            for (var y = pot.StartYear; y <= pot.EndYear; y++)
            {
                var node = _flow.AddNode();
                potNodes[p][y] = node;
                var entering = pot.Income[y] + (y == pot.StartYear ? pot.Opening : 0);
                if (entering > 0) _flow.AddArc(source, node, entering, 0);
                if (y > pot.StartYear) _flow.AddArc(potNodes[p][y - 1], node, MinCostFlow.Unbounded, 0);
            }
            _lapseArcs[p] = _flow.AddArc(potNodes[p][pot.EndYear], sink, MinCostFlow.Unbounded, pot.Lapses ? LapseCost : 0);
        }

        var bestReward = ServeReward + (years - 1) * EarlierYearBonus;
        for (var d = 0; d < demands.Count; d++)
        {
            var demand = demands[d];
            if (demand.Options.Count == 0) { _servedArcs[d] = -1; continue; }
            var node = _flow.AddNode();
            _servedArcs[d] = _flow.AddArc(node, sink, demand.Cents, -(ServeReward + (years - 1 - demand.Year) * EarlierYearBonus));
            foreach (var option in demand.Options)
            {
                for (var p = 0; p < pots.Count; p++)
                {
                    var pot = pots[p];
                    if (!ReferenceEquals(pot.Source, option.Source) || !pot.IsAlive(demand.Year) || !pot.MayPay(demand.Line.ProjectKey)) continue;
                    var cost = option.Rank * RankCost
                        + (pot.Conditional ? ConditionalCost : 0)
                        + (pot.Project is null ? GeneralCost : 0)
                        + pot.EndYear * ExpiryCost;
                    _spendArcs.Add((p, d, _flow.AddArc(potNodes[p][demand.Year], node, MinCostFlow.Unbounded, cost)));
                }
            }
        }

        // Reduced costs start non-negative when the sink sits below every node by the largest reward.
        _flow.Solve(source, sink, node => node == sink ? -bestReward : 0);
    }

    /// <summary>Solves the allocation of <paramref name="pots"/> to <paramref name="demands"/> over <paramref name="years"/> budget years.</summary>
    public static FundingNetwork Solve(IReadOnlyList<FundingPot> pots, IReadOnlyList<Demand> demands, int years) =>
        new(pots, demands, years);

    /// <summary>Every non-zero payment: pot index, demand index, cents.</summary>
    public IEnumerable<(int Pot, int Demand, long Cents)> Payments()
    {
        foreach (var (pot, demand, arc) in _spendArcs)
        {
            var cents = _flow.Flow(arc);
            if (cents > 0) yield return (pot, demand, cents);
        }
    }

    /// <summary>What lapsed of pot <paramref name="pot"/> at the end of its period (zero for pots that carry over).</summary>
    public long Lapsed(int pot, FundingPot of) => of.Lapses ? _flow.Flow(_lapseArcs[pot]) : 0;

    /// <summary>What was paid of demand <paramref name="demand"/>.</summary>
    public long Served(int demand) => _servedArcs[demand] < 0 ? 0 : _flow.Flow(_servedArcs[demand]);
}
