extension CSRGraph {
    /// Degree centrality: the degree divided by n − 1 (in- plus out-degree on
    /// directed graphs); 1 for every node of a graph with at most one node.
    ///
    /// Matches `networkx.degree_centrality(G)`.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let centrality = graph.degreeCentrality()  // [0.5, 1.0, 0.5]
    /// ```
    ///
    /// - Complexity: O(*V* + *E*) time (O(*V*) undirected).
    public func degreeCentrality() -> [Double] {
        let n = nodeCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let s = 1 / Double(n - 1)
        return totalDegrees().map { Double($0) * s }
    }

    /// In- plus out-degree on directed graphs, the degree when undirected.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: true, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let degrees = graph.totalDegrees()  // [1, 2, 1]
    /// ```
    ///
    /// - Complexity: O(*V* + *E*).
    public func totalDegrees() -> [Int] {
        var d = (0..<nodeCount).map(degree)
        if isDirected { for t in targets { d[Int(t)] += 1 } }
        return d
    }

    /// In-degree divided by n − 1. Matches `networkx.in_degree_centrality(G)`.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: true, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let inward = graph.inDegreeCentrality()  // [0.0, 0.5, 0.5]
    /// ```
    ///
    /// - Complexity: O(*V* + *E*) time, O(*V*) extra space.
    public func inDegreeCentrality() -> [Double] {
        let n = nodeCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        var d = [Int](repeating: 0, count: n)
        for t in targets { d[Int(t)] += 1 }
        return d.map { Double($0) / Double(n - 1) }
    }

    /// Out-degree divided by n − 1. Matches `networkx.out_degree_centrality(G)`.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: true, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let outward = graph.outDegreeCentrality()  // [0.5, 0.5, 0.0]
    /// ```
    ///
    /// - Complexity: O(*V*) time and extra space.
    public func outDegreeCentrality() -> [Double] {
        let n = nodeCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        return (0..<n).map { Double(degree($0)) / Double(n - 1) }
    }
}
