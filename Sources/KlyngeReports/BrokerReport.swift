import KlyngeEcosystem
import KlyngeGraph

/// Everything `klynge brokers` reports, computed once: Gould–Fernandez roles for a
/// partition into groups, Burt's structural holes, betweenness, sole bridges between
/// groups and articulation points.
public struct BrokerAnalysis: Sendable {
    public let graph: CSRGraph
    public let groups: NodeGroups
    public let roles: BrokerageRoles
    public let holes: StructuralHoles
    /// Normalised betweenness on hop counts (NetworkX `betweenness_centrality`).
    public let betweenness: [Double]
    /// Group pairs and the nodes every shortest connection between them passes.
    public let bridges: GroupBridges
    /// For each node, how many group pairs it is a sole bridge for.
    public let soleBridgeCounts: [Int]
    public let articulationPoints: Set<Int>

    /// The columns of the table, in order: the issue's fixed set first, then the z-scores,
    /// then Klynge's extras.
    public static let columns = [
        "node", "group", "coordinator", "itinerant", "representative", "gatekeeper", "liaison",
        "brokerage_total", "constraint", "effective_size", "efficiency", "hierarchy", "betweenness",
    ]
    public static let zColumns = [
        "coordinator_z", "itinerant_z", "representative_z", "gatekeeper_z", "liaison_z", "brokerage_total_z",
    ]
    public static let extraColumns = ["sole_bridges", "cut_vertex"]
    /// The columns ``order(by:)`` sorts by: every numeric one.
    public static let sortColumns = Array(columns.dropFirst(2)) + zColumns + ["sole_bridges"]

    /// Computes every measure. `weighted` uses tie strengths for the structural holes;
    /// roles and betweenness count ties, not strengths (Gould–Fernandez and NetworkX's
    /// unweighted `betweenness_centrality`).
    /// - Complexity: O(V·E) for betweenness; the rest O(Σ d² + g²(V + E)).
    /// `betweenness`, when given, is used instead of computing it again.
    public init(
        graph: CSRGraph,
        groups: NodeGroups,
        weighted: Bool,
        threads: Int? = nil,
        control: ComputeControl? = nil,
        betweenness known: [Double]? = nil
    ) throws {
        precondition(groups.primary.count == graph.nodeCount)
        self.graph = graph
        self.groups = groups
        roles = graph.brokerageRoles(group: groups.primary, threads: threads)
        holes = graph.structuralHoles(weighted: weighted, threads: threads)
        betweenness = try known ?? graph.betweenness(threads: threads, control: control)
        bridges = graph.groupBridges(groupsOf: groups.all, groupCount: groups.names.count, threads: threads)
        soleBridgeCounts = bridges.counts(nodeCount: graph.nodeCount)
        articulationPoints = Set(graph.cutVerticesAndBridges().articulationPoints)
    }

    /// Node order: by `sortKey` (a column name) descending, then betweenness, then id; the
    /// default, `brokerage_total`, is the one top-broker rule (``BrokerRanking``: ties by id).
    /// - Throws: ``ReportError`` for an unknown sort column.
    public func order(by sortKey: String = "brokerage_total") throws(ReportError) -> [Int] {
        if sortKey == "brokerage_total" {
            return BrokerRanking.order(totals: roles.raw.map { $0[5] }, ids: graph.nodes.ids)
        }
        guard let key = value(sortKey) else {
            throw ReportError(
                "cannot sort by '\(sortKey)' (choose from \(Self.sortColumns.joined(separator: ", ")))"
            )
        }
        let ids = graph.nodes.ids
        let k = (0..<graph.nodeCount).map { key($0).isNaN ? -Double.infinity : key($0) }
        return (0..<graph.nodeCount).sorted { a, b in
            if k[a] != k[b] { return k[a] > k[b] }
            return Ranking.precedes((betweenness[a], ids[a]), (betweenness[b], ids[b]))
        }
    }

    /// The numeric value of column `name` for a node, or nil for a non-numeric column.
    func value(_ name: String) -> ((Int) -> Double)? {
        if let r = BrokerageRoles.Role.allCases.first(where: { Self.columns[2 + $0.rawValue] == name }) {
            return { roles.raw[$0][r.rawValue] }
        }
        if let i = Self.zColumns.firstIndex(of: name) { return { roles.z[$0][i] } }
        switch name {
        case "constraint": return { holes.constraint[$0] }
        case "effective_size": return { holes.effectiveSize[$0] }
        case "efficiency": return { holes.efficiency[$0] }
        case "hierarchy": return { holes.hierarchy[$0] }
        case "betweenness": return { betweenness[$0] }
        case "sole_bridges": return { Double(soleBridgeCounts[$0]) }
        default: return nil
        }
    }

    /// One row per node in `order`, `top` rows at most; `names` adds a `name` column
    /// after `group` (dataset members).
    public func table(order: [Int], top: Int? = nil, names: [String]? = nil) -> Table {
        var columns = Self.columns
        if names != nil { columns.insert("name", at: 1) }
        columns += Self.zColumns + Self.extraColumns
        let rows = order.prefix(top ?? order.count).map { v -> [Table.Cell] in
            var row: [Table.Cell] = [.text(graph.nodes[v])]
            if let names { row.append(.text(names[v])) }
            row.append(.text(groups.names[groups.primary[v]]))
            row += (0..<6).map { .integer(Int(roles.raw[v][$0])) }
            row += [
                holes.constraint[v], holes.effectiveSize[v], holes.efficiency[v], holes.hierarchy[v], betweenness[v],
            ].map(Table.Cell.number)
            row += roles.z[v].map(Table.Cell.number)
            row += [.integer(soleBridgeCounts[v]), .text(articulationPoints.contains(v) ? "yes" : "no")]
            return row
        }
        return Table(columns: columns, rows: rows)
    }

    /// Group pairs with their distance and sole bridges, as a table (for reports).
    public func bridgeTable(names: [String]? = nil) -> Table {
        let label = { (v: Int) in names.map { "\($0[v]) (\(graph.nodes[v]))" } ?? graph.nodes[v] }
        let rows = bridges.pairs.map { p -> [Table.Cell] in
            [
                .text(groups.names[p.a]), .text(groups.names[p.b]),
                p.distance.map { .integer($0) } ?? .text("not connected"),
                .text(p.soleBridges.map(label).joined(separator: "; ")),
            ]
        }
        return Table(columns: ["group_a", "group_b", "distance", "sole_bridges"], rows: rows)
    }
}
