import KlyngeGraph

/// The one rule for "top broker", shared by the report's key findings, the brokers table
/// (`klynge brokers`, default sort) and the brokers map: members ranked by their
/// **brokerage total**, the number of ordered pairs of their partners (a, c) who have no tie of
/// their own (Gould and Fernandez 1989, all five roles together, doi:10.2307/270949), highest
/// first; ties by member id (UTF-8 bytes, as `Ranking.idPrecedes`).
///
/// On undirected ties the total does not depend on how members are grouped (the roles only
/// split it), so the same members come first whether clusters or kinds colour a map.
///
/// ```swift
/// let graph = try eco.collaborationGraph()
/// let totals = BrokerRanking.totals(graph)
/// let top = BrokerRanking.order(totals: totals, ids: graph.nodes.ids).prefix(10)
/// ```
public enum BrokerRanking {
    /// Each node's brokerage total: ordered pairs of its neighbours with no arc between them
    /// (`networkx`-free definition; equal to `sna::brokerage`'s total, column `t`).
    ///
    /// - Parameters:
    ///   - graph: the collaboration graph (any graph: directed arcs count a → b → c).
    ///   - threads: worker threads (nil: every core); the result is the same for any value.
    /// - Returns: one total per node, in node order.
    /// - Complexity: O(Σ_b Σ_{a ∈ N(b)} (d(a) + d(b))) time, O(V) extra space per thread.
    public static func totals(_ graph: CSRGraph, threads: Int? = nil) -> [Double] {
        graph.brokerageRoles(group: [Int](repeating: 0, count: graph.nodeCount), threads: threads).raw.map { $0[5] }
    }

    /// Node indices in top-broker order: `totals` descending, ties by `ids` (UTF-8 bytes).
    ///
    /// ```swift
    /// BrokerRanking.order(totals: [2, 6, 6], ids: ["c", "b", "a"])  // [2, 1, 0]
    /// ```
    /// - Parameters:
    ///   - totals: each node's brokerage total (``totals(_:threads:)``); NaN ranks last.
    ///   - ids: each node's id.
    /// - Returns: every node index, best broker first.
    /// - Complexity: O(*n* log *n*).
    public static func order(totals: [Double], ids: [String]) -> [Int] {
        precondition(totals.count == ids.count, "one total per id")
        return totals.indices.ranked(score: { totals[$0].isNaN ? -Double.infinity : totals[$0] }, id: { ids[$0] })
    }
}
