/// An undirected graph whose nodes and edges are present during spells: closed intervals of
/// integer time steps (years, say), as GEXF 1.2's `<spells>` and the "interval graphs" of
/// Holme & Saramäki's temporal networks (Physics Reports 2012, doi:10.1016/j.physrep.2012.03.001).
///
/// An edge may carry several spells (two members sharing several projects); a node is present
/// during its own spells and during the spells of its edges. ``slice(_:)`` gives the graph of a
/// window of steps as a ``CSRGraph`` on the nodes present then, found through a per-step index,
/// so each window costs its own size, not the whole graph's.
///
/// ```swift
/// var builder = TemporalGraphBuilder()
/// try builder.addEdge("a", "b", during: 2019...2020)
/// try builder.addEdge("b", "c", during: 2021...2021)
/// let timeline = try builder.build()
/// let y2020 = timeline.slice(2020...2020)  // a – b: 2 nodes, 1 edge
/// ```
///
/// Storage: 8 bytes per edge, 16 per spell, plus the index: 4 bytes per (step, edge) and
/// (step, node) pair present.
public struct TemporalGraph: Sendable {
    /// External ids of the nodes, by index.
    public let nodes: NodeTable
    /// The two ends of each edge, `source < target`; edges sorted by (source, target), distinct.
    @usableFromInline let edgeEnds: ContiguousArray<(source: Int32, target: Int32)>
    /// The spells of edge `e`: `edgeSpells[edgeSpellOffsets[e] ..< edgeSpellOffsets[e + 1]]`, sorted.
    @usableFromInline let edgeSpellOffsets: ContiguousArray<Int>
    @usableFromInline let edgeSpells: ContiguousArray<ClosedRange<Int>>
    /// The node's own spells (not those of its edges), laid out as the edges' spells.
    @usableFromInline let nodeSpellOffsets: ContiguousArray<Int>
    @usableFromInline let nodeSpells: ContiguousArray<ClosedRange<Int>>
    /// The first step of each node (own spells and its edges'), `Int.max` when it has none.
    @usableFromInline let nodeFirstStep: ContiguousArray<Int>
    /// The steps from the earliest spell start to the latest spell end; nil when no spell.
    public let span: ClosedRange<Int>?
    /// Per-step index: edges present at step `span.lowerBound + i` are
    /// `stepEdges[stepEdgeOffsets[i] ..< stepEdgeOffsets[i + 1]]`, ascending; nodes likewise.
    @usableFromInline let stepEdgeOffsets: ContiguousArray<Int>
    @usableFromInline let stepEdges: ContiguousArray<Int32>
    @usableFromInline let stepNodeOffsets: ContiguousArray<Int>
    @usableFromInline let stepNodes: ContiguousArray<Int32>

    init(
        nodes: NodeTable,
        edgeEnds: ContiguousArray<(source: Int32, target: Int32)>,
        edgeSpellOffsets: ContiguousArray<Int>,
        edgeSpells: ContiguousArray<ClosedRange<Int>>,
        nodeSpellOffsets: ContiguousArray<Int>,
        nodeSpells: ContiguousArray<ClosedRange<Int>>
    ) {
        self.nodes = nodes
        self.edgeEnds = edgeEnds
        self.edgeSpellOffsets = edgeSpellOffsets
        self.edgeSpells = edgeSpells
        self.nodeSpellOffsets = nodeSpellOffsets
        self.nodeSpells = nodeSpells
        let n = nodes.count
        var first = ContiguousArray<Int>(repeating: .max, count: n)
        var low = Int.max
        var high = Int.min
        for v in 0..<n {
            for s in nodeSpells[nodeSpellOffsets[v]..<nodeSpellOffsets[v + 1]] {
                first[v] = min(first[v], s.lowerBound)
                low = min(low, s.lowerBound)
                high = max(high, s.upperBound)
            }
        }
        for e in edgeEnds.indices {
            for s in edgeSpells[edgeSpellOffsets[e]..<edgeSpellOffsets[e + 1]] {
                let (u, v) = edgeEnds[e]
                first[Int(u)] = min(first[Int(u)], s.lowerBound)
                first[Int(v)] = min(first[Int(v)], s.lowerBound)
                low = min(low, s.lowerBound)
                high = max(high, s.upperBound)
            }
        }
        nodeFirstStep = first
        let span = low <= high ? low...high : nil
        self.span = span
        (stepEdgeOffsets, stepEdges) = Self.stepIndex(
            count: edgeEnds.count,
            span: span,
            offsets: edgeSpellOffsets,
            spells: edgeSpells
        )
        (stepNodeOffsets, stepNodes) = Self.stepIndex(
            count: n,
            span: span,
            offsets: nodeSpellOffsets,
            spells: nodeSpells
        )
    }

    /// For each step of `span`, the items (edges or nodes) with a spell covering it, ascending.
    /// Overlapping spells of one item list it once per step.
    private static func stepIndex(
        count: Int,
        span: ClosedRange<Int>?,
        offsets: ContiguousArray<Int>,
        spells: ContiguousArray<ClosedRange<Int>>
    ) -> (ContiguousArray<Int>, ContiguousArray<Int32>) {
        guard let span else { return ([0], []) }
        let steps = span.count
        // Calls `body(step offset, item)` once per step an item is present. Items are visited in
        // ascending order, so each step's list comes out sorted; `last` keeps an item whose
        // spells overlap from being listed twice at one step.
        var last = ContiguousArray<Int32>(repeating: -1, count: steps)
        func forEachPresence(_ body: (Int, Int32) -> Void) {
            for i in 0..<steps { last[i] = -1 }
            for item in 0..<count {
                for s in spells[offsets[item]..<offsets[item + 1]] {
                    for t in s where last[t - span.lowerBound] != Int32(item) {
                        last[t - span.lowerBound] = Int32(item)
                        body(t - span.lowerBound, Int32(item))
                    }
                }
            }
        }
        var starts = ContiguousArray<Int>(repeating: 0, count: steps + 1)
        forEachPresence { k, _ in starts[k + 1] += 1 }
        for i in 0..<steps { starts[i + 1] += starts[i] }
        var next = starts
        var items = ContiguousArray<Int32>(repeating: 0, count: starts[steps])
        forEachPresence { k, item in
            items[next[k]] = item
            next[k] += 1
        }
        return (starts, items)
    }

    /// Number of nodes.
    /// - Complexity: O(1)
    @inlinable public var nodeCount: Int { nodes.count }
    /// Number of distinct edges (each present during one or more spells).
    /// - Complexity: O(1)
    @inlinable public var edgeCount: Int { edgeEnds.count }

    /// The two ends of edge `e`, the smaller index first.
    /// - Complexity: O(1)
    @inlinable public func ends(ofEdge e: Int) -> (Int, Int) {
        (Int(edgeEnds[e].source), Int(edgeEnds[e].target))
    }

    /// The spells of edge `e`, sorted by start, then end.
    /// - Complexity: O(1) to create.
    @inlinable public func spells(ofEdge e: Int) -> ArraySlice<ClosedRange<Int>> {
        edgeSpells[edgeSpellOffsets[e]..<edgeSpellOffsets[e + 1]]
    }

    /// The spells given to node `v` itself (its edges' spells are not repeated here), sorted.
    /// - Complexity: O(1) to create.
    @inlinable public func spells(ofNode v: Int) -> ArraySlice<ClosedRange<Int>> {
        nodeSpells[nodeSpellOffsets[v]..<nodeSpellOffsets[v + 1]]
    }

    /// The first step at which edge `e` is present.
    /// - Complexity: O(1)
    @inlinable public func firstStep(ofEdge e: Int) -> Int { edgeSpells[edgeSpellOffsets[e]].lowerBound }

    /// The first step at which node `v` is present (its own spells and its edges'), or nil
    /// when it has no spell at all.
    /// - Complexity: O(1)
    @inlinable public func firstStep(ofNode v: Int) -> Int? {
        nodeFirstStep[v] == .max ? nil : nodeFirstStep[v]
    }
}
