using BudgetEngine.Core.Flow;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Flow;

/// <summary>
/// The solver against a textbook oracle on seeded random networks: successive shortest paths found one at a time with
/// Bellman-Ford, sharing no code with the solver. Both must send the same maximum flow at the same least total cost,
/// and the solver's flows must respect every capacity and conserve flow at every node.
/// </summary>
public class MinCostFlowOracleTests
{
    public static TheoryData<ulong> Seeds() => FlowNetworks.Seeds();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sends_the_oracles_maximum_flow_at_the_oracles_least_cost(ulong seed)
    {
        var network = FlowNetworks.Generate(new SeededRandom(seed));

        var (flow, flows) = FlowNetworks.Solve(network);

        var (oracleFlow, oracleCost) = Oracle(network);
        flow.Should().Be(oracleFlow);
        network.Arcs.Select((a, i) => flows[i] * a.Cost).Sum().Should().Be(oracleCost);
        for (var i = 0; i < flows.Length; i++) flows[i].Should().BeInRange(0, network.Arcs[i].Capacity);
        for (var v = 0; v < network.Nodes; v++)
        {
            if (v == network.Source || v == network.Sink) continue;
            var inflow = network.Arcs.Select((a, i) => a.To == v ? flows[i] : 0).Sum();
            var outflow = network.Arcs.Select((a, i) => a.From == v ? flows[i] : 0).Sum();
            inflow.Should().Be(outflow, $"flow is conserved at node {v}");
        }
    }

    [Fact]
    public void The_generated_networks_have_real_choices_to_make()
    {
        // Guards the theory above: enough networks where the cheapest path cannot take everything and rewards compete.
        var interesting = 0;
        for (ulong seed = 1; seed <= 300; seed++)
        {
            var network = FlowNetworks.Generate(new SeededRandom(seed));
            var (flow, _) = Oracle(network);
            if (flow > 0 && network.Arcs.Any(a => a.Cost < 0)) interesting++;
        }
        interesting.Should().BeGreaterThan(150);
    }

    /// <summary>Successive shortest paths with Bellman-Ford on the residual network, one augmenting path at a time.</summary>
    private static (long Flow, long Cost) Oracle(FlowNetworks.Network network)
    {
        var residual = new ResidualNetwork(network);
        var (from, capacity, cost) = (residual.From, residual.Capacity, residual.Cost);
        long totalFlow = 0, totalCost = 0;
        while (true)
        {
            var (distance, via) = residual.ShortestDistances(network.Source);
            if (distance[network.Sink] == ResidualNetwork.Unreached) return (totalFlow, totalCost);
            var bottleneck = long.MaxValue;
            for (var v = network.Sink; v != network.Source; v = from[via[v]]) bottleneck = Math.Min(bottleneck, capacity[via[v]]);
            for (var v = network.Sink; v != network.Source; v = from[via[v]])
            {
                capacity[via[v]] -= bottleneck;
                capacity[via[v] ^ 1] += bottleneck;
                totalCost += bottleneck * cost[via[v]];
            }
            totalFlow += bottleneck;
        }
    }
}
