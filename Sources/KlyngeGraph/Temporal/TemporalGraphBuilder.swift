/// Collects the nodes, edges and spells of a ``TemporalGraph``.
///
/// Edges are undirected: `addEdge(u, v, during:)` and `addEdge(v, u, during:)` add spells to
/// the same edge. Spells are kept as given (sorted, not merged), so an edge shared by two
/// projects keeps both projects' intervals.
///
/// ```swift
/// var builder = TemporalGraphBuilder()
/// builder.addNode("solo")
/// try builder.addSpell(node: 0, 2018...2018)    // present, without a tie, in 2018
/// try builder.addEdge("a", "b", during: 2019...2022)
/// let timeline = try builder.build()            // span 2018...2022
/// ```
public struct TemporalGraphBuilder: Sendable {
    private var nodes = NodeTable()
    private var nodeSpellList: [(node: Int32, spell: ClosedRange<Int>)] = []
    private var edgeList: [(source: Int32, target: Int32, spell: ClosedRange<Int>)] = []

    public init() {}

    /// Number of spells added to edges so far.
    public var pendingEdgeSpellCount: Int { edgeList.count }

    /// Returns the index of node `id`, adding it when new.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public mutating func addNode(_ id: String) -> Int { nodes.intern(id) }

    /// Marks node `v` present during `spell`, tie or no tie.
    /// - Throws: `GraphError.nodeOutOfRange` when `v` is not a node index.
    /// - Complexity: O(1) amortised.
    public mutating func addSpell(node v: Int, _ spell: ClosedRange<Int>) throws(GraphError) {
        guard v >= 0, v < nodes.count else { throw .nodeOutOfRange(v) }
        nodeSpellList.append((Int32(v), spell))
    }

    /// Adds a spell to the edge between the nodes with ids `u` and `v`, adding the nodes when new.
    /// - Throws: `GraphError.selfLoop` when `u == v`.
    /// - Complexity: O(1) amortised.
    public mutating func addEdge(_ u: String, _ v: String, during spell: ClosedRange<Int>) throws(GraphError) {
        let a = nodes.intern(u)
        let b = nodes.intern(v)
        try addEdge(index: a, index: b, during: spell)
    }

    /// Adds a spell to the edge between node indices `u` and `v`.
    /// - Throws: `GraphError.nodeOutOfRange` for an index that is not a node,
    ///   `GraphError.selfLoop` when `u == v`.
    /// - Complexity: O(1) amortised.
    public mutating func addEdge(index u: Int, index v: Int, during spell: ClosedRange<Int>) throws(GraphError) {
        for x in [u, v] where x < 0 || x >= nodes.count { throw .nodeOutOfRange(x) }
        guard u != v else { throw .selfLoop(node: nodes[u]) }
        edgeList.append((Int32(min(u, v)), Int32(max(u, v)), spell))
    }

    /// The temporal graph: distinct edges sorted by their ends, each with its sorted spells,
    /// and the per-step index of ``TemporalGraph``.
    /// - Throws: `GraphError.tooLarge` past 2³¹ − 1 nodes or edges.
    /// - Complexity: O(*S* log *S* + Σ spell lengths) for *S* spells.
    public func build() throws(GraphError) -> TemporalGraph {
        guard nodes.count < Int(Int32.max), edgeList.count < Int(Int32.max) else { throw .tooLarge }
        func spellPrecedes(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Bool {
            a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.upperBound < b.upperBound
        }
        let edges = edgeList.sorted { a, b in
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            return spellPrecedes(a.spell, b.spell)
        }
        var ends = ContiguousArray<(source: Int32, target: Int32)>()
        var edgeOffsets: ContiguousArray<Int> = [0]
        var edgeSpells = ContiguousArray<ClosedRange<Int>>()
        edgeSpells.reserveCapacity(edges.count)
        for e in edges {
            if let last = ends.last, last == (e.source, e.target) {
                edgeOffsets[edgeOffsets.count - 1] += 1
            } else {
                ends.append((e.source, e.target))
                edgeOffsets.append(edgeOffsets[edgeOffsets.count - 1] + 1)
            }
            edgeSpells.append(e.spell)
        }
        let byNode = nodeSpellList.sorted { a, b in a.node != b.node ? a.node < b.node : spellPrecedes(a.spell, b.spell)
        }
        var nodeOffsets = ContiguousArray<Int>(repeating: 0, count: nodes.count + 1)
        for s in byNode { nodeOffsets[Int(s.node) + 1] += 1 }
        for v in 0..<nodes.count { nodeOffsets[v + 1] += nodeOffsets[v] }
        return TemporalGraph(
            nodes: nodes,
            edgeEnds: ends,
            edgeSpellOffsets: edgeOffsets,
            edgeSpells: edgeSpells,
            nodeSpellOffsets: nodeOffsets,
            nodeSpells: ContiguousArray(byNode.map(\.spell))
        )
    }
}
