import KlyngeGraph

/// Seeded random graphs for property tests (SplitMix64, so a seed fixes the graph everywhere).
public enum RandomGraphs {
    /// G(n, p) with optional weights drawn from `weights`.
    public static func gnp(
        _ n: Int,
        _ p: Double,
        seed: UInt64,
        directed: Bool = false,
        weights: [Double]? = nil
    ) -> CSRGraph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(directed: directed, weighted: weights != nil)
        for i in 0..<n { b.addNode("n\(i)") }
        for u in 0..<n {
            for v in (directed ? 0 : u + 1)..<n where u != v && rng.nextUnit() < p {
                let w = weights.map { $0[Int(rng.next(below: UInt64($0.count)))] } ?? 1
                try! b.addEdge(index: u, index: v, weight: w)
            }
        }
        return try! b.build()
    }

    /// The same graph with every weight set to 1 (still flagged weighted).
    public static func unitWeights(_ g: CSRGraph) -> CSRGraph {
        var b = GraphBuilder(directed: g.isDirected, weighted: true)
        for id in g.nodes.ids { b.addNode(id) }
        for u in 0..<g.nodeCount {
            for a in g.arcRange(u) where g.isDirected || g.target(ofArc: a) > u {
                try! b.addEdge(index: u, index: g.target(ofArc: a), weight: 1)
            }
        }
        return try! b.build()
    }
}
