extension CSRGraph {
    /// Eigenvector centrality by power iteration on A + I (in-arcs on directed
    /// graphs: a node is central when central nodes point to it), to the fixed point unless a
    /// NetworkX stopping rule is asked for.
    ///
    /// Starting from x = 1/n, repeats `x ← (x + Aᵀx) / ‖x + Aᵀx‖₂`. With `weighted`, arc
    /// weights multiply. The definition of `networkx.eigenvector_centrality(G, weight=)`;
    /// Bonacich 1987, doi:10.1086/228631. The shift by I keeps bipartite graphs from
    /// oscillating and leaves the eigenvectors as they are.
    ///
    /// **When it stops.** By default (`tolerance` nil) at the fixed point: each step's largest
    /// change c and the contraction rate ρ it shows (the largest of the last three ratios of
    /// successive changes) put the remaining distance at about c ρ / (1 − ρ) per value (the
    /// tail of a geometric series); the iteration stops when that is at most 10⁻¹¹, or when c
    /// itself is at the rounding floor (10⁻¹⁵). However slowly the power iteration converges
    /// (on a relaxed caveman graph NetworkX's 100 steps are not enough and it raises
    /// `PowerIterationFailedConvergence`), a connected graph converges: up to 100,000 steps
    /// are allowed. With `tolerance` T it stops as NetworkX does, when Σ |x − x_last| < n · T,
    /// within 100 steps unless `maxIterations` says otherwise.
    ///
    /// **Disconnected graphs.** The result is the limit of the power iteration from the uniform
    /// vector: the component(s) with the largest leading eigenvalue carry the centrality, the
    /// others get 0, as `networkx.eigenvector_centrality_numpy` gives when that eigenvalue is
    /// simple; when several components share it, each keeps the share the uniform start gives it
    /// (NetworkX's ARPACK answer is then one arbitrary vector of the shared eigenspace).
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let x = try graph.eigenvector()  // [0.5, 0.7071…, 0.5] (1/2, 1/√2, 1/2)
    /// let asNetworkX = try graph.eigenvector(tolerance: 1e-6)  // NetworkX's stopping rule
    /// ```
    ///
    /// - Parameters:
    ///   - maxIterations: the power iterations allowed (default: 100,000 at the fixed point,
    ///     100 with a `tolerance`).
    ///   - tolerance: nil for the fixed point; else NetworkX's rule, Σ |x − x_last| < n · tolerance.
    ///   - weighted: arc weights multiply.
    /// - Throws: ``GraphError/notConverged(algorithm:iterations:)`` after `maxIterations` (as NetworkX's
    ///   `PowerIterationFailedConvergence`, e.g. on directed acyclic graphs, which have no
    ///   positive eigenvector); ``GraphError/invalidParameter(_:)`` on the null graph or for a bad
    ///   tolerance.
    /// - Complexity: O(*iterations* · (*V* + *E*)) time, O(*V*) extra space
    ///   (plus a reversed copy when directed); the iterations grow as 1 / log(1/ρ) with
    ///   ρ = (λ₂ + 1) / (λ₁ + 1).
    public func eigenvector(
        maxIterations: Int? = nil,
        tolerance: Double? = nil,
        weighted: Bool = false
    ) throws(GraphError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { throw .invalidParameter("eigenvector centrality of the null graph is undefined") }
        if let tolerance, !(tolerance > 0 && tolerance.isFinite) {
            throw .invalidParameter("tolerance must be a positive number, got \(tolerance)")
        }
        let steps = maxIterations ?? (tolerance == nil ? 100_000 : 100)
        let g = reversed()
        let useWeights = weighted && isWeighted
        var x = [Double](repeating: 1 / Double(n), count: n)
        var y = [Double](repeating: 0, count: n)
        var changes: [Double] = []  // the last four largest changes, for the rate
        for _ in 0..<steps {
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
            var largest = 0.0
            for v in 0..<n {
                y[v] /= norm
                let d = abs(y[v] - x[v])
                err += d
                largest = max(largest, d)
            }
            swap(&x, &y)
            if let tolerance {
                if err < Double(n) * tolerance { return x }
                continue
            }
            if largest <= 1e-15 { return x }
            changes.append(largest)
            if changes.count > 4 { changes.removeFirst() }
            guard changes.count == 4 else { continue }
            let rate = zip(changes.dropFirst(), changes).map { $0 / $1 }.max()!
            if rate < 1 && largest * rate / (1 - rate) <= 1e-11 { return x }
        }
        throw .notConverged(algorithm: "eigenvector centrality", iterations: steps)
    }
}
