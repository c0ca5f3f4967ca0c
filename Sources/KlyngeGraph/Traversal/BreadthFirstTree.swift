import DequeModule

/// A breadth-first search tree: every node reached from `source`, with the neighbour it was
/// first reached from. Following parents gives a shortest path (fewest arcs) back to the source.
public struct BreadthFirstTree: Sendable {
    /// The root of the search.
    public let source: Int
    /// `parents[v]`: the node `v` was reached from; −1 for the source and unreachable nodes.
    public let parents: [Int32]

    /// `true` when `v` was reached (the source counts).
    public func contains(_ v: Int) -> Bool { v == source || parents[v] >= 0 }

    /// The nodes of the tree path from the source to `v` (both included), or `[]` when `v`
    /// was not reached.
    /// - Complexity: O(length of the path).
    public func path(to v: Int) -> [Int] {
        guard contains(v) else { return [] }
        var out = [v]
        var x = v
        while parents[x] >= 0 {
            x = Int(parents[x])
            out.append(x)
        }
        return out.reversed()
    }
}

extension CSRGraph {
    /// The breadth-first search tree from `source` along arcs (out-arcs when directed). A node's
    /// parent is the first node, in BFS order, with an arc to it; a node's arcs are visited in
    /// ascending target order, so among equally short paths the tree picks the one through
    /// nodes discovered earliest. The parents match `networkx.bfs_predecessors(G, source)`.
    ///
    /// ```swift
    /// let tree = graph.breadthFirstTree(from: graph.nodes.index(of: "a")!)
    /// let hops = tree.path(to: graph.nodes.index(of: "d")!)   // [a, …, d], shortest
    /// ```
    /// - Complexity: O(*V* + *E*) time, O(*V*) extra space.
    public func breadthFirstTree(from source: Int) -> BreadthFirstTree {
        var parents = [Int32](repeating: -1, count: nodeCount)
        var seen = [Bool](repeating: false, count: nodeCount)
        var queue = Deque<Int32>()
        seen[source] = true
        queue.append(Int32(source))
        while let u = queue.popFirst() {
            for a in arcRange(Int(u)) {
                let v = Int(targets[a])
                if !seen[v] {
                    seen[v] = true
                    parents[v] = u
                    queue.append(Int32(v))
                }
            }
        }
        return BreadthFirstTree(source: source, parents: parents)
    }
}
