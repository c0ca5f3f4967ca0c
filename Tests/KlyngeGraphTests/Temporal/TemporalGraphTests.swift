import KlyngeGraph
import KlyngeTestSupport
import Testing

/// The time-sliced view: slices by hand on a drawn timeline, slices against graphs built from
/// scratch on random timelines, and the slice measures.
@Suite("Temporal graph and its slices")
struct TemporalGraphTests {
    /// ```
    ///            2019   2020   2021   2022
    ///   a – b     ●──────●             ●       (two spells: 2019–2020 and 2022)
    ///   b – c            ●                     (2020, and again inside a – b's first spell)
    ///   c – d                   ●──────●
    ///   e                ●                     (present alone, no tie)
    /// ```
    static func drawn() throws -> TemporalGraph {
        var b = TemporalGraphBuilder()
        for id in ["a", "b", "c", "d", "e"] { b.addNode(id) }
        try b.addEdge("b", "a", during: 2022...2022)
        try b.addEdge("a", "b", during: 2019...2020)
        try b.addEdge("b", "c", during: 2020...2020)
        try b.addEdge("c", "b", during: 2020...2020)  // a second spell overlapping the first
        try b.addEdge("c", "d", during: 2021...2022)
        try b.addSpell(node: 4, 2020...2020)
        return try b.build()
    }

    static func edges(_ g: CSRGraph) -> Set<String> {
        var out: Set<String> = []
        for u in 0..<g.nodeCount {
            for v in g.neighbors(u) where Int(v) > u { out.insert(g.nodes[u] + "–" + g.nodes[Int(v)]) }
        }
        return out
    }

    @Test("a drawn timeline: spells, first steps and slices by hand")
    func drawnSlices() throws {
        let t = try Self.drawn()
        #expect(t.span == 2019...2022)
        #expect(t.edgeCount == 3)
        #expect(t.ends(ofEdge: 0) == (0, 1))
        #expect(Array(t.spells(ofEdge: 0)) == [2019...2020, 2022...2022])
        #expect(Array(t.spells(ofEdge: 1)) == [2020...2020, 2020...2020])
        #expect(t.firstStep(ofEdge: 2) == 2021)
        #expect((0..<5).map { t.firstStep(ofNode: $0) } == [2019, 2019, 2020, 2021, 2020])

        let y2019 = t.slice(2019...2019)
        #expect(y2019.graph.nodes.ids == ["a", "b"] && Self.edges(y2019.graph) == ["a–b"])
        let y2020 = t.slice(2020...2020)
        #expect(y2020.nodeIndices == [0, 1, 2, 4])
        #expect(y2020.graph.nodes.ids == ["a", "b", "c", "e"])
        #expect(Self.edges(y2020.graph) == ["a–b", "b–c"] && y2020.edgeIDs == [0, 1])
        let y2021 = t.slice(2021...2021)
        #expect(y2021.graph.nodes.ids == ["c", "d"] && y2021.edgeIDs == [2])
        let window = t.slice(2020...2021)
        #expect(window.graph.nodeCount == 5 && Self.edges(window.graph) == ["a–b", "b–c", "c–d"])
        #expect(t.slice(2023...2030).graph.nodeCount == 0)
        #expect(t.slice(1990...2019).edgeIDs == [0])
        // Arcs sorted within each node, as every CSRGraph algorithm expects.
        for u in 0..<window.graph.nodeCount {
            let n = Array(window.graph.neighbors(u))
            #expect(n == n.sorted())
        }
    }

    @Test("a slice's measures on the drawn timeline")
    func drawnSummary() throws {
        let t = try Self.drawn()
        let s = try t.summary(of: t.slice(2020...2020))
        #expect(s.nodeCount == 4 && s.edgeCount == 2)
        #expect(s.newNodeCount == 2)  // c and e
        #expect(s.newEdgeCount == 1)  // b – c
        #expect(s.componentCount == 2 && s.largestComponentSize == 3)
        #expect(s.largestComponentShare == 0.75)
        #expect(s.meanDistance == MeanDistance(value: 4.0 / 3.0))
        // Path a – b – c plus isolated e: b lies on the a–c path; normalised by (4−1)(4−2)/2 = 3.
        #expect(s.betweenness == [0, 1.0 / 3.0, 0, 0, 0])
        let empty = try t.summary(of: t.slice(2030...2030))
        #expect(empty.nodeCount == 0 && empty.meanDistance == nil && empty.largestComponentShare == nil)
    }

    @Test("slices equal graphs built from scratch on random timelines", arguments: 0..<20)
    func randomSlices(_ seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = 30
        var b = TemporalGraphBuilder()
        for i in 0..<n { b.addNode("v\(i)") }
        var spells: [(Int, Int, ClosedRange<Int>)] = []
        var nodeSpells: [(Int, ClosedRange<Int>)] = []
        for _ in 0..<120 {
            let u = Int(rng.next(below: UInt64(n)))
            let v = Int(rng.next(below: UInt64(n)))
            let s = 2000 + Int(rng.next(below: 10))
            let spell = s...(s + Int(rng.next(below: 4)))
            if u == v {
                try b.addSpell(node: u, spell)
                nodeSpells.append((u, spell))
            } else {
                try b.addEdge(index: u, index: v, during: spell)
                spells.append((u, v, spell))
            }
        }
        let t = try b.build()
        for lo in 1998...2014 {
            for k in [1, 2, 4] {
                let w = lo...(lo + k - 1)
                var present = Set(nodeSpells.filter { $0.1.overlaps(w) }.map(\.0))
                var expected: Set<String> = []
                for (u, v, s) in spells where s.overlaps(w) {
                    present.formUnion([u, v])
                    expected.insert("v\(min(u, v))–v\(max(u, v))")
                }
                let slice = t.slice(w)
                #expect(slice.nodeIndices == present.sorted().map(Int32.init), "seed \(seed) \(w)")
                #expect(Self.edges(slice.graph) == expected, "seed \(seed) \(w)")
            }
        }
    }

    @Test("exact mean distance against NetworkX closeness", arguments: ["karate", "lesmis", "grid40", "disconnected"])
    func meanDistanceOracle(_ name: String) throws {
        // For a node u of a component of c nodes, NetworkX's closeness (wf_improved) is
        // (c − 1)² / (Σ_v d(u, v) · (n − 1)), so the distance sums follow from the fixture.
        let fixture = Fixtures.load(name)
        let g = try fixture.graph(weighted: false)
        let closeness = try #require(fixture.values("closeness", for: g))
        let components = g.weaklyConnectedComponents()
        let largest = components.nodes(in: try #require(components.largest))
        let c = Double(largest.count)
        let n = Double(g.nodeCount)
        let total = largest.reduce(0.0) { $0 + (c - 1) * (c - 1) / (closeness[$1] * (n - 1)) }
        let expected = total / (c * (c - 1))
        let mean = try #require(try g.meanDistance(within: largest, threads: 2))
        #expect(mean.isExact && mean.standardError == 0)
        #expect(abs(mean.value - expected) <= 1e-9 * expected, "\(mean.value) vs \(expected)")
    }

    @Test("sampled mean distance: every source is exact; fewer are within their stated error")
    func sampledMeanDistance() throws {
        let g = try Fixtures.load("grid40").graph(weighted: false)
        let all = Array(0..<g.nodeCount)
        let exact = try #require(try g.meanDistance(within: all))
        let full = try #require(try g.meanDistance(within: all, exactLimit: 0, samples: all.count))
        #expect(full.sampledSources == all.count && abs(full.value - exact.value) < 1e-9 && full.standardError == 0)
        for seed in UInt64(1)...5 {
            let est = try #require(try g.meanDistance(within: all, exactLimit: 100, samples: 200, seed: seed))
            #expect(est.sampledSources == 200 && est.standardError > 0)
            #expect(abs(est.value - exact.value) <= 4 * est.standardError, "seed \(seed)")
            #expect(try g.meanDistance(within: all, exactLimit: 100, samples: 200, seed: seed, threads: 1) == est)
        }
        #expect(try g.meanDistance(within: [3]) == nil)
    }

    @Test("the largest component: ties go to the one holding the smallest node")
    func largestComponent() throws {
        var b = GraphBuilder(directed: false, weighted: false)
        for (u, v) in [("a", "b"), ("c", "d"), ("e", "f"), ("f", "g"), ("h", "i"), ("i", "j")] {
            try b.addEdge(u, v)
        }
        let c = try b.build().weaklyConnectedComponents()
        #expect(c.largest == 2)
        #expect(c.nodes(in: 2) == [4, 5, 6])
        #expect(try GraphBuilder(directed: false, weighted: false).build().weaklyConnectedComponents().largest == nil)
    }

    @Test("risers and fallers: largest changes first, ties by id, no zero change")
    func movers() {
        let m = ScoreMovers(
            before: [0.5, 0, 0.2, 0.1, 0],
            after: [0.1, 0.3, 0.2, 0.5, 0],
            ids: ["a", "d", "c", "b", "e"],
            count: 5
        )
        #expect(m.risers.map(\.node) == [3, 1])  // b rose 0.4, d 0.3; c and e did not move
        #expect(m.fallers == [ScoreChange(node: 0, before: 0.5, after: 0.1)])
        let tied = ScoreMovers(before: [0, 0, 0], after: [1, 1, 2], ids: ["y", "x", "z"], count: 2)
        #expect(tied.risers.map(\.node) == [2, 1])  // z rose most; x before y on the tie
    }
}
