using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Flow;

/// <summary>
/// Where several flows are equally cheap, which one the solver picks decides which lines a short source leaves unpaid.
/// The solver's shortcuts (Dijkstra that stops at the sink, levels built only over nodes that can reach it) must not
/// change that choice: its flows must be the textbook method's, arc by arc.
/// </summary>
public class MinCostFlowTextbookTests
{
    public static TheoryData<ulong> Seeds() => FlowNetworks.Seeds();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sends_the_textbook_methods_flow_on_every_arc(ulong seed)
    {
        var network = FlowNetworks.Generate(new SeededRandom(seed));

        var (_, flows) = FlowNetworks.Solve(network);

        flows.Should().Equal(TextbookPrimalDual.Flows(network));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sends_the_textbook_methods_flow_where_costs_vary_widely(ulong seed)
    {
        var network = FlowNetworks.GenerateWithWidelyVaryingCosts(new SeededRandom(seed));

        var (_, flows) = FlowNetworks.Solve(network);

        flows.Should().Equal(TextbookPrimalDual.Flows(network));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Goes_through_the_textbook_methods_phases_level_graphs_and_augmenting_paths(ulong seed)
    {
        var network = FlowNetworks.GenerateWithWidelyVaryingCosts(new SeededRandom(seed));

        var (_, _, statistics) = FlowNetworks.SolveWithStatistics(network);

        var textbook = TextbookPrimalDual.Solve(network);
        (statistics.Phases, statistics.LevelGraphs, statistics.AugmentingPaths)
            .Should().Be((textbook.Phases, textbook.LevelGraphs, textbook.AugmentingPaths));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Settles_each_node_once_a_search_and_stops_at_the_sink(ulong seed)
    {
        // Nodes farther than the sink are left unsettled, and none is settled twice: the count lies within what a
        // Dijkstra that stops at the sink must and may settle (nodes as far as the sink may come before it or not).
        var network = FlowNetworks.GenerateWithWidelyVaryingCosts(new SeededRandom(seed));

        var (_, _, statistics) = FlowNetworks.SolveWithStatistics(network);

        var textbook = TextbookPrimalDual.Solve(network);
        statistics.Settled.Should().BeInRange(textbook.SettledAtLeast, textbook.SettledAtMost);
    }

    [Fact]
    public void The_generated_networks_have_ties_that_the_order_of_arcs_decides()
    {
        // Guards the theory above: on enough networks, trying each node's arcs in the order they were added (instead of
        // the reverse) gives another flow of the same cost, so comparing flows arc by arc pins the choice among ties.
        var decidedByOrder = 0;
        for (ulong seed = 1; seed <= 300; seed++)
        {
            var network = FlowNetworks.Generate(new SeededRandom(seed));
            var reversed = network with { Arcs = network.Arcs.Reverse().ToArray() };
            var flows = TextbookPrimalDual.Flows(network);
            var reversedFlows = TextbookPrimalDual.Flows(reversed).Reverse().ToArray();
            if (!flows.SequenceEqual(reversedFlows)) decidedByOrder++;
        }
        decidedByOrder.Should().BeGreaterThan(40);
    }
}
