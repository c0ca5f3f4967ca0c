/// What ``GraphBuilder`` does with an edge added more than once.
public enum DuplicateEdgePolicy: Sendable {
    /// One edge whose weight is the sum of the weights given (an unweighted
    /// multigraph becomes a weighted one with multiplicities, if weighted).
    case sumWeights
    /// One edge that keeps the weight given first.
    case keepFirst
    /// One edge that keeps the weight given last.
    case keepLast
}

/// What ``GraphBuilder`` does with an edge from a node to itself.
public enum SelfLoopPolicy: Sendable {
    /// Silently leave self-loops out (their nodes are kept). The default: none of
    /// the centralities here is defined with self-loops in a useful way.
    case drop
    /// Throw ``GraphError/selfLoop(node:)``.
    case reject
}

/// A mutable collector of nodes and edges that produces an immutable ``CSRGraph``.
///
/// ```swift
/// var b = GraphBuilder(directed: false, weighted: true)
/// try b.addEdge("Oslo", "Bergen", weight: 2)
/// let g = try b.build()
/// ```
/// Weights must be positive and finite (they are distances for shortest paths
/// and strengths for PageRank); anything else throws ``GraphError/invalidWeight(source:target:weight:)``
/// naming the edge. Duplicate edges merge by ``DuplicateEdgePolicy`` (default:
/// `sumWeights`); self-loops follow ``SelfLoopPolicy`` (default: `drop`).
///
/// - Complexity: `build()` is O(*V* + *E* log *d*) (a counting sort by tail and a
///   sort of each adjacency list), with *d* the largest degree.
public struct GraphBuilder: Sendable {
    public let isDirected: Bool
    public let isWeighted: Bool
    public let duplicates: DuplicateEdgePolicy
    public let selfLoops: SelfLoopPolicy
    public private(set) var nodes = NodeTable()
    private var tails: [Int32] = []
    private var heads: [Int32] = []
    private var edgeWeights: [Double] = []

    public init(
        directed: Bool,
        weighted: Bool,
        duplicates: DuplicateEdgePolicy = .sumWeights,
        selfLoops: SelfLoopPolicy = .drop
    ) {
        self.isDirected = directed
        self.isWeighted = weighted
        self.duplicates = duplicates
        self.selfLoops = selfLoops
    }

    /// Reserves room for `nodes` nodes and `edges` edges.
    public mutating func reserve(nodes n: Int, edges m: Int) {
        nodes.reserve(n)
        tails.reserveCapacity(m)
        heads.reserveCapacity(m)
        if isWeighted { edgeWeights.reserveCapacity(m) }
    }

    /// Adds a node (no-op when present) and returns its index.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public mutating func addNode(_ id: String) -> Int { nodes.intern(id) }

    /// Adds an edge between two ids, creating the nodes when new. On error the
    /// builder is left unchanged.
    /// - Throws: ``GraphError/invalidWeight(source:target:weight:)`` or ``GraphError/selfLoop(node:)``.
    public mutating func addEdge(_ source: String, _ target: String, weight: Double = 1) throws(GraphError) {
        // Validate before interning, so a rejected edge leaves the builder unchanged.
        guard weight.isFinite, weight > 0 else {
            throw .invalidWeight(source: source, target: target, weight: weight)
        }
        if selfLoops == .reject && source.utf8.elementsEqual(target.utf8) { throw .selfLoop(node: source) }
        let u = nodes.intern(source)
        let v = nodes.intern(target)
        try addEdge(index: u, index: v, weight: weight)
    }

    /// Adds an edge between two existing node indices.
    public mutating func addEdge(index u: Int, index v: Int, weight: Double = 1) throws(GraphError) {
        guard u >= 0, u < nodes.count else { throw .nodeOutOfRange(u) }
        guard v >= 0, v < nodes.count else { throw .nodeOutOfRange(v) }
        guard weight.isFinite, weight > 0 else {
            throw .invalidWeight(source: nodes[u], target: nodes[v], weight: weight)
        }
        if u == v {
            if selfLoops == .reject { throw .selfLoop(node: nodes[u]) }
            return
        }
        tails.append(Int32(u))
        heads.append(Int32(v))
        if isWeighted { edgeWeights.append(weight) }
    }

    /// Number of edges added so far (before merging duplicates).
    public var pendingEdgeCount: Int { tails.count }

    /// Freezes the collected edges into a ``CSRGraph``.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: true, weighted: true, duplicates: .keepLast)
    /// try builder.addEdge("Oslo", "Bergen", weight: 2)
    /// try builder.addEdge("Oslo", "Bergen", weight: 3)
    /// let graph = try builder.build()  // 1 arc, weight 3
    /// ```
    ///
    /// - Complexity: O(*V* + *E* log *d*) time, *d* the largest degree; O(*V* + *E*) extra space.
    public func build() throws(GraphError) -> CSRGraph {
        let n = nodes.count
        let m = tails.count
        let arcs = isDirected ? m : 2 * m
        guard n < Int(Int32.max), arcs < Int(Int32.max) else { throw .tooLarge }
        // Counting sort of arcs by tail, stable in insertion order.
        var offsets = ContiguousArray<Int>(repeating: 0, count: n + 1)
        for e in 0..<m {
            offsets[Int(tails[e]) + 1] += 1
            if !isDirected { offsets[Int(heads[e]) + 1] += 1 }
        }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var next = offsets
        var tg = ContiguousArray<Int32>(repeating: 0, count: arcs)
        var wt = ContiguousArray<Double>(repeating: 0, count: isWeighted ? arcs : 0)
        for e in 0..<m {
            let u = Int(tails[e])
            let v = Int(heads[e])
            tg[next[u]] = Int32(v)
            if isWeighted { wt[next[u]] = edgeWeights[e] }
            next[u] += 1
            if !isDirected {
                tg[next[v]] = Int32(u)
                if isWeighted { wt[next[v]] = edgeWeights[e] }
                next[v] += 1
            }
        }
        // Sort each adjacency list by head (stable, so "first" means first added) and merge duplicates.
        var out = 0
        var newOffsets = ContiguousArray<Int>(repeating: 0, count: n + 1)
        var perm: [Int] = []
        var scratchHeads: [Int32] = []
        var scratchWeights: [Double] = []
        for u in 0..<n {
            let lo = offsets[u]
            let hi = offsets[u + 1]
            var sorted = true
            if hi - lo > 1 {
                for a in lo + 1..<hi where tg[a - 1] >= tg[a] {
                    sorted = false
                    break
                }
            }
            if sorted {
                // Already strictly increasing: no duplicates, copy down in place.
                for a in lo..<hi {
                    tg[out] = tg[a]
                    if isWeighted { wt[out] = wt[a] }
                    out += 1
                }
            } else if !isWeighted {
                // Unweighted: sort the heads in place, then copy down skipping repeats.
                tg.withUnsafeMutableBufferPointer { b in
                    var slice = UnsafeMutableBufferPointer(rebasing: b[lo..<hi])
                    slice.sort()
                    var last: Int32 = -1
                    for a in lo..<hi where b[a] != last {
                        last = b[a]
                        b[out] = last
                        out += 1
                    }
                }
            } else {
                // Weighted: a stable sort by head (so "first" is the first added), then merge.
                perm.removeAll(keepingCapacity: true)
                perm.append(contentsOf: lo..<hi)
                perm.sort { tg[$0] != tg[$1] ? tg[$0] < tg[$1] : $0 < $1 }
                scratchHeads.removeAll(keepingCapacity: true)
                scratchWeights.removeAll(keepingCapacity: true)
                for p in perm {
                    scratchHeads.append(tg[p])
                    scratchWeights.append(wt[p])
                }
                var i = 0
                while i < scratchHeads.count {
                    var w = scratchWeights[i]
                    var j = i + 1
                    while j < scratchHeads.count, scratchHeads[j] == scratchHeads[i] {
                        switch duplicates {
                        case .sumWeights: w += scratchWeights[j]
                        case .keepFirst: break
                        case .keepLast: w = scratchWeights[j]
                        }
                        j += 1
                    }
                    tg[out] = scratchHeads[i]
                    wt[out] = w
                    out += 1
                    i = j
                }
            }
            newOffsets[u + 1] = out
        }
        tg.removeLast(tg.count - out)
        if isWeighted { wt.removeLast(wt.count - out) }
        return CSRGraph(isDirected: isDirected, offsets: newOffsets, targets: tg, weights: wt, nodes: nodes)
    }
}
