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
        var constraint = [Double](repeating: .nan, count: n)
        var effective = [Double](repeating: .nan, count: n)
        var hierarchy = [Double](repeating: .nan, count: n)
        let borgatti = !isDirected && !(weighted && isWeighted)
        constraint.withUnsafeMutableBufferPointer { cBuf in
            effective.withUnsafeMutableBufferPointer { eBuf in
                hierarchy.withUnsafeMutableBufferPointer { hBuf in
                    // Safety: each chunk writes only index u of its own disjoint range of the
                    // three buffers; parallelChunks returns after every chunk has finished.
                    nonisolated(unsafe) let cOut = cBuf
                    nonisolated(unsafe) let eOut = eBuf
                    nonisolated(unsafe) let hOut = hBuf
                    parallelChunks(count: n, threads: threads, minChunk: 256) { range in
                        var p = [Double](repeating: 0, count: n)  // p_uw for contacts w of u
                        var isContact = [Bool](repeating: false, count: n)
                        var indirect = [Double](repeating: 0, count: n)  // Σ_w p_uw p_wv
                        var redundancy = [Double](repeating: 0, count: n)  // Σ_w p_uw m_vw
                        var local: [Double] = []
                        for u in range {
                            let contacts = m.graph.arcRange(u)
                            if contacts.isEmpty { continue }
                            for a in contacts {
                                let w = m.graph.target(ofArc: a)
                                isContact[w] = true
                                p[w] = m.mutual[a] / m.sum[u]
                            }
                            var triangles = 0
                            for a in contacts {
                                let w = m.graph.target(ofArc: a)
                                for b in m.graph.arcRange(w) {
                                    let v = m.graph.target(ofArc: b)
                                    guard v != u, isContact[v] else { continue }
                                    indirect[v] += p[w] * m.mutual[b] / m.sum[w]
                                    redundancy[v] += p[w] * m.mutual[b] / m.max[v]
                                    triangles += 1
                                }
                            }
                            var c = 0.0
                            var e = 0.0
                            local.removeAll(keepingCapacity: true)
                            for a in contacts {
                                let v = m.graph.target(ofArc: a)
                                let lc = (p[v] + indirect[v]) * (p[v] + indirect[v])
                                local.append(lc)
                                c += lc
                                e += 1 - redundancy[v]
                            }
                            let k = Double(contacts.count)
                            if borgatti {
                                // Each tie among contacts was seen twice (once from each end).
                                e = k - Double(triangles) / k
                            }
                            cOut[u] = c
                            eOut[u] = e
                            if contacts.count >= 2 {
                                var h = 0.0
                                for lc in local where lc > 0 {
                                    let r = lc / (c / k)
                                    h += r * log(r)
                                }
                                hOut[u] = h / (k * log(k))
                            }
                            for a in contacts {
                                let w = m.graph.target(ofArc: a)
                                isContact[w] = false
                                p[w] = 0
                                indirect[w] = 0
                                redundancy[w] = 0
                            }
                        }
                    }
                }
            }
        }
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
