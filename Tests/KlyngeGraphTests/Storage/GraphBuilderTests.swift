import KlyngeGraph
import Testing

/// The ids of the out-neighbours of `id`, in stored order.
private func neighborIDs(_ g: CSRGraph, _ id: String) throws -> [String] {
    let v = try #require(g.nodes.index(of: id), "no node \(id)")
    return g.neighbors(v).map { g.nodes[Int($0)] }
}

/// The weights of the arcs `source → target` (one entry per stored arc).
private func arcWeights(_ g: CSRGraph, _ source: String, _ target: String) throws -> [Double] {
    let u = try #require(g.nodes.index(of: source), "no node \(source)")
    let v = try #require(g.nodes.index(of: target), "no node \(target)")
    return g.arcRange(u).filter { g.target(ofArc: $0) == v }.map { g.weight(ofArc: $0) }
}

/// `GraphBuilder`, `CSRGraph` storage and `NodeTable`. Expected values are worked
/// out by hand from the small graphs drawn above each test.
@Suite("GraphBuilder and CSR storage")
struct GraphBuilderTests {
    // MARK: Duplicate edges

    //   a ──2──▶ b      added twice:  a→b (2), then a→b (3)
    //   a ◀──7── b      plus the opposite arc b→a (7), which is NOT a duplicate when directed
    @Test(
        "directed duplicates merge by policy",
        arguments: [
            (DuplicateEdgePolicy.sumWeights, 5.0),
            (DuplicateEdgePolicy.keepFirst, 2.0),
            (DuplicateEdgePolicy.keepLast, 3.0),
        ]
    )
    func directedDuplicates(policy: DuplicateEdgePolicy, expected: Double) throws {
        var b = GraphBuilder(directed: true, weighted: true, duplicates: policy)
        try b.addEdge("a", "b", weight: 2)
        try b.addEdge("b", "a", weight: 7)
        try b.addEdge("a", "b", weight: 3)
        #expect(b.pendingEdgeCount == 3)
        let g = try b.build()
        #expect(g.nodeCount == 2)
        #expect(g.edgeCount == 2)
        #expect(g.arcCount == 2)
        #expect(try arcWeights(g, "a", "b") == [expected])
        #expect(try arcWeights(g, "b", "a") == [7])
    }

    //   a ──── b      undirected: a–b (2), then b–a (3), then a–b (4): one edge {a, b}
    //   ╲
    //    c            a–c (1) is unrelated and keeps its weight
    @Test(
        "undirected a–b then b–a are duplicates",
        arguments: [
            (DuplicateEdgePolicy.sumWeights, 9.0),
            (DuplicateEdgePolicy.keepFirst, 2.0),
            (DuplicateEdgePolicy.keepLast, 4.0),
        ]
    )
    func undirectedDuplicates(policy: DuplicateEdgePolicy, expected: Double) throws {
        var b = GraphBuilder(directed: false, weighted: true, duplicates: policy)
        try b.addEdge("a", "b", weight: 2)
        try b.addEdge("b", "a", weight: 3)
        try b.addEdge("a", "c", weight: 1)
        try b.addEdge("a", "b", weight: 4)
        let g = try b.build()
        #expect(g.nodeCount == 3)
        #expect(g.edgeCount == 2)
        #expect(g.arcCount == 4)
        // Both stored arcs of the edge carry the same merged weight.
        #expect(try arcWeights(g, "a", "b") == [expected])
        #expect(try arcWeights(g, "b", "a") == [expected])
        #expect(try arcWeights(g, "a", "c") == [1])
        #expect(try arcWeights(g, "c", "a") == [1])
        #expect(try neighborIDs(g, "a") == ["b", "c"])
        #expect(try neighborIDs(g, "b") == ["a"])
    }

    //   a ═══ b    (a–b three times, unweighted)
    @Test("unweighted duplicates collapse to one unit edge")
    func unweightedDuplicates() throws {
        for policy in [DuplicateEdgePolicy.sumWeights, .keepFirst, .keepLast] {
            var b = GraphBuilder(directed: false, weighted: false, duplicates: policy)
            try b.addEdge("a", "b")
            try b.addEdge("b", "a")
            try b.addEdge("a", "b")
            let g = try b.build()
            #expect(!g.isWeighted)
            #expect(g.edgeCount == 1)
            #expect(try arcWeights(g, "a", "b") == [1])
            #expect(try arcWeights(g, "b", "a") == [1])
        }
    }

    // MARK: Self-loops

    //   ⟲a ── b     the loop at a is dropped, a itself stays
    //   ⟲c          c only ever appears in a loop: kept as an isolated node
    @Test("self-loops are dropped by default, their nodes kept")
    func selfLoopsDropped() throws {
        for directed in [false, true] {
            var b = GraphBuilder(directed: directed, weighted: true)
            #expect(b.selfLoops == .drop)
            try b.addEdge("a", "a", weight: 5)
            try b.addEdge("a", "b", weight: 1)
            try b.addEdge("c", "c", weight: 2)
            let g = try b.build()
            #expect(g.nodeCount == 3)
            #expect(g.nodes.ids == ["a", "b", "c"])
            #expect(g.edgeCount == 1)
            #expect(try neighborIDs(g, "a") == ["b"])
            #expect(try neighborIDs(g, "c") == [])
            #expect(try arcWeights(g, "a", "a") == [])
        }
    }

    @Test("self-loops throw under .reject")
    func selfLoopsRejected() throws {
        var b = GraphBuilder(directed: false, weighted: false, selfLoops: .reject)
        try b.addEdge("x", "y")
        #expect(throws: GraphError.selfLoop(node: "Tromsø")) { try b.addEdge("Tromsø", "Tromsø") }
        let y = try #require(b.nodes.index(of: "y"))
        #expect(throws: GraphError.selfLoop(node: "y")) { try b.addEdge(index: y, index: y) }
        // The rejected loops added no edge.
        #expect(b.pendingEdgeCount == 1)
        #expect(try b.build().edgeCount == 1)
    }

    // MARK: Invalid weights

    static let badWeights: [Double] = [.nan, .infinity, 0, -1, -.infinity, -0.0]

    @Test("NaN, ±inf, 0 and negative weights throw invalidWeight naming the edge", arguments: badWeights)
    func invalidWeights(weight: Double) throws {
        for weighted in [true, false] {
            var b = GraphBuilder(directed: true, weighted: weighted)
            try b.addEdge("Oslo", "Bergen", weight: 1)
            let error = try #require(throws: GraphError.self) {
                try b.addEdge("Ålesund", "Tromsø", weight: weight)
            }
            guard case let .invalidWeight(source, target, w) = error else {
                Issue.record("expected invalidWeight, got \(error)")
                continue
            }
            #expect(source == "Ålesund")
            #expect(target == "Tromsø")
            #expect(w.isNaN ? weight.isNaN : w == weight)
            #expect(error.description.contains("Ålesund") && error.description.contains("Tromsø"))
            // By index as well.
            let u = try #require(b.nodes.index(of: "Bergen"))
            let v = try #require(b.nodes.index(of: "Oslo"))
            let byIndex = try #require(throws: GraphError.self) { try b.addEdge(index: u, index: v, weight: weight) }
            guard case let .invalidWeight(s2, t2, _) = byIndex else {
                Issue.record("expected invalidWeight, got \(byIndex)")
                continue
            }
            #expect(s2 == "Bergen" && t2 == "Oslo")
            // Nothing was added.
            #expect(b.pendingEdgeCount == 1)
        }
    }

    @Test("node indices out of range throw nodeOutOfRange")
    func indexOutOfRange() {
        var b = GraphBuilder(directed: false, weighted: false)
        b.addNode("a")
        b.addNode("b")
        #expect(throws: GraphError.nodeOutOfRange(2)) { try b.addEdge(index: 0, index: 2) }
        #expect(throws: GraphError.nodeOutOfRange(-1)) { try b.addEdge(index: -1, index: 1) }
    }

    // MARK: Layout

    //        n1   n2
    //         ╲   │
    //   n5 ── n0 ── n3        n0 → {n5, n2, n4, n1, n3}, added in that order, weight 10 × target
    //          │              index; then n3 → n1 (31) and n3 → n0 (30). Undirected, n0–n3 is
    //         n4              then a duplicate (30 + 30) and n1–n3 a second edge at n1.
    @Test("adjacency is sorted ascending and weights follow their targets")
    func adjacencySorted() throws {
        for directed in [true, false] {
            var b = GraphBuilder(directed: directed, weighted: true)
            for i in 0..<6 { b.addNode("n\(i)") }
            for t in [5, 2, 4, 1, 3] { try b.addEdge(index: 0, index: t, weight: Double(10 * t)) }
            try b.addEdge(index: 3, index: 1, weight: 31)
            try b.addEdge(index: 3, index: 0, weight: 30)
            let g = try b.build()
            if directed {
                #expect(g.neighbors(0).map(Int.init) == [1, 2, 3, 4, 5])
                #expect(g.arcRange(0).map { g.weight(ofArc: $0) } == [10, 20, 30, 40, 50])
                #expect(g.neighbors(3).map(Int.init) == [0, 1])
                #expect(g.arcRange(3).map { g.weight(ofArc: $0) } == [30, 31])
                #expect(g.edgeCount == 7)
            } else {
                // n0–n3 was added twice (30 + 30 summed).
                #expect(g.neighbors(0).map(Int.init) == [1, 2, 3, 4, 5])
                #expect(g.arcRange(0).map { g.weight(ofArc: $0) } == [10, 20, 60, 40, 50])
                #expect(g.neighbors(1).map(Int.init) == [0, 3])
                #expect(g.neighbors(3).map(Int.init) == [0, 1])
                #expect(g.arcRange(3).map { g.weight(ofArc: $0) } == [60, 31])
                #expect(g.edgeCount == 6)
            }
            for v in 0..<g.nodeCount {
                let ns = Array(g.neighbors(v))
                #expect(ns == ns.sorted() && Set(ns).count == ns.count, "node \(v): \(ns)")
            }
        }
    }

    //   a ── b ── d
    //    ╲  ╱
    //     c           e (isolated)
    @Test("undirected: arcCount = 2 · edgeCount, degrees")
    func arcCountUndirected() throws {
        var b = GraphBuilder(directed: false, weighted: false)
        for (s, t) in [("a", "b"), ("b", "c"), ("c", "a"), ("b", "d")] { try b.addEdge(s, t) }
        b.addNode("e")
        let g = try b.build()
        #expect(!g.isDirected)
        #expect(g.nodeCount == 5)
        #expect(g.edgeCount == 4)
        #expect(g.arcCount == 8)
        #expect((0..<5).map { g.degree($0) } == [2, 3, 2, 1, 0])
        #expect((0..<5).map { g.degree($0) }.reduce(0, +) == g.arcCount)
    }

    @Test("storage stays within 12 bytes per arc + 8 per node (+8)")
    func storageBytes() throws {
        // A 5 × 5 grid: 25 nodes, 40 edges, 80 arcs when undirected.
        for directed in [false, true] {
            for weighted in [false, true] {
                var b = GraphBuilder(directed: directed, weighted: weighted)
                for r in 0..<5 {
                    for c in 0..<5 {
                        if c < 4 { try b.addEdge("\(r),\(c)", "\(r),\(c + 1)", weight: 1.5) }
                        if r < 4 { try b.addEdge("\(r),\(c)", "\(r + 1),\(c)", weight: 2.5) }
                    }
                }
                let g = try b.build()
                #expect(g.nodeCount == 25)
                #expect(g.edgeCount == 40)
                #expect(g.arcCount == (directed ? 40 : 80))
                let perArc = weighted ? 12 : 4
                #expect(
                    g.storageBytes <= perArc * g.arcCount + 8 * g.nodeCount + 8,
                    "directed \(directed) weighted \(weighted): \(g.storageBytes) bytes"
                )
                #expect(g.isWeighted == weighted)
            }
        }
    }

    @Test("an empty builder builds an empty graph")
    func emptyGraph() throws {
        let g = try GraphBuilder(directed: false, weighted: true).build()
        #expect(g.nodeCount == 0 && g.edgeCount == 0 && g.arcCount == 0)
    }

    // MARK: NodeTable

    @Test("NodeTable: index(of:), subscript, unknown ids")
    func nodeTableLookups() throws {
        var b = GraphBuilder(directed: false, weighted: false)
        #expect(b.addNode("z") == 0)
        try b.addEdge("m", "a")
        #expect(b.addNode("m") == 1)  // already present: same index
        let g = try b.build()
        #expect(g.nodes.count == 3)
        #expect(g.nodes.ids == ["z", "m", "a"])
        #expect(g.nodes.index(of: "z") == 0)
        #expect(g.nodes.index(of: "m") == 1)
        #expect(g.nodes.index(of: "a") == 2)
        #expect(g.nodes[2] == "a")
        #expect(g.nodes.index(of: "b") == nil)
        #expect(g.nodes.index(of: "") == nil)
        #expect(g.nodes.index(of: "A") == nil)  // case-sensitive

        var t = NodeTable()
        #expect(t.intern("x") == 0)
        #expect(t.intern("y") == 1)
        #expect(t.intern("x") == 0)
        #expect(t.count == 2)
        #expect(t.index(of: "y") == 1)
        #expect(t.index(of: "q") == nil)
    }

    @Test("Unicode ids round-trip byte for byte")
    func unicodeIDs() throws {
        //   Tromsø ──3── Ålesund ──1── Zürich        東京 ──4── 🚀
        //      └──────────2──────────────┘
        var b = GraphBuilder(directed: false, weighted: true)
        try b.addEdge("Tromsø", "Ålesund", weight: 3)
        try b.addEdge("Ålesund", "Zürich", weight: 1)
        try b.addEdge("Zürich", "Tromsø", weight: 2)
        try b.addEdge("東京", "🚀", weight: 4)
        let g = try b.build()
        let expected = ["Tromsø", "Ålesund", "Zürich", "東京", "🚀"]
        #expect(g.nodes.ids == expected)
        #expect(g.nodes.ids.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        for (i, id) in expected.enumerated() {
            #expect(g.nodes.index(of: id) == i)
            #expect(g.nodes[i] == id)
        }
        #expect(try neighborIDs(g, "Tromsø") == ["Ålesund", "Zürich"])
        #expect(try arcWeights(g, "Ålesund", "Tromsø") == [3])
        #expect(try neighborIDs(g, "🚀") == ["東京"])
        #expect(g.nodes.index(of: "Tromso") == nil)
    }

    // MARK: Derived graphs

    //   d ──4──▶ a ──2──▶ b          reversed():  a → d (4)
    //            │        ▲                       b → a (2), b → c (5)
    //            3        5                       c → a (3)
    //            ▼        │                       d → (nothing)
    //            c ───────┘
    @Test("reversed() turns every arc around, keeping weights, sorted")
    func reversedDirected() throws {
        var b = GraphBuilder(directed: true, weighted: true)
        for id in ["a", "b", "c", "d"] { b.addNode(id) }
        try b.addEdge("a", "b", weight: 2)
        try b.addEdge("a", "c", weight: 3)
        try b.addEdge("c", "b", weight: 5)
        try b.addEdge("d", "a", weight: 4)
        let g = try b.build()
        let r = g.reversed()
        #expect(r.isDirected && r.isWeighted)
        #expect(r.nodes.ids == g.nodes.ids)
        #expect(r.edgeCount == 4)
        #expect(try neighborIDs(r, "a") == ["d"])
        #expect(try neighborIDs(r, "b") == ["a", "c"])
        #expect(try neighborIDs(r, "c") == ["a"])
        #expect(try neighborIDs(r, "d") == [])
        #expect(try arcWeights(r, "b", "a") == [2])
        #expect(try arcWeights(r, "b", "c") == [5])
        #expect(try arcWeights(r, "c", "a") == [3])
        #expect(try arcWeights(r, "a", "d") == [4])
        // Reversing twice gives the original arcs back.
        let rr = r.reversed()
        for v in 0..<g.nodeCount {
            #expect(Array(rr.neighbors(v)) == Array(g.neighbors(v)))
            #expect(rr.arcRange(v).map { rr.weight(ofArc: $0) } == g.arcRange(v).map { g.weight(ofArc: $0) })
        }
        // An undirected graph is its own reverse.
        let u = g.undirected()
        let ur = u.reversed()
        #expect(!ur.isDirected)
        for v in 0..<u.nodeCount { #expect(Array(ur.neighbors(v)) == Array(u.neighbors(v))) }
    }

    //   a ──2──▶ b          undirected():  a ── b  weight 2 + 3 = 5
    //   a ◀──3── b                         b ── c  weight 1
    //   b ──1──▶ c                         d        isolated, kept
    @Test("undirected() sums the weights of u → v and v → u")
    func undirectedSums() throws {
        var b = GraphBuilder(directed: true, weighted: true)
        try b.addEdge("a", "b", weight: 2)
        try b.addEdge("b", "a", weight: 3)
        try b.addEdge("b", "c", weight: 1)
        b.addNode("d")
        let u = try b.build().undirected()
        #expect(!u.isDirected && u.isWeighted)
        #expect(u.nodes.ids == ["a", "b", "c", "d"])
        #expect(u.edgeCount == 2)
        #expect(u.arcCount == 4)
        #expect(try arcWeights(u, "a", "b") == [5])
        #expect(try arcWeights(u, "b", "a") == [5])
        #expect(try arcWeights(u, "b", "c") == [1])
        #expect(try arcWeights(u, "c", "b") == [1])
        #expect(try neighborIDs(u, "b") == ["a", "c"])
        #expect(try neighborIDs(u, "d") == [])

        // Unweighted: the two directions become one plain edge.
        var p = GraphBuilder(directed: true, weighted: false)
        try p.addEdge("a", "b")
        try p.addEdge("b", "a")
        let pu = try p.build().undirected()
        #expect(!pu.isWeighted)
        #expect(pu.edgeCount == 1)
        #expect(try arcWeights(pu, "a", "b") == [1])
    }

    @Test("unweighted() drops weights, keeps arcs")
    func unweightedView() throws {
        var b = GraphBuilder(directed: true, weighted: true)
        try b.addEdge("a", "b", weight: 7)
        let g = try b.build().unweighted()
        #expect(!g.isWeighted)
        #expect(try arcWeights(g, "a", "b") == [1])
    }
}
