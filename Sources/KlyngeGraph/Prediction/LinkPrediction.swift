#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Neighbourhood scores for a possible tie u – v on an undirected graph, as NetworkX's
/// link-prediction functions define them (unweighted; arc directions ignored).
public enum LinkScore: String, Sendable, CaseIterable {
    /// |N(u) ∩ N(v)| — `networkx.common_neighbor_centrality` with α = 1, i.e. the count.
    case commonNeighbours = "common-neighbours"
    /// |N(u) ∩ N(v)| / |N(u) ∪ N(v)| — `networkx.jaccard_coefficient` (0 when both are isolated).
    case jaccard
    /// Σ_{w ∈ N(u) ∩ N(v)} 1 / ln d(w) — `networkx.adamic_adar_index`.
    case adamicAdar = "adamic-adar"
    /// Σ_{w ∈ N(u) ∩ N(v)} 1 / d(w) — `networkx.resource_allocation_index`.
    case resourceAllocation = "resource-allocation"
    /// d(u) · d(v) — `networkx.preferential_attachment`.
    case preferentialAttachment = "preferential-attachment"
}

extension CSRGraph {
    /// `score` of the pair (u, v) for every v in `candidates`, in order.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let common = graph.linkScores(.commonNeighbours, from: 0, to: [2])  // [2.0]: b and d
    /// ```
    ///
    /// - Complexity: O(d(u) · d̄ + |candidates|): one pass over u's two-step neighbourhood.
    public func linkScores(_ score: LinkScore, from u: Int, to candidates: [Int]) -> [Double] {
        if score == .preferentialAttachment {
            return candidates.map { Double(degree(u) * degree($0)) }
        }
        // Accumulate over the common neighbours w of u and every node two steps away.
        var acc: [Int: Double] = [:]
        var common: [Int: Int] = [:]
        for a in arcRange(u) {
            let w = target(ofArc: a)
            if w == u { continue }
            let dw = Double(degree(w))
            for b in arcRange(w) {
                let v = target(ofArc: b)
                if v == u || v == w { continue }
                common[v, default: 0] += 1
                switch score {
                case .adamicAdar: acc[v, default: 0] += dw > 1 ? 1 / log(dw) : 0
                case .resourceAllocation: acc[v, default: 0] += 1 / dw
                default: break
                }
            }
        }
        let du = neighborSet(u)
        return candidates.map { v in
            switch score {
            case .commonNeighbours: return Double(common[v] ?? 0)
            case .jaccard:
                let c = common[v] ?? 0
                let union = du.count + neighborSet(v).count - c
                return union == 0 ? 0 : Double(c) / Double(union)
            case .adamicAdar, .resourceAllocation: return acc[v] ?? 0
            case .preferentialAttachment: return Double(degree(u) * degree(v))
            }
        }
    }

    /// The distinct neighbours of `v` other than itself.
    func neighborSet(_ v: Int) -> Set<Int> {
        var s = Set<Int>()
        for a in arcRange(v) where target(ofArc: a) != v { s.insert(target(ofArc: a)) }
        return s
    }
}
