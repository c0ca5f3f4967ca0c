import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeMatching
import KlyngeReports

/// Everything `klynge serve` answers from, computed once at start and then shared read-only by
/// every request: the dataset, its collaboration graph, the centralities (with each member's
/// rank on each), the brokerage analysis between clusters and the matching index.
///
/// A value type of immutable arrays: requests on any thread read it without locks.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
/// let served = try ServedDataset(eco) { step in print(step) }
/// print(served.rank[.betweenness]![0])  // 1-based rank of the first member
/// ```
public struct ServedDataset: Sendable {
    /// The measures computed at start, in the order pages list them.
    public static let measures: [Measure] = [.degree, .betweenness, .closeness, .pagerank, .eigenvector, .core]

    public let ecosystem: Ecosystem
    /// The matching index over every project (no time cut).
    public let context: MatchingContext
    /// The collaboration graph: members as nodes (index = member index), shared projects as weights.
    public var graph: CSRGraph { context.graph }
    /// Values by measure, indexed by member. A measure that failed (eigenvector centrality not
    /// converging) is absent and named in ``notes``.
    public let centrality: [Measure: [Double]]
    /// 1-based rank of each member on each measure: value descending, ties by member id.
    public let rank: [Measure: [Int]]
    /// Brokerage roles, structural holes and sole bridges between clusters (between kinds when
    /// the dataset has no clusters).
    public let brokers: BrokerAnalysis
    /// Members by brokerage total, then betweenness, then id (`klynge brokers`' default order).
    public let brokerOrder: [Int]
    /// The dataset's topics, most members first (`Ecosystem.topicCounts()`); the match form offers
    /// them, and `Ecosystem.topicVocabulary` reads Norwegian and English synonyms of them.
    public let topics: [String]
    /// What did not go as asked while preparing (a measure not computed), for stderr and pages.
    public let notes: [String]
    /// Each member's name under `foldedKey` (lower case, no accents), for the search box.
    public let foldedNames: [String]
    /// The supercluster map, drawn once on first use (``superclusterMap()``) and kept.
    let maps = MapCache()

    /// Loads nothing: computes everything from `eco`, reporting each step to `progress`.
    ///
    /// - Complexity: dominated by betweenness, O(V·E), run on `threads` cores.
    /// - Throws: `GraphError` when the collaboration graph cannot be built, `CancellationError`
    ///   when `control` is cancelled.
    public init(
        _ eco: Ecosystem,
        threads: Int? = nil,
        control: ComputeControl? = nil,
        progress: (String) -> Void = { _ in }
    ) throws {
        ecosystem = eco
        progress("matching index")
        context = try MatchingContext(eco)
        let graph = context.graph
        var options = CentralityOptions()
        options.threads = threads
        var values: [Measure: [Double]] = [:]
        var ranks: [Measure: [Int]] = [:]
        var notes: [String] = []
        for m in Self.measures {
            progress("centrality: \(m.rawValue)")
            do {
                let v = try computeCentrality(graph, measures: [m], options: options, control: control).values[m]!
                values[m] = v
                var r = [Int](repeating: 0, count: v.count)
                for (position, i) in v.indices.ranked(score: { v[$0] }, id: { eco.members[$0].id }).enumerated() {
                    r[i] = position + 1
                }
                ranks[m] = r
            } catch let e as ReportError {
                notes.append("\(m.rawValue) not computed: \(e.description)")
            }
        }
        centrality = values
        rank = ranks
        progress("brokerage")
        let groups = try eco.groups(by: .cluster, graph: graph)
        brokers = try BrokerAnalysis(
            graph: graph,
            groups: groups,
            weighted: true,
            threads: threads,
            control: control,
            betweenness: values[.betweenness]
        )
        brokerOrder = try brokers.order(by: "brokerage_total")
        topics = eco.topicCounts().map(\.topic)
        foldedNames = eco.members.map { foldedKey($0.name) }
        self.notes = groups.notes + notes
    }
}
