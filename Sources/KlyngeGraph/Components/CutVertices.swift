extension CSRGraph {
    /// The articulation points (cut vertices) and bridges (cut edges) of the graph,
    /// arc directions ignored: removing an articulation point, or a bridge, splits its
    /// component.
    ///
    /// Matches `networkx.articulation_points` and `networkx.bridges` (as sets; here sorted:
    /// points ascending, bridges as (u < v) pairs ascending). Self-loops are ignored.
    /// Hopcroft–Tarjan lowpoints with an explicit stack (no recursion limit).
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let (points, bridges) = graph.cutVerticesAndBridges()  // [1] and [(0, 1), (1, 2)]
    /// ```
    ///
    /// - Complexity: O(V + E) time and extra space.
    public func cutVerticesAndBridges() -> (articulationPoints: [Int], bridges: [(Int, Int)]) {
        let g = isDirected ? undirected() : self
        let n = g.nodeCount
        var order = [Int32](repeating: -1, count: n)  // discovery time
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [(Int, Int)] = []
        var time: Int32 = 0
        var stack: [(node: Int, arc: Int)] = []
        for root in 0..<n where order[root] < 0 {
            order[root] = time
            low[root] = time
            time += 1
            var rootChildren = 0
            stack.append((root, g.offsets[root]))
            while let top = stack.last {
                let u = top.node
                if top.arc < g.offsets[u + 1] {
                    stack[stack.count - 1].arc += 1
                    let v = g.target(ofArc: top.arc)
                    if v == u { continue }
                    if order[v] < 0 {
                        parent[v] = Int32(u)
                        order[v] = time
                        low[v] = time
                        time += 1
                        if u == root { rootChildren += 1 }
                        stack.append((v, g.offsets[v]))
                    } else if v != Int(parent[u]) {
                        low[u] = min(low[u], order[v])
                    }
                } else {
                    stack.removeLast()
                    guard let p = stack.last?.node else { continue }
                    low[p] = min(low[p], low[u])
                    if low[u] >= order[p] && p != root { isCut[p] = true }
                    if low[u] > order[p] { bridges.append((min(p, u), max(p, u))) }
                }
            }
            if rootChildren >= 2 { isCut[root] = true }
        }
        return ((0..<n).filter { isCut[$0] }, bridges.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 })
    }
}
