import Testing

@testable import KlyngeGraph

/// `GraphBuilder.build` on many workers (runs of one edge each) against a dictionary model of
/// the CSR it must produce: each node's heads ascending, a repeated arc merged by the policy in
/// insertion order, self-loops dropped.
@Suite("Parallel graph build")
struct ParallelBuildTests {
    /// The expected arcs `u>v:w`, from a plain model of the builder's rules.
    static func model(
        _ edges: [(Int, Int, Double)],
        nodes n: Int,
        directed: Bool,
        weighted: Bool,
        policy: DuplicateEdgePolicy
    ) -> [String] {
        var lists = [[Int: Double]](repeating: [:], count: n)
        func add(_ u: Int, _ v: Int, _ w: Double) {
            if let old = lists[u][v] {
                switch policy {
                case .sumWeights: lists[u][v] = old + w
                case .keepFirst: break
                case .keepLast: lists[u][v] = w
                }
            } else {
                lists[u][v] = w
            }
        }
        for (u, v, w) in edges where u != v {
            add(u, v, w)
            if !directed { add(v, u, w) }
        }
        return (0..<n).flatMap { u in
            lists[u].keys.sorted().map { v in "\(u)>\(v):\(weighted ? lists[u][v]! : 1)" }
        }
    }

    static func arcs(_ g: CSRGraph) -> [String] {
        (0..<g.nodeCount).flatMap { u in g.arcRange(u).map { a in "\(u)>\(g.target(ofArc: a)):\(g.weight(ofArc: a))" } }
    }

    @Test("any number of workers gives the model's graph", arguments: [false, true], [false, true])
    func randomMultigraphs(directed: Bool, weighted: Bool) throws {
        for seed in 0..<60 as Range<UInt64> {
            var rng = SplitMix64(seed: seed)
            let n = 1 + Int(rng.next(below: 30))
            let m = Int(rng.next(below: 200))
            // Few nodes, many edges: repeats, self-loops and hubs are common.
            let edges = (0..<m).map { _ in
                (Int(rng.next(below: UInt64(n))), Int(rng.next(below: UInt64(n))), Double(1 + rng.next(below: 9)) / 4)
            }
            for policy in [DuplicateEdgePolicy.sumWeights, .keepFirst, .keepLast] {
                var b = GraphBuilder(directed: directed, weighted: weighted, duplicates: policy)
                for v in 0..<n { b.addNode("\(v)") }
                for (u, v, w) in edges { try b.addEdge(index: u, index: v, weight: w) }
                let expected = Self.model(edges, nodes: n, directed: directed, weighted: weighted, policy: policy)
                for threads in [1, 2, 5, 64] {
                    let g = try b.build(threads: threads, edgesPerWorker: 1)
                    #expect(Self.arcs(g) == expected, "seed \(seed) \(policy) threads \(threads)")
                    #expect(g.nodes.ids == (0..<n).map { "\($0)" })
                }
            }
        }
    }
}
