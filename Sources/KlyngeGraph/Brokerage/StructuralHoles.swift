#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Burt's structural-hole measures of every node (Burt 1992, *Structural Holes*).
/// Isolated nodes get NaN everywhere, as in NetworkX.
public struct StructuralHoles: Sendable, Equatable {
    /// Aggregate constraint Σ_j c_ij: high when a node's contacts are tied to each
    /// other (no holes to broker). NetworkX `constraint`.
    public var constraint: [Double]
    /// Non-redundant contacts: contacts minus their average redundancy. NetworkX
    /// `effective_size` (Borgatti's n − 2t/n shortcut on unweighted undirected graphs).
    public var effectiveSize: [Double]
    /// Effective size per contact (Burt 1992; UCINET "Efficiency").
    public var efficiency: [Double]
    /// How much of the constraint comes from one contact: the Coleman–Theil disorder
    /// index Σ_j r_j ln r_j / (N ln N), r_j = c_ij / (C/N), over the N contacts
    /// (Burt 1992 p. 71; UCINET "Hierarchy"). 0 when constraint is spread evenly, 1 when
    /// it is all in one contact; NaN with fewer than two contacts.
    public var hierarchy: [Double]
}

extension CSRGraph {
    /// Burt's constraint, effective size, efficiency and hierarchy of every node.
    ///
    /// Follows NetworkX 3.6 exactly: contacts are in- and out-neighbours; the mutual
    /// weight of u and v is a_uv + a_vu (on an undirected graph, twice the edge weight);
    /// p_uv = mutual(u, v) / Σ_w mutual(u, w); local constraint c_uv = (p_uv + Σ_w p_uw p_wv)²;
    /// redundancy of contact v = Σ_w p_uw · mutual(v, w) / max_x mutual(v, x).
    /// Self-loops are ignored.
    ///
    /// NetworkX 3.6 computes these two ways that disagree; this follows the definition
    /// both are meant to implement: constraint as its default sparse-matrix path (its
    /// per-node path gives NaN to a node with in-arcs but no out-arcs), effective size as
    /// its per-node path (its sparse path normalises by the wrong axis on weighted and
    /// directed graphs, networkx PR #8906; the per-node values agree with UCINET and igraph).
    /// The fixtures' script documents and checks both.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let holes = graph.structuralHoles()  // constraint [1.0, 0.5, 1.0]: b spans the hole a – c
    /// ```
    ///
    /// - Parameters:
    ///   - weighted: use the edge weights (NetworkX `weight="weight"`); otherwise every tie is 1.
    ///   - threads: worker threads; each node's values are computed independently, so the
    ///     result is the same for any count.
    /// - Complexity: O(Σ_v d(v)²) time, O(threads · V) extra space.
    public func structuralHoles(weighted: Bool = false, threads: Int? = nil) -> StructuralHoles {
        let n = nodeCount
        let m = MutualWeights(self, weighted: weighted && isWeighted)
        let borgatti = !isDirected && !(weighted && isWeighted)
        // Per node: (constraint, effective size, hierarchy), NaN where undefined. Each node's
        // values are computed whole by one worker, so the result does not depend on `threads`.
        var values = [(Double, Double, Double)](repeating: (.nan, .nan, .nan), count: n)
        values.parallelFill(threads: threads, minChunk: 256, scratch: { HoleScratch(nodeCount: n) }) { u, s in
            let contacts = m.graph.arcRange(u)
            if contacts.isEmpty { return (.nan, .nan, .nan) }
            for a in contacts {
                let w = m.graph.target(ofArc: a)
                s.isContact[w] = true
                s.p[w] = m.mutual[a] / m.sum[u]
            }
            var triangles = 0
            for a in contacts {
                let w = m.graph.target(ofArc: a)
                for b in m.graph.arcRange(w) {
                    let v = m.graph.target(ofArc: b)
                    guard v != u, s.isContact[v] else { continue }
                    s.indirect[v] += s.p[w] * m.mutual[b] / m.sum[w]
                    s.redundancy[v] += s.p[w] * m.mutual[b] / m.max[v]
                    triangles += 1
                }
            }
            var c = 0.0
            var e = 0.0
            s.local.removeAll(keepingCapacity: true)
            for a in contacts {
                let v = m.graph.target(ofArc: a)
                let lc = (s.p[v] + s.indirect[v]) * (s.p[v] + s.indirect[v])
                s.local.append(lc)
                c += lc
                e += 1 - s.redundancy[v]
            }
            let k = Double(contacts.count)
            if borgatti {
                // Each tie among contacts was seen twice (once from each end).
                e = k - Double(triangles) / k
            }
            var hierarchy = Double.nan
            if contacts.count >= 2 {
                var h = 0.0
                for lc in s.local where lc > 0 {
                    let r = lc / (c / k)
                    h += r * log(r)
                }
                hierarchy = h / (k * log(k))
            }
            for a in contacts {
                let w = m.graph.target(ofArc: a)
                s.isContact[w] = false
                s.p[w] = 0
                s.indirect[w] = 0
                s.redundancy[w] = 0
            }
            return (c, e, hierarchy)
        }
        let constraint = values.map { $0.0 }
        let effective = values.map { $0.1 }
        let hierarchy = values.map { $0.2 }
        let efficiency = (0..<n).map { u in effective[u] / Double(m.graph.degree(u)) }
        return StructuralHoles(
            constraint: constraint,
            effectiveSize: effective,
            efficiency: efficiency,
            hierarchy: hierarchy
        )
    }
}

/// The undirected contact graph of a graph with the mutual weight a_uv + a_vu on each
/// arc, and per node the sum and maximum of its mutual weights.
struct MutualWeights {
    let graph: CSRGraph
    let mutual: [Double]
    let sum: [Double]
    let max: [Double]

    init(_ g: CSRGraph, weighted: Bool) {
        // Every arc becomes an undirected edge, so the contact graph needs 2 · arcCount arcs
        // before merging; more than Int32 indices allow is a capacity limit, not bad input.
        precondition(2 * g.arcCount < Int(Int32.max), "structural holes: the contact graph exceeds 2³¹ − 1 arcs")
        var b = GraphBuilder(directed: false, weighted: true, duplicates: .sumWeights)
        b.reserve(nodes: g.nodeCount, edges: g.arcCount)
        for id in g.nodes.ids { b.addNode(id) }
        for u in 0..<g.nodeCount {
            for a in g.arcRange(u) {
                let v = g.target(ofArc: a)
                guard v != u else { continue }
                // Undirected: the arc u→v and its twin v→u both add w, so mutual = 2w as in NetworkX.
                // Cannot throw: u and v are indices of the nodes just added (node ids are distinct),
                // u ≠ v, and a CSRGraph's weights are positive and finite (GraphBuilder and
                // mappingWeights check them), as is 1.
                try! b.addEdge(index: u, index: v, weight: weighted ? g.weight(ofArc: a) : 1)
            }
        }
        // Cannot throw: build() fails only with .tooLarge, and g's nodes fit as do the
        // 2 · arcCount arcs (checked above).
        graph = try! b.build()
        mutual = Array(graph.weights)
        var s = [Double](repeating: 0, count: g.nodeCount)
        var mx = [Double](repeating: 0, count: g.nodeCount)
        for u in 0..<graph.nodeCount {
            for a in graph.arcRange(u) {
                s[u] += mutual[a]
                mx[u] = Swift.max(mx[u], mutual[a])
            }
        }
        sum = s
        max = mx
    }
}

/// One worker's buffers for ``CSRGraph/structuralHoles(weighted:threads:)``, indexed by node
/// and zero (false) again after each node.
private struct HoleScratch {
    /// p_uw for the contacts w of u.
    var p: [Double]
    var isContact: [Bool]
    /// Σ_w p_uw p_wv.
    var indirect: [Double]
    /// Σ_w p_uw m_vw / max_x m_vx.
    var redundancy: [Double]
    /// The local constraints of u's contacts.
    var local: [Double] = []

    init(nodeCount n: Int) {
        p = [Double](repeating: 0, count: n)
        isContact = [Bool](repeating: false, count: n)
        indirect = [Double](repeating: 0, count: n)
        redundancy = [Double](repeating: 0, count: n)
    }
}
