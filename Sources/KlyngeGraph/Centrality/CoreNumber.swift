extension CSRGraph {
    /// Core number of every node: the largest k such that the node belongs to a
    /// k-core (a maximal subgraph whose nodes all have degree ≥ k in it).
    /// Directed graphs use in- plus out-degree, as NetworkX does.
    ///
    /// Matches `networkx.core_number(G)`. Batagelj & Zaversnik 2003,
    /// "An O(m) algorithm for cores decomposition of networks", arXiv:cs/0310049.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let cores = graph.coreNumbers()  // [2, 2, 2, 1]: the triangle is a 2-core
    /// ```
    ///
    /// - Complexity: O(*V* + *E*) time and extra space.
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        let inArcs: CSRGraph? = isDirected ? reversed() : nil
        var deg = totalDegrees()
        let maxDeg = deg.max() ?? 0
        // Bucket sort nodes by degree.
        var bin = [Int](repeating: 0, count: maxDeg + 2)
        for d in deg { bin[d + 1] += 1 }
        for d in 0...maxDeg { bin[d + 1] += bin[d] }
        var pos = [Int](repeating: 0, count: n)
        var vert = [Int](repeating: 0, count: n)
        var fill = bin
        for v in 0..<n {
            pos[v] = fill[deg[v]]
            vert[pos[v]] = v
            fill[deg[v]] += 1
        }
        func lower(_ u: Int, below v: Int) {
            guard deg[u] > deg[v] else { return }
            // Move u to the front of its bucket, then shrink the bucket by one.
            let du = deg[u]
            let pu = pos[u]
            let pw = bin[du]
            let w = vert[pw]
            if u != w {
                pos[u] = pw
                vert[pu] = w
                pos[w] = pu
                vert[pw] = u
            }
            bin[du] += 1
            deg[u] -= 1
        }
        for i in 0..<n {
            let v = vert[i]
            for a in arcRange(v) { lower(target(ofArc: a), below: v) }
            if let inArcs { for a in inArcs.arcRange(v) { lower(inArcs.target(ofArc: a), below: v) } }
        }
        return deg
    }
}
