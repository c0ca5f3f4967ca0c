#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Neighbourhood scores for a possible tie u – v on an undirected graph, as NetworkX's
/// link-prediction functions define them (unweighted; arc directions ignored). The raw
/// values are the names `klynge evaluate` prints for the same scores.
public enum LinkScore: String, Sendable, CaseIterable {
    /// |N(u) ∩ N(v)| — `networkx.common_neighbor_centrality` with α = 1, i.e. the count.
    case commonNeighbours = "common_neighbours"
    /// |N(u) ∩ N(v)| / |N(u) ∪ N(v)| — `networkx.jaccard_coefficient` (0 when both are isolated).
    case jaccard
    /// Σ_{w ∈ N(u) ∩ N(v)} 1 / ln d(w) — `networkx.adamic_adar_index`.
    case adamicAdar = "adamic_adar"
    /// Σ_{w ∈ N(u) ∩ N(v)} 1 / d(w) — `networkx.resource_allocation_index`.
    case resourceAllocation = "resource_allocation"
    /// d(u) · d(v) — `networkx.preferential_attachment`.
    case preferentialAttachment = "preferential_attachment"
}

/// Every ``LinkScore`` of one source against a list of candidates, in candidate order.
public struct LinkScores: Sendable, Equatable {
    public var commonNeighbours: [Double]
    public var jaccard: [Double]
    public var adamicAdar: [Double]
    public var resourceAllocation: [Double]
    public var preferentialAttachment: [Double]

    /// Zeros for `count` candidates (a source with no ties).
    public init(zeros count: Int) {
        let zeros = [Double](repeating: 0, count: count)
        commonNeighbours = zeros
        jaccard = zeros
        adamicAdar = zeros
        resourceAllocation = zeros
        preferentialAttachment = zeros
    }

    /// The values of one score.
    public subscript(_ score: LinkScore) -> [Double] {
        switch score {
        case .commonNeighbours: commonNeighbours
        case .jaccard: jaccard
        case .adamicAdar: adamicAdar
        case .resourceAllocation: resourceAllocation
        case .preferentialAttachment: preferentialAttachment
        }
    }
}

/// The link-prediction pass: all five ``LinkScore``s of a source u against candidates from
/// one sweep of u's two-step neighbourhood, the definitions of NetworkX's
/// `common_neighbors`, `jaccard_coefficient`, `adamic_adar_index`,
/// `resource_allocation_index` and `preferential_attachment` (Liben-Nowell & Kleinberg 2007,
/// "The link-prediction problem for social networks"; Zhou, Lü & Zhang 2009 for resource
/// allocation).
///
/// Build it once per graph (it stores each node's number of distinct neighbours, Jaccard's
/// set sizes), then give each worker its own ``Scratch``: the sweep accumulates into dense
/// per-node buffers and clears only the entries it touched, so a query costs its
/// neighbourhood, not the graph. Sums run in arc order, so the scores are the same bits
/// whatever the thread count.
///
/// ```swift
/// var builder = GraphBuilder(directed: false, weighted: false)
/// for (u, v) in [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")] { try builder.addEdge(u, v) }
/// let pass = LinkPrediction(try builder.build())
/// var scratch = LinkPrediction.Scratch(nodeCount: pass.graph.nodeCount)
/// let s = pass.scores(from: 0, to: [2], scratch: &scratch)  // a – c: common 2, Jaccard 1, Adamic–Adar 2/ln 2
/// ```
///
/// Arcs count as given: a tie stored twice counts twice, a self-loop never counts as a
/// common neighbour (as in NetworkX, whose simple graphs have neither).
public struct LinkPrediction: Sendable {
    public let graph: CSRGraph
    /// Each node's distinct neighbours other than itself: |N(v)| in Jaccard's union.
    let distinctDegree: [Int32]

    /// - Complexity: O(n + m), for the distinct-neighbour counts.
    public init(_ graph: CSRGraph) {
        self.graph = graph
        var stamp = [Int32](repeating: -1, count: graph.nodeCount)
        distinctDegree = (0..<graph.nodeCount).map { v in
            var d: Int32 = 0
            for a in graph.arcRange(v) {
                let w = graph.target(ofArc: a)
                if w != v && stamp[w] != Int32(v) {
                    stamp[w] = Int32(v)
                    d += 1
                }
            }
            return d
        }
    }

    /// One worker's accumulators, dense over the nodes and all zero between sweeps.
    public struct Scratch: Sendable {
        var common: [Int32]
        var adamicAdar: [Double]
        var resource: [Double]
        var touched: [Int32] = []

        /// - Complexity: O(nodeCount).
        public init(nodeCount: Int) {
            common = [Int32](repeating: 0, count: nodeCount)
            adamicAdar = [Double](repeating: 0, count: nodeCount)
            resource = [Double](repeating: 0, count: nodeCount)
        }
    }

    /// Every score of the pairs (u, v) for v in `candidates`, in order, using `scratch`
    /// (which must be sized for this graph and is left all zero again).
    /// - Complexity: O(Σ_{w ∈ N(u)} d(w) + |candidates|): one sweep of u's two-step neighbourhood.
    public func scores(from u: Int, to candidates: [Int], scratch: inout Scratch) -> LinkScores {
        let g = graph
        precondition(scratch.common.count == g.nodeCount, "the scratch is sized for another graph")
        for a in g.arcRange(u) {
            let w = g.target(ofArc: a)
            if w == u { continue }
            let dw = Double(g.degree(w))
            for b in g.arcRange(w) {
                let v = g.target(ofArc: b)
                if v == u || v == w { continue }
                if scratch.common[v] == 0 { scratch.touched.append(Int32(v)) }
                scratch.common[v] += 1
                scratch.adamicAdar[v] += dw > 1 ? 1 / log(dw) : 0
                scratch.resource[v] += 1 / dw
            }
        }
        var out = LinkScores(zeros: 0)
        out.commonNeighbours = candidates.map { Double(scratch.common[$0]) }
        let du = Int(distinctDegree[u])
        out.jaccard = candidates.map { v in
            let c = Int(scratch.common[v])
            let union = du + Int(distinctDegree[v]) - c
            return union == 0 ? 0 : Double(c) / Double(union)
        }
        out.adamicAdar = candidates.map { scratch.adamicAdar[$0] }
        out.resourceAllocation = candidates.map { scratch.resource[$0] }
        out.preferentialAttachment = candidates.map { Double(g.degree(u) * g.degree($0)) }
        for v in scratch.touched {
            scratch.common[Int(v)] = 0
            scratch.adamicAdar[Int(v)] = 0
            scratch.resource[Int(v)] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
        return out
    }

    /// ``scores(from:to:scratch:)`` with a scratch of its own.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")] { try builder.addEdge(u, v) }
    /// let scores = LinkPrediction(try builder.build()).scores(from: 0, to: [2, 3])
    /// let ra = scores.resourceAllocation  // [1.0, 0.0]: b and d, each of degree 2, link a and c
    /// ```
    ///
    /// - Complexity: O(n) for the scratch plus the sweep.
    public func scores(from u: Int, to candidates: [Int]) -> LinkScores {
        var scratch = Scratch(nodeCount: graph.nodeCount)
        return scores(from: u, to: candidates, scratch: &scratch)
    }
}

extension CSRGraph {
    /// `score` of the pair (u, v) for every v in `candidates`, in order: one
    /// ``LinkPrediction`` pass (build a ``LinkPrediction`` once instead when scoring many sources).
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let common = graph.linkScores(.commonNeighbours, from: 0, to: [2])  // [2.0]: b and d
    /// ```
    ///
    /// - Complexity: O(n + m) to count distinct neighbours, plus one sweep of u's two-step neighbourhood.
    public func linkScores(_ score: LinkScore, from u: Int, to candidates: [Int]) -> [Double] {
        LinkPrediction(self).scores(from: u, to: candidates)[score]
    }
}
