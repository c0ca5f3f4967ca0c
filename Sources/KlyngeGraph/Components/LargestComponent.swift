extension Components {
    /// The label of the largest component; among equally large ones the one holding the
    /// smallest node index (labels follow the smallest node). Nil when there is no node.
    ///
    /// Matches `max(networkx.connected_components(G), key=len)` on a graph whose nodes were
    /// added in index order (NetworkX yields components in order of their first node and
    /// `max` keeps the first of equal sizes).
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("c", "d"), ("d", "e")] { try builder.addEdge(u, v) }
    /// let components = try builder.build().weaklyConnectedComponents()
    /// components.largest                          // 1: c, d, e
    /// components.nodes(in: components.largest!)   // [2, 3, 4]
    /// ```
    /// - Complexity: O(*V*).
    public var largest: Int? {
        let s = sizes
        guard var best = s.indices.first else { return nil }
        for l in s.indices where s[l] > s[best] { best = l }
        return best
    }

    /// The nodes of component `l`, ascending.
    /// - Complexity: O(*V*).
    public func nodes(in l: Int) -> [Int] {
        label.indices.filter { label[$0] == Int32(l) }
    }
}
