/// The graph of one window of a ``TemporalGraph``: the nodes present at some step of the
/// window and the edges present at some step of it, as an unweighted undirected ``CSRGraph``.
///
/// Slice node `i` is temporal node `nodeIndices[i]`; nodes keep the temporal graph's order
/// and ids, so a slice's rankings break ties as the whole graph's do.
///
/// ```swift
/// var builder = TemporalGraphBuilder()
/// try builder.addEdge("a", "b", during: 2019...2020)
/// try builder.addEdge("b", "c", during: 2021...2021)
/// let slice = try builder.build().slice(2020...2021)
/// slice.graph.edgeCount  // 2: a – b and b – c
/// slice.nodeIndices      // [0, 1, 2]
/// ```
public struct TimeSlice: Sendable {
    /// The steps the slice covers, as asked (it may reach outside the temporal graph's span).
    public let window: ClosedRange<Int>
    /// The nodes and edges present during `window`; ids are the temporal graph's.
    public let graph: CSRGraph
    /// The temporal node of each slice node, ascending.
    public let nodeIndices: [Int32]
    /// The temporal edges present during `window`, ascending.
    public let edgeIDs: [Int32]
}

extension TemporalGraph {
    /// The graph of `window`: every node and edge with a spell meeting it (a node also when
    /// one of its edges has), read from the per-step index without visiting the rest of the
    /// graph's edges.
    ///
    /// As `networkx.Graph.subgraph` of the nodes present, restricted to the edges present: an
    /// edge whose two ends are present at different steps of the window but which is itself
    /// absent from it is not in the slice.
    ///
    /// ```swift
    /// var builder = TemporalGraphBuilder()
    /// try builder.addEdge("a", "b", during: 2019...2020)
    /// let timeline = try builder.build()
    /// timeline.slice(2021...2022).graph.nodeCount  // 0
    /// ```
    ///
    /// - Parameter window: the steps, inclusive (one step: `y...y`).
    /// - Returns: the slice; empty when nothing is present during `window`.
    /// - Complexity: O(*V* + *A* log *A*) time for the *A* (step, edge) and (step, node)
    ///   presences inside the window (O(*V* + *A*) for a one-step window); O(*V* + *A*) space.
    public func slice(_ window: ClosedRange<Int>) -> TimeSlice {
        let empty = TimeSlice(
            window: window,
            graph: CSRGraph(isDirected: false, offsets: [0], targets: [], weights: [], nodes: NodeTable()),
            nodeIndices: [],
            edgeIDs: []
        )
        guard let span, window.overlaps(span) else { return empty }
        let first = max(window.lowerBound, span.lowerBound) - span.lowerBound
        let last = min(window.upperBound, span.upperBound) - span.lowerBound
        let steps = first...last
        var edges: [Int32] = []
        for k in steps { edges.append(contentsOf: stepEdges[stepEdgeOffsets[k]..<stepEdgeOffsets[k + 1]]) }
        if steps.count > 1 { edges = Self.sortedUnique(edges) }

        // Present nodes, then dense slice indices in temporal order.
        let n = nodeCount
        var local = [Int32](repeating: -1, count: n)
        for k in steps {
            for v in stepNodes[stepNodeOffsets[k]..<stepNodeOffsets[k + 1]] { local[Int(v)] = 0 }
        }
        for e in edges {
            local[Int(edgeEnds[Int(e)].source)] = 0
            local[Int(edgeEnds[Int(e)].target)] = 0
        }
        var nodeIndices: [Int32] = []
        var table = NodeTable()
        for v in 0..<n where local[v] == 0 {
            local[v] = Int32(nodeIndices.count)
            nodeIndices.append(Int32(v))
            table.intern(nodes[v])
        }
        guard !nodeIndices.isEmpty else { return empty }

        // CSR: edges ascend by (source, target), so filling arcs in edge order leaves each
        // node's arcs sorted (arcs to smaller nodes come from earlier edges).
        let m = nodeIndices.count
        var offsets = ContiguousArray<Int>(repeating: 0, count: m + 1)
        for e in edges {
            offsets[Int(local[Int(edgeEnds[Int(e)].source)]) + 1] += 1
            offsets[Int(local[Int(edgeEnds[Int(e)].target)]) + 1] += 1
        }
        for i in 0..<m { offsets[i + 1] += offsets[i] }
        var next = offsets
        var targets = ContiguousArray<Int32>(repeating: 0, count: offsets[m])
        for e in edges {
            let u = Int(local[Int(edgeEnds[Int(e)].source)])
            let v = Int(local[Int(edgeEnds[Int(e)].target)])
            targets[next[u]] = Int32(v)
            next[u] += 1
            targets[next[v]] = Int32(u)
            next[v] += 1
        }
        let graph = CSRGraph(isDirected: false, offsets: offsets, targets: targets, weights: [], nodes: table)
        return TimeSlice(window: window, graph: graph, nodeIndices: nodeIndices, edgeIDs: edges)
    }

    /// `values` sorted, each once.
    private static func sortedUnique(_ values: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(values.count)
        for x in values.sorted() where out.last != x { out.append(x) }
        return out
    }
}
