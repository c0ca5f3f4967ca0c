import KlyngeGraph
import KlyngeTestSupport
import Testing

/// Properties that must hold on any graph: two algorithms or two settings agree.
@Suite("Centrality properties")
struct PropertyTests {
    static let seeds: [UInt64] = [1, 2, 3]

    @Test("parallel equals sequential, bit for bit", arguments: [UInt64(1), 2])
    func parallelIsSequential(seed: UInt64) throws {
        // 300 nodes: five 64-source blocks, so the block-order reduction is exercised.
        for directed in [false, true] {
            for weights in [nil, [1.0, 2, 3.5]] as [[Double]?] {
                let g = RandomGraphs.gnp(300, directed ? 0.02 : 0.03, seed: seed, directed: directed, weights: weights)
                let w = weights != nil
                let b1 = try g.betweenness(weighted: w, threads: 1)
                let c1 = try g.closeness(weighted: w, threads: 1)
                let h1 = try g.harmonic(weighted: w, threads: 1)
                let p1 = try g.pagerank(weighted: w, threads: 1)
                let k1 = g.clustering(weighted: w, threads: 1)
                for t in [2, 5] {
                    #expect(try g.betweenness(weighted: w, threads: t) == b1)
                    #expect(try g.closeness(weighted: w, threads: t) == c1)
                    #expect(try g.harmonic(weighted: w, threads: t) == h1)
                    #expect(try g.pagerank(weighted: w, threads: t) == p1)
                    #expect(g.clustering(weighted: w, threads: t) == k1)
                }
            }
        }
    }

    @Test("unit weights equal the unweighted result", arguments: seeds)
    func unitWeightsEqualUnweighted(seed: UInt64) throws {
        for directed in [false, true] {
            let g = RandomGraphs.gnp(130, 0.04, seed: seed, directed: directed)
            let u = RandomGraphs.unitWeights(g)
            // Weighted paths run Dijkstra-Brandes, unweighted ones the batched BFS: two algorithms.
            #expect(maxRelativeError(try u.betweenness(weighted: true), try g.betweenness()).error < 1e-12)
            #expect(
                maxRelativeError(
                    try u.betweenness(normalized: false, endpoints: true, weighted: true),
                    try g.betweenness(normalized: false, endpoints: true)
                ).error < 1e-12
            )
            #expect(maxRelativeError(try u.closeness(weighted: true), try g.closeness()).error < 1e-12)
            #expect(maxRelativeError(try u.harmonic(weighted: true), try g.harmonic()).error < 1e-12)
            #expect(maxRelativeError(try u.pagerank(weighted: true), try g.pagerank()).error < 1e-12)
            #expect(maxRelativeError(u.clustering(weighted: true), g.clustering()).error < 1e-12)
        }
    }

    @Test("Dijkstra with unit weights equals BFS", arguments: seeds)
    func dijkstraEqualsBFS(seed: UInt64) {
        let g = RandomGraphs.gnp(150, 0.02, seed: seed, directed: seed % 2 == 0)
        for s in stride(from: 0, to: g.nodeCount, by: 7) {
            let bfs = g.breadthFirstDistances(from: s).map { $0 < 0 ? Double.infinity : Double($0) }
            #expect(g.dijkstraDistances(from: s) == bfs)
        }
    }

    @Test("sampling every source is exact betweenness")
    func allSourcesSampledIsExact() throws {
        let g = RandomGraphs.gnp(120, 0.05, seed: 9)
        let exact = try g.betweenness()
        let sampled = try g.betweenness(sampledSources: g.nodeCount, seed: 1)
        #expect(maxRelativeError(sampled, exact).error < 1e-12)
    }

    @Test("sampled sources: same seed same result, any thread count")
    func sampledIsDeterministic() throws {
        let g = RandomGraphs.gnp(400, 0.02, seed: 4)
        let a = try g.betweenness(sampledSources: 50, seed: 7, threads: 1)
        #expect(try g.betweenness(sampledSources: 50, seed: 7, threads: 4) == a)
        #expect(try g.betweenness(sampledSources: 50, seed: 8, threads: 1) != a)
    }
}
