import Foundation

extension CSRGraph {
    /// PageRank by power iteration, to the fixed point unless a NetworkX stopping rule is asked for.
    ///
    /// `x ← α (x P + (Σ_{dangling u} x_u) d) + (1 − α) p`, where P is the arc
    /// matrix with each row divided by the node's out-strength (out-degree
    /// unweighted), p the personalisation vector (uniform when nil), and d the
    /// dangling distribution (p when nil). Undirected edges count in both directions.
    /// The definition of `networkx.pagerank(G, alpha, personalization, max_iter, tol, weight,
    /// dangling)`; Page, Brin, Motwani & Winograd 1999, "The PageRank citation ranking".
    ///
    /// **When it stops.** By default (`tolerance` nil) at the fixed point: every value within
    /// 10⁻¹⁰ of the true PageRank. The map above is a contraction with factor α in the L1 norm
    /// on probability vectors, so after a step whose L1 change is r the distance to the fixed
    /// point is at most α r / (1 − α) (Banach's bound); the iteration stops once that bound is
    /// at most 10⁻¹⁰, and the L1 distance bounds each value's. From the uniform start the
    /// bound is reached within log(10⁻¹⁰ (1 − α) / 4α) / log α + 1 steps (162 at α = 0.85),
    /// the default cap. At α = 1 there is no contraction: it stops when a step changes the
    /// vector by at most 10⁻¹² in L1, within 10,000 steps. With `tolerance` T it stops as
    /// NetworkX does, when Σ |x − x_last| < n · T (NetworkX's default is T = 10⁻⁶, loosely
    /// converged: Les Misérables' Myriel 0.042803 where the fixed point is 0.042779), within
    /// 100 steps unless `maxIterations` says otherwise: use it to reproduce NetworkX's numbers.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let ranks = try graph.pagerank()                    // [0.2567…, 0.4864…, 0.2567…], summing to 1
    /// let asNetworkX = try graph.pagerank(tolerance: 1e-6)  // NetworkX's default stopping rule
    /// ```
    ///
    /// - Parameters:
    ///   - alpha: damping factor in [0, 1]: the probability of following an arc rather than jumping.
    ///   - personalization: one non-negative value per node, not all zero; normalised here.
    ///   - dangling: one non-negative value per node, not all zero; normalised here.
    ///   - maxIterations: the power iterations allowed before giving up (default: as above).
    ///   - tolerance: nil for the fixed point; else NetworkX's rule, Σ |x − x_last| < n · tolerance.
    ///   - weighted: arc weights are strengths (a walker leaves along heavier arcs more often).
    ///   - threads: worker count (nil: every core); the result does not depend on it.
    /// - Throws: ``GraphError/notConverged(algorithm:iterations:)`` after `maxIterations`;
    ///   ``GraphError/invalidParameter(_:)`` for a bad vector, alpha or tolerance.
    /// - Complexity: O(*iterations* · (*V* + *E*)) time, O(*V* + *E*) extra space
    ///   (a reversed copy on directed graphs). Parallel over fixed node blocks whose
    ///   sums are added in block order, so results do not depend on `threads`.
    public func pagerank(
        alpha: Double = 0.85,
        personalization: [Double]? = nil,
        dangling: [Double]? = nil,
        maxIterations: Int? = nil,
        tolerance: Double? = nil,
        weighted: Bool = false,
        threads: Int? = nil
    ) throws(GraphError) -> [Double] {
        let n = nodeCount
        if n == 0 { return [] }
        guard alpha >= 0, alpha <= 1 else { throw .invalidParameter("alpha must be in [0, 1], got \(alpha)") }
        if let tolerance, !(tolerance > 0 && tolerance.isFinite) {
            throw .invalidParameter("tolerance must be a positive number, got \(tolerance)")
        }
        let rule = PageRankStop(alpha: alpha, tolerance: tolerance, nodes: n, maxIterations: maxIterations)
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
        for _ in 0..<rule.maxIterations {
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
            if rule.stops(afterChange: err) { return x }
        }
        throw .notConverged(algorithm: "pagerank", iterations: rule.maxIterations)
    }
}

/// When PageRank's power iteration stops: at the fixed point (Banach's bound, see
/// ``CSRGraph/pagerank(alpha:personalization:dangling:maxIterations:tolerance:weighted:threads:)``)
/// or by NetworkX's rule.
struct PageRankStop {
    /// The largest distance to the fixed point (L1, so also per value) accepted by default.
    static let accuracy = 1e-10
    let alpha: Double
    let tolerance: Double?
    let nodes: Int
    let maxIterations: Int

    init(alpha: Double, tolerance: Double?, nodes: Int, maxIterations: Int?) {
        self.alpha = alpha
        self.tolerance = tolerance
        self.nodes = nodes
        if let maxIterations {
            self.maxIterations = maxIterations
        } else if tolerance != nil {
            self.maxIterations = 100  // NetworkX's max_iter
        } else if alpha < 1 && alpha > 0 {
            // ‖x_k − x*‖₁ ≤ 2αᵏ from any start, so a step changes x by at most 4αᵏ⁻¹: the bound
            // α r / (1 − α) ≤ accuracy holds by this step.
            let steps = log(Self.accuracy * (1 - alpha) / (4 * alpha)) / log(alpha)
            self.maxIterations = Int(steps.rounded(.up)) + 1
        } else {
            self.maxIterations = alpha == 0 ? 2 : 10_000
        }
    }

    /// Whether a step that changed the vector by `change` (L1) ends the iteration.
    func stops(afterChange change: Double) -> Bool {
        if let tolerance { return change < Double(nodes) * tolerance }
        if alpha >= 1 { return change <= 1e-12 }
        return alpha * change / (1 - alpha) <= Self.accuracy
    }
}
