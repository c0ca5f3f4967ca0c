import DequeModule

extension CSRGraph {
    /// Hop distances from `source` along arcs (out-arcs when directed); `-1` marks
    /// unreachable nodes.
    ///
    /// Matches `networkx.single_source_shortest_path_length(G, source)`.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let hops = graph.breadthFirstDistances(from: 0)  // [0, 1, 2]
    /// ```
    ///
    /// - Complexity: O(*V* + *E*) time, O(*V*) extra space.
    public func breadthFirstDistances(from source: Int) -> [Int32] {
        var dist = [Int32](repeating: -1, count: nodeCount)
        var queue = Deque<Int32>()
        dist[source] = 0
        queue.append(Int32(source))
        while let u = queue.popFirst() {
            let du = dist[Int(u)]
            for a in arcRange(Int(u)) {
                let v = Int(targets[a])
                if dist[v] < 0 {
                    dist[v] = du + 1
                    queue.append(Int32(v))
                }
            }
        }
        return dist
    }

    /// Nodes in breadth-first order from `source` (ties in ascending index).
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let order = graph.breadthFirstOrder(from: 1)  // [1, 0, 2]
    /// ```
    ///
    /// - Complexity: O(*V* + *E*) time.
    public func breadthFirstOrder(from source: Int) -> [Int] {
        var seen = [Bool](repeating: false, count: nodeCount)
        var order = [source]
        seen[source] = true
        var head = 0
        while head < order.count {
            let u = order[head]
            head += 1
            for a in arcRange(u) {
                let v = Int(targets[a])
                if !seen[v] {
                    seen[v] = true
                    order.append(v)
                }
            }
        }
        return order
    }
}
