extension CSRGraph {
    /// Eigenvector centrality by power iteration on A + I (in-arcs on directed
    /// graphs: a node is central when central nodes point to it).
    ///
    /// Starting from x = 1/n, repeats `x ← (x + Aᵀx) / ‖x + Aᵀx‖₂` until
    /// Σ |x − x_last| < n · tol. With `weighted`, arc weights multiply.
    ///
    /// Matches `networkx.eigenvector_centrality(G, max_iter=100, tol=1e-6, weight=)`.
    /// Bonacich 1987, doi:10.1086/228631.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let x = try graph.eigenvector()  // [0.5, 0.707…, 0.5] (1/2, 1/√2, 1/2)
    /// ```
    ///
    /// - Throws: ``GraphError/notConverged(algorithm:iterations:)`` after `maxIterations` (as NetworkX's
    ///   `PowerIterationFailedConvergence`, e.g. on some directed acyclic graphs).
    /// - Complexity: O(*iterations* · (*V* + *E*)) time, O(*V*) extra space
    ///   (plus a reversed copy when directed).
    public func eigenvector(
        maxIterations: Int = 100,
        tolerance: Double = 1e-6,
        weighted: Bool = false
    ) throws(GraphError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { throw .invalidParameter("eigenvector centrality of the null graph is undefined") }
        let g = reversed()
        let useWeights = weighted && isWeighted
        var x = [Double](repeating: 1 / Double(n), count: n)
        var y = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var s = x[v]
                for a in g.arcRange(v) { s += x[g.target(ofArc: a)] * (useWeights ? g.weights[a] : 1) }
                y[v] = s
            }
            var sq = 0.0
            for v in y { sq += v * v }
            var norm = sq.squareRoot()
            if norm == 0 { norm = 1 }
            var err = 0.0
            for v in 0..<n {
                y[v] /= norm
                err += abs(y[v] - x[v])
            }
            swap(&x, &y)
            if err < Double(n) * tolerance { return x }
        }
        throw .notConverged(algorithm: "eigenvector centrality", iterations: maxIterations)
    }
}
