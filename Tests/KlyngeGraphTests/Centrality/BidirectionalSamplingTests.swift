import Testing

@testable import KlyngeGraph

/// Every shortest s–t path of a small graph, enumerated by brute force (a BFS for the
/// distance, then a depth-first walk over all routes of that length): the oracle for the
/// bidirectional sampler's distribution.
private func allShortestPaths(_ arcs: [Int: [Int]], from s: Int, to t: Int) -> [[Int]] {
    var dist = [s: 0]
    var queue = [s]
    var head = 0
    while head < queue.count {
        let v = queue[head]
        head += 1
        for w in arcs[v] ?? [] where dist[w] == nil {
            dist[w] = dist[v]! + 1
            queue.append(w)
        }
    }
    guard let d = dist[t] else { return [] }
    var paths: [[Int]] = []
    func walk(_ route: [Int]) {
        let v = route.last!
        if route.count == d + 1 {
            if v == t { paths.append(route) }
            return
        }
        for w in arcs[v] ?? [] where !route.contains(w) { walk(route + [w]) }
    }
    walk([s])
    return paths
}

/// `KADABRA`'s path draw (Borassi & Natale 2016, Lemma 7): each shortest s–t path must come
/// out with probability 1/σ_st. Checked on graphs whose paths are enumerated above, with
/// enough draws that a 5σ band around the expected count separates a uniform draw from a
/// biased one (e.g. a bridge drawn uniformly instead of by σ_s σ_t).
@Suite("Bidirectional path sampling")
struct BidirectionalSamplingTests {
    /// Named small graphs: (directed, edges).
    static let graphs: [String: (Bool, [(Int, Int)])] = [
        // 4×4 grid: C(6, 3) = 20 corner-to-corner paths, met in the middle.
        "grid4": (
            false,
            (0..<16).flatMap { v in
                [(v, v + 1), (v, v + 4)].filter { e in
                    e.1 < 16 && (e.1 != v + 1 || v % 4 != 3)
                }
            }
        ),
        // Unequal fans: 0–{1,2,3}–4, 4–{5,6}–7, plus 0–8–9–7 (longer): 6 paths 0→7 of length 4.
        "fans": (
            false,
            [
                (0, 1), (0, 2), (0, 3), (1, 4), (2, 4), (3, 4), (4, 5), (4, 6), (5, 7), (6, 7),
                (0, 8), (8, 9), (9, 10), (10, 7),
            ]
        ),
        // A hub beside a path: the balanced search expands the low-degree side first.
        "hub": (
            false,
            [(0, 1), (1, 2), (2, 3), (0, 4), (4, 3), (3, 5), (5, 6)]
                + (7..<40).flatMap { [(3, $0), ($0, 6)] }
        ),
        // Directed: two routes one way, one back; arcs only in their direction.
        "directed": (true, [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (1, 5), (5, 4), (4, 0), (3, 0)]),
    ]

    static func build(_ name: String) throws -> (CSRGraph, [Int: [Int]]) {
        let (directed, edges) = graphs[name]!
        var b = GraphBuilder(directed: directed, weighted: false)
        let n = edges.map { max($0.0, $0.1) }.max()! + 1
        for v in 0..<n { b.addNode("\(v)") }
        for (u, v) in edges { try b.addEdge(index: u, index: v) }
        let g = try b.build()
        var arcs: [Int: [Int]] = [:]
        for (u, v) in edges {
            arcs[u, default: []].append(v)
            if !directed { arcs[v, default: []].append(u) }
        }
        return (g, arcs)
    }

    @Test(
        "each shortest path is drawn with probability 1/σ",
        arguments: [
            ("grid4", 0, 15), ("grid4", 1, 14), ("grid4", 5, 6), ("fans", 0, 7), ("fans", 1, 9),
            ("hub", 0, 6), ("hub", 7, 2), ("directed", 0, 4), ("directed", 4, 3), ("directed", 2, 1),
        ]
    )
    func uniform(_ name: String, _ s: Int, _ t: Int) throws {
        let (g, arcs) = try Self.build(name)
        let expected = allShortestPaths(arcs, from: s, to: t)
        try #require(!expected.isEmpty)
        var sampler = BidirectionalPathSampler(nodeCount: g.nodeCount)
        var rng = SplitMix64(seed: 7)
        let draws = 4000 * expected.count
        var counts: [[Int]: Int] = [:]
        for _ in 0..<draws {
            #expect(sampler.sample(g, back: g.reversed(), from: s, to: t, rng: &rng))
            counts[[s] + sampler.path.map(Int.init) + [t], default: 0] += 1
        }
        #expect(
            Set(counts.keys) == Set(expected),
            "\(name) \(s)→\(t): drew paths that are not shortest, or missed some"
        )
        let p = 1 / Double(expected.count)
        let band = 5 * (Double(draws) * p * (1 - p)).squareRoot()
        for path in expected {
            let c = Double(counts[path] ?? 0)
            #expect(abs(c - Double(draws) * p) <= band, "\(name) \(s)→\(t): \(path) drawn \(c) times of \(draws)")
        }
    }

    @Test("no path: nothing drawn; adjacent nodes: an empty interior")
    func edgeCases() throws {
        var b = GraphBuilder(directed: true, weighted: false)
        try b.addEdge("a", "b")
        try b.addEdge("b", "c")
        b.addNode("d")
        let g = try b.build()
        var sampler = BidirectionalPathSampler(nodeCount: g.nodeCount)
        var rng = SplitMix64(seed: 1)
        #expect(!sampler.sample(g, back: g.reversed(), from: 2, to: 0, rng: &rng))  // c ↛ a
        #expect(!sampler.sample(g, back: g.reversed(), from: 0, to: 3, rng: &rng))  // d isolated
        #expect(sampler.sample(g, back: g.reversed(), from: 0, to: 1, rng: &rng))
        #expect(sampler.path.isEmpty)
        #expect(sampler.sample(g, back: g.reversed(), from: 0, to: 2, rng: &rng))
        #expect(sampler.path == [1])
    }
}
