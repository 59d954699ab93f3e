using BudgetEngine.Core.Flow;

namespace BudgetEngine.Core.Tests.Flow;

public class MinCostFlowTests
{
    [Fact]
    public void Sends_the_maximum_flow()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), a = g.AddNode(), b = g.AddNode(), t = g.AddNode();
        g.AddArc(s, a, 10, 0);
        g.AddArc(s, b, 5, 0);
        g.AddArc(a, b, 15, 0);
        g.AddArc(a, t, 4, 0);
        g.AddArc(b, t, 10, 0);

        g.Solve(s, t).Should().Be(14);
    }

    [Fact]
    public void Among_maximum_flows_takes_the_cheapest()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), t = g.AddNode();
        var cheap = g.AddArc(s, t, 3, 1);
        var dear = g.AddArc(s, t, 10, 5);

        g.Solve(s, t).Should().Be(13);
        (g.Flow(cheap), g.Flow(dear)).Should().Be((3, 10));
    }

    [Fact]
    public void Reroutes_earlier_flow_when_a_cheaper_total_needs_it()
    {
        // s->a->t is the cheapest single path, but the maximum flow at least cost must send a's flow to b's sink arc.
        var g = new MinCostFlow();
        int s = g.AddNode(), a = g.AddNode(), b = g.AddNode(), t = g.AddNode();
        g.AddArc(s, a, 1, 0);
        g.AddArc(s, b, 1, 0);
        var at = g.AddArc(a, t, 1, 1);
        var ab = g.AddArc(a, b, 1, 1);
        var bt = g.AddArc(b, t, 1, 1);
        g.AddArc(b, t, 1, 100);

        g.Solve(s, t).Should().Be(2);
        (g.Flow(at), g.Flow(ab), g.Flow(bt)).Should().Be((1, 0, 1));
    }

    [Fact]
    public void Negative_costs_are_accepted_with_potentials_that_make_reduced_costs_non_negative()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), a = g.AddNode(), t = g.AddNode();
        g.AddArc(s, a, 5, 0);
        var rewarded = g.AddArc(a, t, 3, -10);
        var plain = g.AddArc(a, t, 5, 0);

        g.Solve(s, t, node => node == t ? -10 : 0).Should().Be(5);
        (g.Flow(rewarded), g.Flow(plain)).Should().Be((3, 2));
    }

    [Fact]
    public void Capacities_in_cents_of_large_budgets_do_not_overflow()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), t = g.AddNode();
        g.AddArc(s, t, 100_000_000_000_000, 1); // one trillion euros in cents

        g.Solve(s, t).Should().Be(100_000_000_000_000);
    }

    [Fact]
    public void Reports_its_phases_the_nodes_it_settled_its_level_graphs_and_augmenting_paths()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), a = g.AddNode(), b = g.AddNode(), t = g.AddNode();
        g.AddArc(s, a, 2, 0);
        g.AddArc(s, b, 1, 0);
        g.AddArc(a, t, 1, 1);
        g.AddArc(a, t, 1, 3);
        g.AddArc(b, t, 1, 1);

        g.Solve(s, t).Should().Be(3);

        // Phase 1 (paths of cost 1): s, a and b at distance 0, then t; one level graph, paths s-b-t and s-a-t.
        // Phase 2 (cost 3): s and a at 0, then t; one level graph, path s-a-t over the dearer arc.
        // The last search settles s alone and finds no path: 4 + 3 + 1 nodes settled.
        g.Statistics.Should().Be(new SolveStatistics(Phases: 2, Settled: 8, LevelGraphs: 2, AugmentingPaths: 3));
    }

    [Fact]
    public void A_search_settles_every_node_at_distance_zero_even_where_the_sink_is_among_them()
    {
        // Every arc is free. The first search finds s, a, b and t at distance zero along the free arcs, b too although
        // it leads nowhere; the phase sends s-a-t. The last search finds s and b at zero and no way on: 4 + 2 settled.
        var g = new MinCostFlow();
        int s = g.AddNode(), a = g.AddNode(), b = g.AddNode(), t = g.AddNode();
        g.AddArc(s, a, 1, 0);
        g.AddArc(a, t, 1, 0);
        g.AddArc(s, b, 1, 0);

        g.Solve(s, t).Should().Be(1);

        g.Statistics.Should().Be(new SolveStatistics(Phases: 1, Settled: 6, LevelGraphs: 1, AugmentingPaths: 1));
    }

    [Fact]
    public void An_arc_with_a_negative_capacity_is_refused()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), t = g.AddNode();

        var add = () => g.AddArc(s, t, -1, 0);

        add.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("capacity").WithMessage("*capacity cannot be negative*");
    }

    [Fact]
    public void An_arc_from_or_to_a_node_not_added_is_refused()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), t = g.AddNode();

        // Nodes 0 and 1 exist; node 2 is the next one AddNode would give.
        var fromMissing = () => g.AddArc(2, t, 1, 0);
        var toMissing = () => g.AddArc(s, 2, 1, 0);

        fromMissing.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("from").WithMessage("No such node.*");
        toMissing.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to").WithMessage("No such node.*");
    }

    [Fact]
    public void Counts_the_arcs_added_not_their_residual_twins()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), a = g.AddNode(), t = g.AddNode();
        g.AddArc(s, a, 1, 0);
        g.AddArc(a, t, 1, 0);
        g.AddArc(s, t, 1, 0);

        (g.NodeCount, g.ArcCount).Should().Be((3, 3));
    }

    [Fact]
    public void An_arc_carries_no_flow_before_the_network_is_solved()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), t = g.AddNode();
        var arc = g.AddArc(s, t, 5, 0);

        g.Flow(arc).Should().Be(0);
    }

    [Fact]
    public void A_potential_at_an_arcs_tail_adds_to_its_reduced_cost()
    {
        // Reduced cost of s->t: cost 1 + potential(s) 5 - potential(t) 0 = 6, not negative: accepted.
        var g = new MinCostFlow();
        int s = g.AddNode(), t = g.AddNode();
        var arc = g.AddArc(s, t, 4, 1);

        g.Solve(s, t, node => node == s ? 5 : 0).Should().Be(4);
        g.Flow(arc).Should().Be(4);
    }

    [Fact]
    public void Potentials_that_leave_a_negative_reduced_cost_are_refused_with_the_reason()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), t = g.AddNode();
        g.AddArc(s, t, 1, -1);

        var solve = () => g.Solve(s, t);

        solve.Should().Throw<ArgumentException>().WithMessage("*negative reduced cost*").WithParameterName("initialPotential");
    }

    [Fact]
    public void Each_arc_added_reads_back_as_it_was_given_in_the_order_added()
    {
        // Two arcs out of s, added s->a (7, cost 3) then a->t (5, cost -2): the first is arc 0 for Flow, the second arc 2.
        var g = new MinCostFlow();
        int s = g.AddNode(), a = g.AddNode(), t = g.AddNode();
        g.AddArc(s, a, 7, 3);
        g.AddArc(a, t, 5, -2);

        g.AddedArc(0).Should().Be((s, a, 7L, 3L));
        g.AddedArc(1).Should().Be((a, t, 5L, -2L));
    }

    [Fact]
    public void An_arc_that_was_not_added_cannot_be_read_back()
    {
        var g = new MinCostFlow();
        int s = g.AddNode(), t = g.AddNode();
        g.AddArc(s, t, 1, 0);

        ((Action)(() => g.AddedArc(1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k");
        ((Action)(() => g.AddedArc(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k");
    }
}
