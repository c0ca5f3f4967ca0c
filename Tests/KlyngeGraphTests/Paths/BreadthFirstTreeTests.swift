import KlyngeGraph
import Testing

@Suite("Breadth-first search trees")
struct BreadthFirstTreeTests {
    //   a ── b ── d ── f        e (isolated)
    //    ╲   │   ╱
    //     ╲  │  ╱
    //        c
    @Test("parents by discovery order, shortest paths, unreachable nodes")
    func tree() throws {
        var b = GraphBuilder(directed: false, weighted: false)
        for id in ["a", "b", "c", "d", "e", "f"] { b.addNode(id) }
        for (s, t) in [("a", "b"), ("a", "c"), ("b", "c"), ("b", "d"), ("c", "d"), ("d", "f")] {
            try b.addEdge(s, t, weight: 1)
        }
        let g = try b.build()
        let tree = g.breadthFirstTree(from: 0)
        // networkx: dict(nx.bfs_predecessors(G, "a")) == {"b": "a", "c": "a", "d": "b", "f": "d"}
        #expect(tree.parents == [-1, 0, 0, 1, -1, 3])
        #expect(tree.path(to: 5) == [0, 1, 3, 5])
        #expect(tree.path(to: 0) == [0])
        #expect(tree.path(to: 4) == [])
        #expect(!tree.contains(4) && tree.contains(0) && tree.contains(5))
        let fromE = g.breadthFirstTree(from: 4)
        #expect(fromE.parents.allSatisfy { $0 == -1 } && fromE.path(to: 0) == [])
        // Path lengths agree with the BFS distances.
        let dist = g.breadthFirstDistances(from: 2)
        let t2 = g.breadthFirstTree(from: 2)
        for v in 0..<6 { #expect(t2.path(to: v).count - 1 == Int(dist[v])) }
    }

    @Test("directed: follows out-arcs only")
    func directed() throws {
        var b = GraphBuilder(directed: true, weighted: false)
        for id in ["x", "y", "z"] { b.addNode(id) }
        try b.addEdge("x", "y", weight: 1)
        try b.addEdge("z", "y", weight: 1)
        let g = try b.build()
        #expect(g.breadthFirstTree(from: 0).path(to: 1) == [0, 1])
        #expect(g.breadthFirstTree(from: 0).path(to: 2) == [])
        #expect(g.breadthFirstTree(from: 1).parents == [-1, -1, -1])
    }
}
