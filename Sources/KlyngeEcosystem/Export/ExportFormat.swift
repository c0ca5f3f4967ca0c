import KlyngeGraph

/// The formats `klynge export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML 1.0 (graphml.graphdrawing.org), for Gephi, yEd, Cytoscape, NetworkX.
    case graphml
    /// GEXF 1.2 (gexf.net), Gephi's own format.
    case gexf
    /// Graphviz DOT.
    case dot
    /// `source<TAB>target<TAB>weight`, read back by `klynge centrality`.
    case edgelist
    /// A folder of CSV files for Neo4j's bulk importer (``Ecosystem/bulkExport(_:weighting:years:includeRelations:)``).
    case neo4j
    /// A folder with `vertices.csv` and `edges.csv` for Spark GraphFrames.
    case graphframes

    /// Whether the format is a folder of files rather than one file.
    public var isFolder: Bool { self == .neo4j || self == .graphframes }
}

/// An export that cannot represent the data faithfully.
public struct ExportError: KlyngeError, Sendable, CustomStringConvertible {
    public let description: String
}

extension Ecosystem {
    /// The member attributes every export carries, in column order: (name, type, value per member).
    /// Types are GraphML's: `string`, `int`, `double`.
    func memberAttributeColumns() -> [(name: String, type: String, values: [String?])] {
        var cols: [(String, String, [String?])] = [
            ("name", "string", members.map(\.name)),
            ("kind", "string", members.map(\.kind.rawValue)),
            ("sector", "string", members.map(\.kind.sector)),
            ("clusters", "string", members.map { $0.clusters.isEmpty ? nil : $0.clusters.joined(separator: ";") }),
            ("primary_cluster", "string", members.map { $0.clusters.first }),
            ("county", "string", members.map(\.county)),
            ("municipality", "string", members.map(\.municipality)),
            ("topics", "string", members.map { $0.topics.isEmpty ? nil : $0.topics.joined(separator: ";") }),
            ("size", "int", members.map { $0.size.map(String.init) }),
            ("founded", "int", members.map { $0.founded.map(String.init) }),
            ("orgnr", "string", members.map(\.organisationNumber)),
        ]
        // Free attributes (unknown columns of members.csv), sorted by name.
        let extra = Set(members.flatMap { $0.attributes.keys }).sorted()
        let taken = Set(cols.map(\.0))
        for key in extra where !taken.contains(key) {
            cols.append((key, "string", members.map { $0.attributes[key] }))
        }
        return cols
    }

    /// The collaboration graph written as `format` (one file; the folder formats are
    /// ``bulkExport(_:weighting:years:includeRelations:)``).
    /// - Throws: ``ExportError`` when an id cannot be written (edge list) or `format` is a folder,
    ///   `GraphError`.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let graphML = try eco.export(.graphml, weighting: .newman)  // for Gephi, yEd, NetworkX
    /// ```
    ///
    /// - Complexity: O(*V* · attributes + *E*), after building the graph.
    public func export(
        _ format: ExportFormat,
        weighting: CollaborationWeighting = .sharedProjects,
        years: ClosedRange<Int>? = nil,
        includeRelations: Bool = false
    ) throws -> String {
        let g = try collaborationGraph(weighting: weighting, years: years, includeRelations: includeRelations)
        switch format {
        case .graphml: return graphML(g)
        case .gexf: return gexf(g)
        case .dot: return dot(g)
        case .edgelist: return try edgeList(g)
        case .neo4j, .graphframes:
            throw ExportError(description: "\(format.rawValue) writes a folder of files: use bulkExport(_:)")
        }
    }
}

/// Edges of an undirected graph as (u, v, weight) with u < v, in index order.
func undirectedEdges(_ g: CSRGraph) -> [(Int, Int, Double)] {
    var out: [(Int, Int, Double)] = []
    out.reserveCapacity(g.edgeCount)
    for u in 0..<g.nodeCount {
        for a in g.arcRange(u) where g.target(ofArc: a) > u { out.append((u, g.target(ofArc: a), g.weight(ofArc: a))) }
    }
    return out
}

/// Shortest round-trip text of a double (integers without a decimal point).
func numberText(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
}
