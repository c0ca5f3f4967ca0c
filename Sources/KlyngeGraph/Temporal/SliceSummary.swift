/// The structure of one window of a ``TemporalGraph``: its size, what is new at its last
/// step, its components, the mean distance within its largest component and every node's
/// betweenness in it.
public struct SliceSummary: Sendable {
    /// The window summarised.
    public let window: ClosedRange<Int>
    /// Nodes present during the window.
    public let nodeCount: Int
    /// Edges present during the window.
    public let edgeCount: Int
    /// Present nodes whose first step is the window's last step (never present before it).
    public let newNodeCount: Int
    /// Present edges whose first step is the window's last step.
    public let newEdgeCount: Int
    /// Connected components of the window's graph (an isolated node is one).
    public let componentCount: Int
    /// Nodes of the largest component (0 when the window is empty).
    public let largestComponentSize: Int
    /// Mean distance within the largest component; nil when it has fewer than two nodes.
    public let meanDistance: MeanDistance?
    /// Normalised betweenness of every temporal node in the window's graph, by temporal node
    /// index; 0 for the nodes absent from the window.
    public let betweenness: [Double]

    /// `largestComponentSize / nodeCount`, nil when the window is empty.
    public var largestComponentShare: Double? {
        nodeCount == 0 ? nil : Double(largestComponentSize) / Double(nodeCount)
    }
}

extension TemporalGraph {
    /// The structure of a slice's graph (``slice(_:)``).
    ///
    /// Components match `networkx.connected_components`, the largest component
    /// `max(…, key=len)` (``Components/largest``), the mean distance
    /// `networkx.average_shortest_path_length` on it (``CSRGraph/meanDistance(within:exactLimit:samples:seed:threads:control:)``:
    /// exact up to `exactLimit` nodes, else sampled), and betweenness
    /// `networkx.betweenness_centrality(G)` (normalised by the window's node count).
    ///
    /// ```swift
    /// var builder = TemporalGraphBuilder()
    /// try builder.addEdge("a", "b", during: 2019...2020)
    /// try builder.addEdge("b", "c", during: 2020...2020)
    /// let timeline = try builder.build()
    /// let y2020 = try timeline.summary(of: timeline.slice(2020...2020))
    /// // 3 nodes, 2 edges, 1 new edge (b – c), mean distance 4/3, betweenness [0, 1, 0]
    /// ```
    ///
    /// - Parameters:
    ///   - s: a slice of this temporal graph.
    ///   - exactLimit: the largest component whose mean distance is computed exactly.
    ///   - samples: sources sampled for a larger component's mean distance.
    ///   - seed: the sampling seed.
    ///   - threads: worker count (nil: every core); the result is the same for any value.
    ///   - control: progress and cancellation.
    /// - Throws: `CancellationError` when cancelled.
    /// - Complexity: O(*n* · *m*) for betweenness and the exact mean distance on the slice's
    ///   *n* nodes and *m* edges; O(*V*) for the result.
    public func summary(
        of s: TimeSlice,
        exactLimit: Int = 20_000,
        samples: Int = 1_000,
        seed: UInt64 = 42,
        threads: Int? = nil,
        control: ComputeControl? = nil
    ) throws(CancellationError) -> SliceSummary {
        let g = s.graph
        let last = s.window.upperBound
        let newNodes = s.nodeIndices.count { nodeFirstStep[Int($0)] == last }
        let newEdges = s.edgeIDs.count { firstStep(ofEdge: Int($0)) == last }
        let components = g.weaklyConnectedComponents()
        let largest = components.largest.map { components.nodes(in: $0) } ?? []
        let mean = try g.meanDistance(
            within: largest,
            exactLimit: exactLimit,
            samples: samples,
            seed: seed,
            threads: threads,
            control: control
        )
        var betweenness = [Double](repeating: 0, count: nodeCount)
        if g.nodeCount > 0 {
            let local = try g.betweenness(threads: threads, control: control)
            for (i, v) in s.nodeIndices.enumerated() { betweenness[Int(v)] = local[i] }
        }
        return SliceSummary(
            window: s.window,
            nodeCount: g.nodeCount,
            edgeCount: g.edgeCount,
            newNodeCount: newNodes,
            newEdgeCount: newEdges,
            componentCount: components.count,
            largestComponentSize: largest.count,
            meanDistance: mean,
            betweenness: betweenness
        )
    }
}
