import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeTestSupport
import Testing

/// The three exact unweighted Brandes kernels (one BFS per source, 64 sources per
/// bit-parallel traversal, eight sources per traversal in SIMD lanes) against NetworkX on
/// many-level graphs (Fixtures/kernels, made by make_kernel_fixtures.py) and against each
/// other, and the rule that picks one.
@Suite("exact betweenness kernels")
struct BrandesKernelTests {
    static let folder = Fixtures.folder.appendingPathComponent("kernels")
    static let names = ["ws2000", "chorded_cycle", "directed_ring"]
    static let kernels: [BrandesKernel] = [.batched, .singleSource, .lanes]  // .automatic is one of them (see `choice`)

    static func load(_ name: String) throws -> (graph: CSRGraph, json: [String: Any]) {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name + ".json")))
                as? [String: Any]
        )
        let directed = try #require(json["directed"] as? Bool)
        let g = try EdgeListReader(directed: directed, weighted: false).read(
            path: folder.appendingPathComponent(name + ".edges").path
        )
        return (g, json)
    }

    /// A ring of `n` nodes, each tied to its `k` nearest on either side, plus `shortcuts`
    /// seeded random edges: the Watts–Strogatz shape, many BFS levels.
    static func ringWithShortcuts(n: Int, k: Int, shortcuts: Int, seed: UInt64) throws -> CSRGraph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(directed: false, weighted: false)
        for v in 0..<n { _ = b.addNode(String(v)) }
        for v in 0..<n {
            for j in 1...k { try b.addEdge(index: v, index: (v + j) % n) }
        }
        for _ in 0..<shortcuts {
            let u = Int(rng.next(below: UInt64(n)))
            let v = Int(rng.next(below: UInt64(n)))
            if u != v { try b.addEdge(index: u, index: v) }
        }
        return try b.build()
    }

    @Test("each kernel gives NetworkX's betweenness on many-level graphs", arguments: names)
    func networkx(_ name: String) throws {
        let (g, json) = try Self.load(name)
        for (key, normalized, endpoints) in [
            ("betweenness", true, false), ("betweenness_raw", false, false), ("betweenness_endpoints", true, true),
        ] {
            let table = try #require(json[key] as? [String: Double])
            let want = g.nodes.ids.map { table[$0]! }
            for kernel in Self.kernels {
                let got = try g.betweenness(normalized: normalized, endpoints: endpoints, kernel: kernel, threads: 2)
                let (err, at) = maxRelativeError(got, want, floor: 1e-12)
                #expect(err < 1e-10, "\(name) \(key) \(kernel): node \(at >= 0 ? g.nodes[at] : "-") error \(err)")
            }
        }
    }

    @Test(
        "the kernels agree on seeded many-level graphs; each is bit-identical on 1 and 3 threads",
        arguments: [1, 2]
    )
    func agree(_ seed: UInt64) throws {
        let g = try Self.ringWithShortcuts(n: 1000, k: 3, shortcuts: 30, seed: seed)
        let single = try g.betweenness(kernel: .singleSource, threads: 1)
        let batched = try g.betweenness(kernel: .batched, threads: 1)
        let lanes = try g.betweenness(kernel: .lanes, threads: 1)
        #expect(maxRelativeError(single, batched, floor: 1e-13).error < 1e-12)
        #expect(maxRelativeError(single, lanes, floor: 1e-13).error < 1e-12)
        #expect(try g.betweenness(kernel: .singleSource, threads: 3) == single)
        #expect(try g.betweenness(kernel: .batched, threads: 3) == batched)
        #expect(try g.betweenness(kernel: .lanes, threads: 3) == lanes)
        // Sources that are not a multiple of eight, in any order, with endpoints: the last
        // batch has idle lanes, and a batch's sources need not be neighbours.
        var rng = SplitMix64(seed: seed)
        let some = Array((0..<Int32(g.nodeCount)).shuffled(using: &rng).prefix(203))
        for endpoints in [false, true] {
            let want = try g.betweennessSums(
                sources: some,
                endpoints: endpoints,
                weighted: false,
                kernel: .singleSource,
                threads: 1,
                control: nil
            )
            let got = try g.betweennessSums(
                sources: some,
                endpoints: endpoints,
                weighted: false,
                kernel: .lanes,
                threads: 2,
                control: nil
            )
            #expect(maxRelativeError(got, want, floor: 1e-13).error < 1e-12)
        }
    }

    @Test("the probes pick lanes on small-world and heavy-tailed graphs, one BFS per source on a grid")
    func choice() throws {
        let (ws, _) = try Self.load("ws2000")
        #expect(ws.batchLevelSpread() >= 3.5)
        #expect(ws.prefersSingleSourceBrandes())
        #expect(ws.prefersLaneBrandes())
        // A 60 × 60 grid numbered row by row: eight consecutive sources lie on one row, so
        // the nodes above and below them are reached at up to eight levels.
        var grid = GraphBuilder(directed: false, weighted: false)
        for v in 0..<3600 { _ = grid.addNode(String(v)) }
        for r in 0..<60 {
            for c in 0..<60 {
                if c + 1 < 60 { try grid.addEdge(index: r * 60 + c, index: r * 60 + c + 1) }
                if r + 1 < 60 { try grid.addEdge(index: r * 60 + c, index: (r + 1) * 60 + c) }
            }
        }
        let g = try grid.build()
        #expect(!g.prefersLaneBrandes())
        #expect(g.prefersSingleSourceBrandes())
        // Preferential attachment, n = 20,000, m = 5 (the benchmark's ba20k shape): few
        // levels, hubs, small enough for the batched kernel's buffers to stay in cache.
        var rng = SplitMix64(seed: 5)
        var b = GraphBuilder(directed: false, weighted: false)
        let n = 20_000
        let m = 5
        for v in 0..<n { _ = b.addNode(String(v)) }
        var ends: [Int] = []  // every edge's two ends: drawing from it is drawing by degree
        for v in 0..<m {
            for u in 0..<v {
                try b.addEdge(index: v, index: u)
                ends += [u, v]
            }
        }
        for v in m..<n {
            var targets = Set<Int>()
            while targets.count < m { targets.insert(ends[Int(rng.next(below: UInt64(ends.count)))]) }
            for u in targets.sorted() {
                try b.addEdge(index: v, index: u)
                ends += [u, v]
            }
        }
        let ba = try b.build()
        #expect(ba.batchLevelSpread() < 3.5)
        #expect(!ba.prefersSingleSourceBrandes())
        #expect(ba.prefersLaneBrandes())
    }
}
