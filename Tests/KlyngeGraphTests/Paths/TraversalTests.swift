import KlyngeGraph
import Testing

/// Builds a graph from `(source, target, weight)` triples after adding `nodes` in order
/// (so node indices are the positions in `nodes`).
private func graph(
    directed: Bool,
    weighted: Bool,
    nodes: [String],
    _ edges: [(String, String, Double)]
) throws -> CSRGraph {
    var b = GraphBuilder(directed: directed, weighted: weighted)
    for id in nodes { b.addNode(id) }
    for (s, t, w) in edges { try b.addEdge(s, t, weight: w) }
    let g = try b.build()
    #expect(g.nodes.ids == nodes, "edges named a node not in the list")
    return g
}

private func unit(_ edges: [(String, String)]) -> [(String, String, Double)] {
    edges.map { ($0.0, $0.1, 1) }
}

/// A partition as a set of sets of ids.
private func partition(_ g: CSRGraph, _ c: Components) -> Set<Set<String>> {
    var groups: [Int32: Set<String>] = [:]
    for (i, l) in c.label.enumerated() { groups[l, default: []].insert(g.nodes[i]) }
    return Set(groups.values)
}

/// Breadth-first search, Dijkstra and connected components on small drawn graphs
/// (expected values by hand, cross-checked with NetworkX 3.6.1 where quoted).
@Suite("Traversal, shortest paths and components")
struct TraversalTests {
    // MARK: Breadth-first search

    //   a ──── b ──── d ──── f
    //    ╲    ╱
    //     ╲  ╱
    //      c                    e (isolated)
    //
    // index: a0 b1 c2 d3 e4 f5.  From a: a 0, b 1, c 1, d 2, f 3, e unreachable.
    // python3 -c "import networkx as nx; G=nx.Graph(); G.add_nodes_from('abcdef');
    //   G.add_edges_from([('a','c'),('a','b'),('b','c'),('b','d'),('d','f')]);
    //   print(dict(nx.single_source_shortest_path_length(G,'a')))"
    //   → {'a': 0, 'c': 1, 'b': 1, 'd': 2, 'f': 3}
    static let bfsNodes = ["a", "b", "c", "d", "e", "f"]
    static let bfsEdges = unit([("a", "c"), ("a", "b"), ("b", "c"), ("b", "d"), ("d", "f")])

    @Test("BFS distances and order, undirected, with an unreachable node")
    func bfsUndirected() throws {
        let g = try graph(directed: false, weighted: false, nodes: Self.bfsNodes, Self.bfsEdges)
        #expect(g.breadthFirstDistances(from: 0) == [0, 1, 1, 2, -1, 3])
        // Ties in ascending index: b (1) before c (2) although a–c was added first.
        #expect(g.breadthFirstOrder(from: 0) == [0, 1, 2, 3, 5])
        // From f: f 0, d 1, b 2, a 3, c 3.
        #expect(g.breadthFirstDistances(from: 5) == [3, 2, 3, 1, -1, 0])
        #expect(g.breadthFirstOrder(from: 5) == [5, 3, 1, 0, 2])
        // From the isolated node: only itself.
        #expect(g.breadthFirstDistances(from: 4) == [-1, -1, -1, -1, 0, -1])
        #expect(g.breadthFirstOrder(from: 4) == [4])
    }

    // Same drawing, arcs pointing as listed (a→c, a→b, b→c, b→d, d→f).
    // NetworkX (DiGraph, same edges): from a {'a': 0, 'c': 1, 'b': 1, 'd': 2, 'f': 3};
    // from d {'d': 0, 'f': 1}.
    @Test("BFS follows out-arcs only when directed")
    func bfsDirected() throws {
        let g = try graph(directed: true, weighted: false, nodes: Self.bfsNodes, Self.bfsEdges)
        #expect(g.breadthFirstDistances(from: 0) == [0, 1, 1, 2, -1, 3])
        #expect(g.breadthFirstOrder(from: 0) == [0, 1, 2, 3, 5])
        #expect(g.breadthFirstDistances(from: 3) == [-1, -1, -1, 0, -1, 1])
        #expect(g.breadthFirstOrder(from: 3) == [3, 5])
        #expect(g.breadthFirstDistances(from: 5) == [-1, -1, -1, -1, -1, 0])
    }

    // MARK: Dijkstra

    //          1         2         3
    //   s ───────▶ a ───────▶ b ───────▶ t ──1──▶ u
    //   │ ╲                              ▲
    //   │  ╲──────────── 10 ─────────────┤         z (isolated)
    //   │                                │
    //   └──4──▶ c ──────────── 3 ────────┘
    //
    // index: s0 a1 b2 c3 t4 u5 z6. The one-hop arc s→t costs 10; s→a→b→t costs 6 (3 hops);
    // s→c→t costs 7. From s: s 0, a 1, b 3, c 4, t 6, u 7, z ∞.
    // python3 -c "import networkx as nx; W=nx.DiGraph(); W.add_nodes_from(['s','a','b','c','t','u','z']);
    //   W.add_weighted_edges_from([('s','t',10),('s','a',1),('a','b',2),('b','t',3),('s','c',4),('c','t',3),('t','u',1)]);
    //   print(nx.single_source_dijkstra_path_length(W,'s'), nx.shortest_path_length(W,'s','t'),
    //         nx.single_source_dijkstra_path_length(W.to_undirected(),'t'))"
    //   → {'s': 0, 'a': 1, 'b': 3, 'c': 4, 't': 6, 'u': 7} 1 {'t': 0, 'u': 1, 'b': 3, 'c': 3, 'a': 5, 's': 6}
    static let dijkstraNodes = ["s", "a", "b", "c", "t", "u", "z"]
    static let dijkstraEdges: [(String, String, Double)] = [
        ("s", "t", 10), ("s", "a", 1), ("a", "b", 2), ("b", "t", 3), ("s", "c", 4), ("c", "t", 3), ("t", "u", 1),
    ]

    @Test("Dijkstra: the shortest path is not the fewest-hop one")
    func dijkstraDirected() throws {
        let g = try graph(directed: true, weighted: true, nodes: Self.dijkstraNodes, Self.dijkstraEdges)
        let inf = Double.infinity
        #expect(g.dijkstraDistances(from: 0) == [0, 1, 3, 4, 6, 7, inf])
        // BFS sees t one hop from s.
        #expect(g.breadthFirstDistances(from: 0) == [0, 1, 2, 1, 1, 2, -1])
        // From t only u is reachable.
        #expect(g.dijkstraDistances(from: 4) == [inf, inf, inf, inf, 0, 1, inf])
        // From the isolated node nothing is.
        #expect(g.dijkstraDistances(from: 6) == [inf, inf, inf, inf, inf, inf, 0])
        // Without weights every arc costs 1: Dijkstra equals BFS hops.
        #expect(g.unweighted().dijkstraDistances(from: 0) == [0, 1, 2, 1, 1, 2, inf])
    }

    @Test("Dijkstra on the undirected version")
    func dijkstraUndirected() throws {
        let g = try graph(directed: false, weighted: true, nodes: Self.dijkstraNodes, Self.dijkstraEdges)
        let inf = Double.infinity
        // From t: u 1, b 3, c 3, a 3 + 2 = 5, s min(10, 5 + 1, 3 + 4) = 6.
        #expect(g.dijkstraDistances(from: 4) == [6, 5, 3, 3, 0, 1, inf])
        #expect(g.dijkstraDistances(from: 0) == [0, 1, 3, 4, 6, 7, inf])
    }

    // MARK: Weakly connected components

    //   a ──── f        b ──── d        c        e
    //                   │
    //                   g
    //
    // index: a0 b1 c2 d3 e4 f5 g6. Labels in order of smallest member:
    // {a, f} → 0, {b, d, g} → 1, {c} → 2, {e} → 3.
    // NetworkX connected_components: [['a','f'], ['b','d','g'], ['c'], ['e']].
    @Test("connected components of an undirected graph")
    func componentsUndirected() throws {
        let g = try graph(
            directed: false,
            weighted: false,
            nodes: ["a", "b", "c", "d", "e", "f", "g"],
            unit([("a", "f"), ("d", "b"), ("b", "g")])
        )
        let c = g.weaklyConnectedComponents()
        #expect(c.count == 4)
        #expect(c.label == [0, 1, 2, 1, 3, 0, 1])
        #expect(c.sizes == [2, 3, 1, 1])
        #expect(partition(g, c) == [["a", "f"], ["b", "d", "g"], ["c"], ["e"]])
        // Undirected: strong components are the connected ones.
        #expect(g.stronglyConnectedComponents() == c)
    }

    //   a ◀── f        b ◀── d        c ◀── e
    //                  ▲
    //                  g
    //
    // Every arc points from a larger index to a smaller one. Weak components (directions
    // ignored): {a, f} → 0, {b, d, g} → 1, {c, e} → 2. Nothing lies on a cycle, so
    // there are 7 strong components, one per node.
    // python3 -c "import networkx as nx; D=nx.DiGraph(); D.add_nodes_from('abcdefg');
    //   D.add_edges_from([('f','a'),('d','b'),('g','b'),('e','c')]);
    //   print(sorted(sorted(c) for c in nx.weakly_connected_components(D)), nx.number_strongly_connected_components(D))"
    //   → [['a', 'f'], ['b', 'd', 'g'], ['c', 'e']] 7
    @Test("weakly connected components of a directed graph")
    func componentsDirected() throws {
        let g = try graph(
            directed: true,
            weighted: false,
            nodes: ["a", "b", "c", "d", "e", "f", "g"],
            unit([("f", "a"), ("d", "b"), ("g", "b"), ("e", "c")])
        )
        let c = g.weaklyConnectedComponents()
        #expect(c.count == 3)
        #expect(c.label == [0, 1, 2, 1, 2, 0, 1])
        #expect(c.sizes == [2, 3, 2])
        #expect(partition(g, c) == [["a", "f"], ["b", "d", "g"], ["c", "e"]])
        // The reversed graph has the same weak components.
        #expect(g.reversed().weaklyConnectedComponents() == c)
        let s = g.stronglyConnectedComponents()
        #expect(s.count == 7)
        #expect(s.label == [0, 1, 2, 3, 4, 5, 6])
    }

    // MARK: Strongly connected components

    //   ┌──────────────┐
    //   ▼              │
    //   a ───▶ b ───▶ c ───▶ d ⇄ e ───▶ f
    //          │                        │
    //          ▼                        ▼
    //          g ⇄ h ◀──────────────────┘
    //
    // SCCs: {a, b, c} (cycle a→b→c→a), {d, e}, {f}, {g, h}.
    // Nodes are added in the order g d a f b e c h, so indices are
    // g0 d1 a2 f3 b4 e5 c6 h7 and labels by smallest member index are
    // {g, h} → 0, {d, e} → 1, {a, b, c} → 2, {f} → 3.
    // python3 -c "import networkx as nx; S=nx.DiGraph(); S.add_nodes_from('gdafbech');
    //   S.add_edges_from([('a','b'),('b','c'),('c','a'),('c','d'),('d','e'),('e','d'),('e','f'),('b','g'),('g','h'),('h','g'),('f','h')]);
    //   print(sorted(sorted(c) for c in nx.strongly_connected_components(S)))"
    //   → [['a', 'b', 'c'], ['d', 'e'], ['f'], ['g', 'h']]
    @Test("strongly connected components of a drawn directed graph")
    func strongComponents() throws {
        let edges = unit([
            ("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e"), ("e", "d"),
            ("e", "f"), ("b", "g"), ("g", "h"), ("h", "g"), ("f", "h"),
        ])
        let g = try graph(directed: true, weighted: false, nodes: ["g", "d", "a", "f", "b", "e", "c", "h"], edges)
        let s = g.stronglyConnectedComponents()
        #expect(s.count == 4)
        #expect(partition(g, s) == [["a", "b", "c"], ["d", "e"], ["f"], ["g", "h"]])
        #expect(s.label == [0, 1, 2, 3, 2, 1, 2, 0])
        #expect(s.sizes == [2, 2, 3, 1])
        // Reversing every arc keeps the strong components.
        #expect(g.reversed().stronglyConnectedComponents() == s)
        // All of it is one weak component.
        #expect(g.weaklyConnectedComponents().count == 1)
        // Adding f → a closes a→b→c→d→e→f→a; g and h still never lead back.
        // NetworkX (same command plus ('f','a')): [['a','b','c','d','e','f'], ['g','h']]
        let closed = try graph(
            directed: true,
            weighted: false,
            nodes: ["g", "d", "a", "f", "b", "e", "c", "h"],
            edges + unit([("f", "a")])
        )
        #expect(
            partition(closed, closed.stronglyConnectedComponents())
                == [["a", "b", "c", "d", "e", "f"], ["g", "h"]]
        )
    }

    // MARK: Deep graphs

    //   v0 ──▶ v1 ──▶ v2 ──▶ … ──▶ v199999
    // A recursive Tarjan would need 200,000 frames; every node is its own SCC.
    // python3 -c "import networkx as nx; P=nx.path_graph(200000, create_using=nx.DiGraph);
    //   print(nx.number_strongly_connected_components(P)); P.add_edge(199999,0);
    //   print(nx.number_strongly_connected_components(P))"  → 200000, 1
    @Test("SCC on a 200,000-node directed path does not overflow the stack")
    func longPath() throws {
        let n = 200_000
        var b = GraphBuilder(directed: true, weighted: false)
        b.reserve(nodes: n, edges: n)
        for i in 0..<n { b.addNode("v\(i)") }
        for i in 0..<n - 1 { try b.addEdge(index: i, index: i + 1) }
        let path = try b.build()
        let s = path.stronglyConnectedComponents()
        #expect(s.count == n)
        #expect(s.label == Array(0..<Int32(n)))
        #expect(path.weaklyConnectedComponents().count == 1)
        #expect(path.breadthFirstDistances(from: 0).last == Int32(n - 1))

        //   v0 ──▶ v1 ──▶ … ──▶ v199999 ──▶ v0   (one cycle: one SCC)
        try b.addEdge(index: n - 1, index: 0)
        let cycle = try b.build()
        let c = cycle.stronglyConnectedComponents()
        #expect(c.count == 1)
        #expect(c.sizes == [n])
        #expect(c.label.allSatisfy { $0 == 0 })
    }
}
