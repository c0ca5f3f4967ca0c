import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports

/// `klynge brokers INPUT`: who bridges the groups, by Gould–Fernandez roles and Burt's structural holes.
struct Brokers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the brokers between groups: Gould–Fernandez roles, structural holes, sole bridges.",
        discussion: """
            INPUT is a dataset folder (members on their collaboration graph; groups default to \
            clusters) or an edge list (groups from --groups FILE.csv with node,group rows).

            For each node: Gould–Fernandez brokerage roles (raw counts of the ordered pairs a → b → c \
            it brokers with no tie a → c: coordinator A→A→A, itinerant B→A→B, representative A→A→B, \
            gatekeeper B→A→A, liaison B→A→C; z-scores against random ties at the same density, as R \
            sna::brokerage), Burt's constraint, effective size, efficiency and hierarchy (NetworkX \
            constraint/effective_size), betweenness, how many group pairs lose their closest \
            connection without it (sole_bridges) and whether removing it splits its component \
            (cut_vertex). An undirected tie counts in both directions.

            Rows are sorted by --sort, then betweenness, then id. The default, brokerage_total, \
            is the top-broker rule the report and the brokers map share: ties by id.
            """
    )

    @Argument(help: "Dataset folder or edge-list file.")
    var input: String

    @Option(
        help: ArgumentHelp(
            "Groups: cluster, kind or county (datasets), or a CSV of node,group rows.",
            valueName: "cluster|kind|county|FILE.csv"
        )
    )
    var groups: String?

    @Flag(help: "Edge list: treat edges as directed (source → target).")
    var directed = false

    @Flag(
        help: "Use tie weights as strengths for the structural-hole measures (always on for datasets: shared projects)."
    )
    var weighted = false

    @Option(help: "Sort column (any numeric column).")
    var sort = "brokerage_total"

    @Option(help: "Print only the first N rows.")
    var top: Int?

    @OptionGroup var graph: CollaborationOptions

    @OptionGroup var io: TableOutputOptions

    func validate() throws {
        if let t = top, t < 0 { throw ValidationError("--top must not be negative") }
        if !BrokerAnalysis.sortColumns.contains(sort) {
            throw ValidationError(
                "cannot sort by '\(sort)' (choose from \(BrokerAnalysis.sortColumns.joined(separator: ", ")))"
            )
        }
        if let g = groups, MemberGrouping.named(g) == nil, !g.lowercased().hasSuffix(".csv"),
            !FileManager.default.fileExists(atPath: g)
        {
            throw ValidationError("unknown --groups value '\(g)' (use cluster, kind, county or a FILE.csv)")
        }
    }

    func run() async throws {
        try await runReportingErrors {
            let loaded = try graph.load(input, directed: directed, weighted: weighted, threads: io.threads)
            let nodeGroups = try groups(of: loaded)
            let useWeights = loaded.ecosystem != nil || weighted
            let (g, t) = (loaded.graph, io.threads)
            let analysis = try await Progress.run("brokers") { c in
                try BrokerAnalysis(graph: g, groups: nodeGroups, weighted: useWeights, threads: t, control: c)
            }
            let order = try analysis.order(by: sort)
            if let eco = loaded.ecosystem, eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            for note in nodeGroups.notes { Diagnostics.note(note) }
            Diagnostics.note("\(g.nodeCount) nodes, \(g.edgeCount) ties, \(nodeGroups.names.count) groups")
            let names = loaded.ecosystem?.members.map(\.name)
            let table = analysis.table(order: order, top: top, names: names)
            let ranking =
                sort == "brokerage_total"
                ? "ranked by brokerage (pairs of partners linked who have no tie of their own), ties by id"
                : "sorted by \(sort), then betweenness, then id"
            let title =
                "Brokers in \(loaded.ecosystem?.name ?? URL(fileURLWithPath: input).lastPathComponent), \(ranking)"
            let titled = TitledTable(title: title, sheet: "Brokers", table: table)
            try io.write(titled, generator: "klynge brokers", protecting: [input] + (groups.map { [$0] } ?? []))
        }
    }

    /// The groups `--groups` names: a grouping of the dataset's members, a CSV file, or (none
    /// given) the clusters of a dataset and one group for an edge list.
    func groups(of loaded: AnalysisInput) throws -> NodeGroups {
        if let g = groups, let key = MemberGrouping.named(g) {
            guard let eco = loaded.ecosystem else {
                throw ReportError(
                    "--groups \(g) needs a dataset folder; for an edge list give a CSV of node,group rows"
                )
            }
            return try eco.groups(by: key, graph: loaded.graph)
        }
        if let file = groups { return try readNodeGroups(path: file, for: loaded.graph) }
        if let eco = loaded.ecosystem { return try eco.groups(by: .cluster) }
        return NodeGroups(
            names: ["all"],
            primary: [Int](repeating: 0, count: loaded.graph.nodeCount),
            notes: ["no --groups: every node is in one group, so only coordinator roles occur"]
        )
    }
}
