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
    private(set) var tails: [Int32] = []
    private(set) var heads: [Int32] = []
    private(set) var edgeWeights: [Double] = []

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
}
