// Solves DIMACS minimum-cost flow problems with LEMON's network simplex (Debian's liblemon-dev), for
// scripts/bench-flow-peers: network-simplex ROUNDS FILE.min... prints, per file, its name, the total cost of the optimal
// flow (exact, in 128 bits: the funding networks' costs reach 2^50 a cent) and the fastest of ROUNDS runs in ms, each
// run reading the arc list into a graph and solving it, as the engine is timed.
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct ArcLine {
  int from, to;
  long long capacity, cost;
};

struct Problem {
  int nodes = 0;
  std::vector<std::pair<int, long long>> supplies;
  std::vector<ArcLine> arcs;
};

Problem Read(const char* path) {
  Problem problem;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    char kind = 0;
    fields >> kind;
    if (kind == 'p') {
      std::string format;
      std::size_t arcs = 0;
      fields >> format >> problem.nodes >> arcs;
      problem.arcs.reserve(arcs);
    } else if (kind == 'n') {
      int node = 0;
      long long supply = 0;
      fields >> node >> supply;
      problem.supplies.emplace_back(node - 1, supply);
    } else if (kind == 'a') {
      ArcLine arc{};
      long long lower = 0;
      fields >> arc.from >> arc.to >> lower >> arc.capacity >> arc.cost;
      if (lower != 0) {
        std::fprintf(stderr, "%s: lower bounds other than 0 are not read\n", path);
        std::exit(2);
      }
      arc.from--;
      arc.to--;
      problem.arcs.push_back(arc);
    }
  }
  return problem;
}

std::string Decimal(__int128 value) {
  const bool negative = value < 0;
  unsigned __int128 magnitude = negative ? -(unsigned __int128)value : (unsigned __int128)value;
  std::string digits;
  do {
    digits.insert(digits.begin(), char('0' + int(magnitude % 10)));
    magnitude /= 10;
  } while (magnitude > 0);
  return negative ? "-" + digits : digits;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: network-simplex ROUNDS FILE.min...\n");
    return 2;
  }
  const int rounds = std::atoi(argv[1]);
  std::printf("network\tcost\tfastest_ms\n");
  for (int f = 2; f < argc; f++) {
    const Problem problem = Read(argv[f]);
    double fastest = 1e300;
    __int128 cost = 0;
    for (int round = 0; round < rounds; round++) {
      const auto start = std::chrono::steady_clock::now();
      lemon::SmartDigraph graph;
      graph.reserveNode(problem.nodes);
      graph.reserveArc(int(problem.arcs.size()));
      std::vector<lemon::SmartDigraph::Node> nodes(problem.nodes);
      for (auto& node : nodes) node = graph.addNode();
      std::vector<lemon::SmartDigraph::Arc> arcs(problem.arcs.size());
      lemon::SmartDigraph::ArcMap<long long> capacity(graph), arcCost(graph);
      for (std::size_t i = 0; i < arcs.size(); i++) {
        arcs[i] = graph.addArc(nodes[problem.arcs[i].from], nodes[problem.arcs[i].to]);
        capacity[arcs[i]] = problem.arcs[i].capacity;
        arcCost[arcs[i]] = problem.arcs[i].cost;
      }
      lemon::SmartDigraph::NodeMap<long long> supply(graph, 0);
      for (const auto& [node, amount] : problem.supplies) supply[nodes[node]] = amount;
      lemon::NetworkSimplex<lemon::SmartDigraph, long long, long long> simplex(graph);
      simplex.upperMap(capacity).costMap(arcCost).supplyMap(supply);
      const auto outcome = simplex.run(lemon::NetworkSimplex<lemon::SmartDigraph, long long, long long>::BLOCK_SEARCH);
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      if (outcome != lemon::NetworkSimplex<lemon::SmartDigraph, long long, long long>::OPTIMAL) {
        std::fprintf(stderr, "%s: no optimal flow (outcome %d)\n", argv[f], int(outcome));
        return 1;
      }
      if (ms < fastest) fastest = ms;
      cost = 0;
      for (std::size_t i = 0; i < arcs.size(); i++) cost += (__int128)simplex.flow(arcs[i]) * problem.arcs[i].cost;
    }
    std::string name = argv[f];
    name = name.substr(name.find_last_of('/') + 1);
    name = name.substr(0, name.size() - 4);
    std::printf("%s\t%s\t%.4f\n", name.c_str(), Decimal(cost).c_str(), fastest);
  }
  return 0;
}
