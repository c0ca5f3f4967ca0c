import KlyngeGraph

/// The centrality measures `klynge centrality` can report, each matching one
/// NetworkX function (see the KlyngeGraph method it calls).
public enum Measure: String, CaseIterable, Sendable {
    case degree, betweenness, closeness, harmonic, eigenvector, pagerank, core, clustering

    /// One sentence on what the measure says about a node, for reports and help.
    public var meaning: String {
        switch self {
        case .degree: return "share of the other nodes it is tied to directly"
        case .betweenness: return "share of shortest paths between others that run through it (brokerage)"
        case .closeness: return "how few steps it needs to reach everyone it can reach (Wasserman–Faust)"
        case .harmonic: return "sum of 1/distance to every other node; robust on disconnected graphs"
        case .eigenvector: return "tied to nodes that are themselves well tied"
        case .pagerank: return "chance a random walker following ties is there (damping 0.85)"
        case .core: return "the deepest k-core it belongs to: the cohesive centre has the highest"
        case .clustering: return "share of its neighbours' pairs that are tied to each other"
        }
    }

    /// Parses a comma-separated list such as `degree,pagerank`.
    /// - Throws: a message naming the unknown measure and the valid ones.
    public static func parseList(_ text: String) throws(ReportError) -> [Measure] {
        var out: [Measure] = []
        for raw in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = raw.trimmingCharacters(in: " ").lowercased()
            guard let m = Measure(rawValue: name) ?? Measure.aliases[name] else {
                throw ReportError(
                    "unknown measure '\(name)' (choose from \(Measure.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            if !out.contains(m) { out.append(m) }
        }
        if out.isEmpty { throw ReportError("no measure given") }
        return out
    }

    static let aliases: [String: Measure] = [
        "kcore": .core, "core_number": .core, "k-core": .core, "page_rank": .pagerank,
    ]
}

/// An error in a report's parameters, with a one-line message.
public struct ReportError: KlyngeError, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ message: String) { description = message }
}

/// How `klynge centrality` computes its measures.
public struct CentralityOptions: Sendable {
    /// Use edge weights: as lengths for betweenness, closeness and harmonic; as
    /// strengths for eigenvector, PageRank and clustering (NetworkX's conventions).
    public var weighted = false
    /// Estimate betweenness from this many sampled sources (NetworkX `k=`).
    public var sampledSources: Int?
    /// Estimate betweenness with this (ε, δ) guarantee (path sampling stopped by KADABRA's
    /// adaptive rule).
    public var epsilon: Double?
    public var delta = 0.1
    /// PageRank and eigenvector centrality: nil iterates to the fixed point; a value T stops by
    /// NetworkX's rule (a step's L1 change below n · T), to reproduce NetworkX's numbers.
    public var tolerance: Double?
    public var seed: UInt64 = 42
    public var threads: Int?
    /// When set (and `weighted`), betweenness, closeness and harmonic run on this
    /// graph instead: the same nodes and edges with weights read as lengths. Used
    /// for collaboration graphs, whose weights are strengths (distance = 1/strength).
    public var distanceGraph: CSRGraph?
    public init() {}
}

/// A computed centrality table: one row per node, sorted.
public struct CentralityResult: Sendable {
    public let measures: [Measure]
    /// Node ids in output order: first measure descending, ties by id (UTF-8 byte order).
    public let order: [Int]
    public let graph: CSRGraph
    /// Values by measure, each indexed by node index.
    public let values: [Measure: [Double]]
    /// Notes for the user (e.g. how betweenness was estimated), for stderr.
    public let notes: [String]

    /// The result as a table with a `node` column (plus `name` when `names` is
    /// given: one per node index), then one column per measure, in `top` rows at most.
    public func table(top: Int? = nil, names: [String]? = nil) -> Table {
        let columns = measures.map { (isCore: $0 == .core, values: values[$0]!) }
        let rows = order.prefix(top ?? order.count).map { v -> [Table.Cell] in
            var row: [Table.Cell] = [.text(graph.nodes[v])]
            row.reserveCapacity(2 + columns.count)
            if let names { row.append(.text(names[v])) }
            for c in columns { row.append(c.isCore ? .integer(Int(c.values[v])) : .number(c.values[v])) }
            return row
        }
        return Table(columns: ["node"] + (names == nil ? [] : ["name"]) + measures.map(\.rawValue), rows: rows)
    }
}

/// Computes the measures on `graph`.
///
/// - Complexity: dominated by betweenness, closeness and harmonic: O(*V* · *E*).
/// - Throws: ``ReportError`` for bad options or a measure that fails (e.g.
///   eigenvector centrality not converging), `CancellationError` when cancelled.
public func computeCentrality(
    _ graph: CSRGraph,
    measures: [Measure],
    options: CentralityOptions,
    control: ComputeControl? = nil
) throws -> CentralityResult {
    var values: [Measure: [Double]] = [:]
    var notes: [String] = []
    let w = options.weighted
    let paths = w ? (options.distanceGraph ?? graph) : graph
    for m in measures {
        do {
            switch m {
            case .degree: values[m] = graph.degreeCentrality()
            case .betweenness:
                if let k = options.sampledSources {
                    guard k >= 1 else { throw ReportError("sampled betweenness needs at least 1 source") }
                    let k = min(k, graph.nodeCount)
                    values[m] = try paths.betweenness(
                        sampledSources: k,
                        seed: options.seed,
                        weighted: w,
                        threads: options.threads,
                        control: control
                    )
                    notes.append(
                        "betweenness estimated from \(k) of \(graph.nodeCount) sources sampled with seed \(options.seed)"
                    )
                } else if let eps = options.epsilon {
                    let est = try paths.approximateBetweenness(
                        epsilon: eps,
                        delta: options.delta,
                        seed: options.seed,
                        weighted: w,
                        threads: options.threads,
                        control: control
                    )
                    values[m] = est.scores
                    notes.append(
                        "betweenness estimated from \(est.samples) sampled shortest paths (seed \(options.seed)), where KADABRA's adaptive rule stopped (at most \(est.sampleCap); \(est.calibrationSamples) more drawn first to calibrate it): every value within ±\(eps) of the exact one with probability ≥ \(1 - options.delta)"
                    )
                } else {
                    values[m] = try paths.betweenness(weighted: w, threads: options.threads, control: control)
                }
            case .closeness: values[m] = try paths.closeness(weighted: w, threads: options.threads, control: control)
            case .harmonic: values[m] = try paths.harmonic(weighted: w, threads: options.threads, control: control)
            case .eigenvector: values[m] = try graph.eigenvector(tolerance: options.tolerance, weighted: w)
            case .pagerank:
                values[m] = try graph.pagerank(tolerance: options.tolerance, weighted: w, threads: options.threads)
            case .core: values[m] = graph.coreNumbers().map(Double.init)
            case .clustering: values[m] = graph.clustering(weighted: w, threads: options.threads)
            }
        } catch let e as GraphError {
            throw ReportError("\(m.rawValue): \(e.description)")
        }
    }
    let key = values[measures[0]]!.map { $0.isNaN ? -Double.infinity : $0 }
    let ids = graph.nodes.ids
    let order = (0..<graph.nodeCount).ranked(score: { key[$0] }, id: { ids[$0] })
    return CentralityResult(measures: measures, order: order, graph: graph, values: values, notes: notes)
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
