extension CSRGraph {
    /// Modularity of a partition of the nodes, with resolution γ.
    ///
    /// Undirected (Newman & Girvan 2004, doi:10.1103/PhysRevE.69.026113; γ from
    /// Reichardt & Bornholdt 2006, doi:10.1103/PhysRevE.74.016110):
    /// `Q = Σ_c (L_c / m − γ (K_c / 2m)²)`, with m the total edge weight, L_c the
    /// weight of the edges inside community c and K_c the sum of its nodes'
    /// weighted degrees. Directed (Leicht & Newman 2008,
    /// doi:10.1103/PhysRevLett.100.118703):
    /// `Q = Σ_c (L_c / m − γ K_c^out K_c^in / m²)`, with m the total arc weight.
    /// The weights are used when the graph has them (call ``unweighted()`` to
    /// ignore them). Q lies in [−1/2, 1) for γ = 1; singletons give
    /// `−γ Σ_v (k_v / 2m)²`, one community holding everything gives `1 − γ`.
    ///
    /// Matches `networkx.community.modularity(G, communities, weight="weight",
    /// resolution=γ)` (and `igraph.Graph.modularity`). Example: two triangles
    /// joined by one edge, split into the two triangles: m = 7, L = 3 and K = 7
    /// for each, Q = 2 (3/7 − 1/4) = 5/14 ≈ 0.357.
    ///
    /// ```swift
    /// let edges = [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("d", "e"), ("e", "f"), ("d", "f")]
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in edges { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let q = graph.modularity(of: [0, 0, 0, 1, 1, 1])  // 5/14 ≈ 0.357
    /// ```
    ///
    /// - Parameters:
    ///   - partition: a community label for each node (any integers; equal labels
    ///     mean the same community). Its length must be `nodeCount`.
    ///   - resolution: γ; below 1 favours larger communities, above 1 smaller ones.
    /// - Returns: Q, or NaN when the graph has no edges (where NetworkX raises
    ///   `ZeroDivisionError` and igraph returns NaN).
    /// - Complexity: O(*V* + *E*) time, O(*V*) extra space.
    public func modularity(of partition: [Int], resolution: Double = 1) -> Double {
        let n = nodeCount
        precondition(partition.count == n, "partition has \(partition.count) labels for \(n) nodes")
        let (community, count) = denseLabels(partition)
        var inside = [Double](repeating: 0, count: count)
        var outSum = [Double](repeating: 0, count: count)
        var inSum = [Double](repeating: 0, count: count)
        var total = 0.0
        withBuffers { g in
            for u in 0..<n {
                let cu = community[u]
                var out = 0.0
                var within = 0.0
                for a in g.offsets[u]..<g.offsets[u + 1] {
                    let w = g.weights.isEmpty ? 1 : g.weights[a]
                    let v = Int(g.targets[a])
                    out += w
                    if community[v] == cu { within += w }
                    if isDirected { inSum[Int(community[v])] += w }
                }
                outSum[Int(cu)] += out
                inside[Int(cu)] += within
                total += out
            }
        }
        guard total > 0 else { return .nan }
        var q = 0.0
        if isDirected {
            let m = total
            for c in 0..<count { q += inside[c] / m - resolution * outSum[c] * inSum[c] / (m * m) }
        } else {
            // Each internal edge was seen from both ends.
            let m = total / 2
            let norm = 1 / (total * total)
            for c in 0..<count { q += inside[c] / 2 / m - resolution * outSum[c] * outSum[c] * norm }
        }
        return q
    }
}

/// Dense community indices `0..<count` for arbitrary integer labels, in order
/// of first occurrence.
/// - Complexity: O(*n*) expected.
func denseLabels(_ labels: [Int]) -> (dense: [Int32], count: Int) {
    let n = labels.count
    var dense = [Int32](repeating: 0, count: n)
    var next: Int32 = 0
    if labels.allSatisfy({ $0 >= 0 && $0 < n }) {
        var map = [Int32](repeating: -1, count: n)
        for (i, l) in labels.enumerated() {
            if map[l] < 0 {
                map[l] = next
                next += 1
            }
            dense[i] = map[l]
        }
    } else {
        var map: [Int: Int32] = [:]
        for (i, l) in labels.enumerated() {
            if let d = map[l] {
                dense[i] = d
            } else {
                map[l] = next
                dense[i] = next
                next += 1
            }
        }
    }
    return (dense, Int(next))
}
