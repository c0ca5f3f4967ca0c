/// An immutable graph in compressed-sparse-row form.
///
/// Nodes are dense indices `0..<nodeCount` (`Int32`, so a graph holds at most
/// 2³¹ − 1 nodes and arcs). The arcs leaving node `v` are
/// `targets[offsets[v] ..< offsets[v + 1]]`, sorted by target index, with the
/// matching `weights` when the graph is weighted. An undirected edge `{u, v}` is
/// stored as the two arcs `u → v` and `v → u`, so `arcCount == 2 · edgeCount`.
///
/// Storage per arc: 4 bytes (target) plus 8 bytes when weighted, i.e. at most
/// 12 bytes per directed arc; `offsets` adds 8 bytes per node. Nothing else is
/// kept: directed algorithms that need in-arcs build ``reversed()`` once.
///
/// External string ids map to indices through ``NodeTable`` (a hash map).
/// Build one with ``GraphBuilder``.
public struct CSRGraph: Sendable {
    /// `true` when arcs are one-way.
    public let isDirected: Bool
    /// Arc offsets, `nodeCount + 1` entries; `offsets[0] == 0`.
    @usableFromInline let offsets: ContiguousArray<Int>
    /// Arc heads, grouped by tail and sorted within each group.
    @usableFromInline let targets: ContiguousArray<Int32>
    /// Arc weights parallel to `targets`, or empty when unweighted.
    @usableFromInline let weights: ContiguousArray<Double>
    /// External ids of the nodes, by index.
    public let nodes: NodeTable

    @usableFromInline
    init(
        isDirected: Bool,
        offsets: ContiguousArray<Int>,
        targets: ContiguousArray<Int32>,
        weights: ContiguousArray<Double>,
        nodes: NodeTable
    ) {
        precondition(offsets.count == nodes.count + 1 && offsets.last == targets.count)
        precondition(weights.isEmpty || weights.count == targets.count)
        self.isDirected = isDirected
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.nodes = nodes
    }

    /// Number of nodes.
    /// - Complexity: O(1)
    @inlinable public var nodeCount: Int { offsets.count - 1 }
    /// Number of stored arcs (twice the edge count when undirected).
    /// - Complexity: O(1)
    @inlinable public var arcCount: Int { targets.count }
    /// Number of edges as a user counts them.
    /// - Complexity: O(1)
    @inlinable public var edgeCount: Int { isDirected ? targets.count : targets.count / 2 }
    /// `true` when arcs carry weights.
    /// - Complexity: O(1)
    @inlinable public var isWeighted: Bool { !weights.isEmpty }

    /// Out-degree of `v` (the degree when undirected).
    /// - Complexity: O(1)
    @inlinable public func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// The arc index range of node `v`.
    /// - Complexity: O(1)
    @inlinable public func arcRange(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    /// Head of arc `a`.
    /// - Complexity: O(1)
    @inlinable public func target(ofArc a: Int) -> Int { Int(targets[a]) }

    /// Weight of arc `a`, 1 when the graph is unweighted.
    /// - Complexity: O(1)
    @inlinable public func weight(ofArc a: Int) -> Double { weights.isEmpty ? 1 : weights[a] }

    /// The neighbours (out-neighbours when directed) of `v`, ascending.
    /// - Complexity: O(1) to create, O(deg) to iterate.
    @inlinable public func neighbors(_ v: Int) -> ArraySlice<Int32> {
        targets[offsets[v]..<offsets[v + 1]]
    }

    /// Bytes held by the CSR arrays (offsets, targets, weights).
    public var storageBytes: Int {
        offsets.count * MemoryLayout<Int>.stride + targets.count * 4 + weights.count * 8
    }

    /// Calls `body` with raw buffers of the arrays; the hot loops of the algorithms use this.
    @inlinable
    public func withBuffers<R>(_ body: (CSRBuffers) throws -> R) rethrows -> R {
        try offsets.withUnsafeBufferPointer { o in
            try targets.withUnsafeBufferPointer { t in
                try weights.withUnsafeBufferPointer { w in
                    try body(CSRBuffers(offsets: o, targets: t, weights: w))
                }
            }
        }
    }

    /// The graph with every arc turned around (itself when undirected), as
    /// `networkx.DiGraph.reverse()`.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: true, weighted: false)
    /// try builder.addEdge("a", "b")
    /// let back = try builder.build().reversed()
    /// let heads = back.neighbors(1)  // [0]: b → a
    /// ```
    ///
    /// - Complexity: O(*V* + *E*) time and space.
    public func reversed() -> CSRGraph {
        guard isDirected else { return self }
        let n = nodeCount
        var counts = ContiguousArray<Int>(repeating: 0, count: n + 1)
        for t in targets { counts[Int(t) + 1] += 1 }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var next = counts
        var rt = ContiguousArray<Int32>(repeating: 0, count: targets.count)
        var rw = ContiguousArray<Double>(repeating: 0, count: weights.count)
        // Tails are visited in ascending order, so each reversed list comes out sorted.
        for u in 0..<n {
            for a in offsets[u]..<offsets[u + 1] {
                let v = Int(targets[a])
                rt[next[v]] = Int32(u)
                if !weights.isEmpty { rw[next[v]] = weights[a] }
                next[v] += 1
            }
        }
        return CSRGraph(isDirected: true, offsets: counts, targets: rt, weights: rw, nodes: nodes)
    }

    /// The graph with weights dropped.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: true)
    /// try builder.addEdge("a", "b", weight: 4)
    /// let plain = try builder.build().unweighted()
    /// let weight = plain.weight(ofArc: 0)  // 1.0
    /// ```
    ///
    /// - Complexity: O(1) (arrays are shared).
    public func unweighted() -> CSRGraph {
        CSRGraph(isDirected: isDirected, offsets: offsets, targets: targets, weights: [], nodes: nodes)
    }

    /// The undirected graph with an edge wherever either direction has an arc;
    /// the weights of `u → v` and `v → u` are summed. Itself when undirected.
    /// (NetworkX's `DiGraph.to_undirected()` keeps one of the two weights instead, whichever
    /// it meets last.)
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: true, weighted: true)
    /// for (u, v, w) in [("a", "b", 1.0), ("b", "a", 2.0)] { try builder.addEdge(u, v, weight: w) }
    /// let both = try builder.build().undirected()
    /// let weight = both.weight(ofArc: 0)  // 3.0: one edge a – b
    /// ```
    ///
    /// - Complexity: O(*V* + *E* log *d*) time.
    public func undirected() -> CSRGraph {
        guard isDirected else { return self }
        var b = GraphBuilder(directed: false, weighted: isWeighted, duplicates: .sumWeights)
        for id in nodes.ids { b.addNode(id) }
        for u in 0..<nodeCount {
            for a in arcRange(u) { try! b.addEdge(index: u, index: target(ofArc: a), weight: weight(ofArc: a)) }
        }
        return try! b.build()
    }
}

/// Raw views of a ``CSRGraph``'s arrays, valid only inside ``CSRGraph/withBuffers(_:)``.
public struct CSRBuffers {
    public let offsets: UnsafeBufferPointer<Int>
    public let targets: UnsafeBufferPointer<Int32>
    /// Empty when the graph is unweighted.
    public let weights: UnsafeBufferPointer<Double>

    @inlinable init(
        offsets: UnsafeBufferPointer<Int>,
        targets: UnsafeBufferPointer<Int32>,
        weights: UnsafeBufferPointer<Double>
    ) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }
}

extension CSRGraph {
    /// The same graph with every weight `w` replaced by `transform(w)` (e.g. `1 / w`
    /// to turn a tie strength into a distance). Unweighted graphs are returned as is.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: true)
    /// try builder.addEdge("a", "b", weight: 4)  // a tie strength
    /// let lengths = try builder.build().mappingWeights { 1 / $0 }
    /// let distances = lengths.dijkstraDistances(from: 0)  // [0.0, 0.25]
    /// ```
    ///
    /// - Precondition: `transform` returns positive finite numbers for positive finite input.
    /// - Complexity: O(*E*).
    public func mappingWeights(_ transform: (Double) -> Double) -> CSRGraph {
        guard isWeighted else { return self }
        let w = ContiguousArray(weights.map(transform))
        precondition(w.allSatisfy { $0.isFinite && $0 > 0 }, "weight transform must keep weights positive and finite")
        return CSRGraph(isDirected: isDirected, offsets: offsets, targets: targets, weights: w, nodes: nodes)
    }
}
