extension CSRGraph {
    /// PageRank by power iteration.
    ///
    /// `x ← α (x P + (Σ_{dangling u} x_u) d) + (1 − α) p`, where P is the arc
    /// matrix with each row divided by the node's out-strength (out-degree
    /// unweighted), p the personalisation vector (uniform when nil), and d the
    /// dangling distribution (p when nil). Stops when Σ |x − x_last| < n · tol.
    /// Undirected edges count in both directions.
    ///
    /// Matches `networkx.pagerank(G, alpha, personalization, max_iter, tol, weight, dangling)`
    /// (the SciPy implementation NetworkX 3.x uses). Page, Brin, Motwani & Winograd 1999,
    /// "The PageRank citation ranking".
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let ranks = try graph.pagerank()  // [0.2568, 0.4865, 0.2568], summing to 1
    /// ```
    ///
    /// - Parameters:
    ///   - alpha: damping factor in [0, 1]: the probability of following an arc rather than jumping.
    ///   - personalization: one non-negative value per node, not all zero; normalised here.
    ///   - dangling: one non-negative value per node, not all zero; normalised here.
    ///   - maxIterations: the power iterations allowed before giving up.
    ///   - tolerance: stop when Σ |x − x_last| < n · tolerance.
    ///   - weighted: arc weights are strengths (a walker leaves along heavier arcs more often).
    ///   - threads: worker count (nil: every core); the result does not depend on it.
    /// - Throws: ``GraphError/notConverged(algorithm:iterations:)`` after `maxIterations`;
    ///   ``GraphError/invalidParameter(_:)`` for a bad vector or alpha.
    /// - Complexity: O(*iterations* · (*V* + *E*)) time, O(*V* + *E*) extra space
    ///   (a reversed copy on directed graphs). Parallel over fixed node blocks whose
    ///   sums are added in block order, so results do not depend on `threads`.
    public func pagerank(
        alpha: Double = 0.85,
        personalization: [Double]? = nil,
        dangling: [Double]? = nil,
        maxIterations: Int = 100,
        tolerance: Double = 1e-6,
        weighted: Bool = false,
        threads: Int? = nil
    ) throws(GraphError) -> [Double] {
        let n = nodeCount
        if n == 0 { return [] }
        guard alpha >= 0, alpha <= 1 else { throw .invalidParameter("alpha must be in [0, 1], got \(alpha)") }
        func normalised(_ v: [Double]?, _ name: String) throws(GraphError) -> [Double] {
            guard let v else { return [Double](repeating: 1 / Double(n), count: n) }
            guard v.count == n, v.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw .invalidParameter("\(name) needs one non-negative value per node")
            }
            let s = v.reduce(0, +)
            guard s > 0 else { throw .invalidParameter("\(name) must not be all zero") }
            return v.map { $0 / s }
        }
        let p = try normalised(personalization, "personalization")
        let dw = dangling == nil ? p : try normalised(dangling, "dangling")
        let useWeights = weighted && isWeighted
        // Out-strength S[u]; its inverse scales u's mass before it is pulled along in-arcs.
        var invStrength = [Double](repeating: 0, count: n)
        var danglingNodes: [Int] = []
        for u in 0..<n {
            var s = 0.0
            if useWeights { for a in arcRange(u) { s += weights[a] } } else { s = Double(degree(u)) }
            if s != 0 { invStrength[u] = 1 / s } else { danglingNodes.append(u) }
        }
        let inArcs = reversed()
        var x = [Double](repeating: 1 / Double(n), count: n)
        var scaled = [Double](repeating: 0, count: n)
        var newX = [Double](repeating: 0, count: n)
        let blockSize = 8192
        let blocks = (n + blockSize - 1) / blockSize
        var blockErr = [Double](repeating: 0, count: blocks)
        for _ in 0..<maxIterations {
            var danglingMass = 0.0
            for u in danglingNodes { danglingMass += x[u] }
            for u in 0..<n { scaled[u] = x[u] * invStrength[u] }
            let dm = danglingMass
            let sc = scaled
            let xs = x
            newX.withParallelSlots { nx in
                // Block b alone writes newX[b·blockSize ..< (b+1)·blockSize] and blockErr[b].
                blockErr.parallelFill(threads: threads, minChunk: 1, scratch: {}) { b, _ in
                    let nodes = b * blockSize..<min(n, (b + 1) * blockSize)
                    let out = nx.slice(nodes)
                    return inArcs.withBuffers { g in
                        var err = 0.0
                        for v in nodes {
                            var sum = 0.0
                            if useWeights {
                                for a in g.offsets[v]..<g.offsets[v + 1] { sum += sc[Int(g.targets[a])] * g.weights[a] }
                            } else {
                                for a in g.offsets[v]..<g.offsets[v + 1] { sum += sc[Int(g.targets[a])] }
                            }
                            let value = alpha * (sum + dm * dw[v]) + (1 - alpha) * p[v]
                            out[v - nodes.lowerBound] = value
                            err += abs(value - xs[v])
                        }
                        return err
                    }
                }
            }
            swap(&x, &newX)
            var err = 0.0
            for e in blockErr { err += e }
            if err < Double(n) * tolerance { return x }
        }
        throw .notConverged(algorithm: "pagerank", iterations: maxIterations)
    }
}
