import Foundation
import KlyngeGraph

/// One file of a folder export (``Ecosystem/bulkExport(_:weighting:years:includeRelations:)``).
public struct ExportFile: Sendable, Equatable {
    /// The file's name in the folder (`members.csv`).
    public let name: String
    /// The file's text (UTF-8 when written).
    public let text: String
}

extension Ecosystem {
    /// The files of a folder export (``ExportFormat/neo4j`` or ``ExportFormat/graphframes``), for
    /// graphs past one machine's memory or for a graph database, each file RFC 4180 CSV (UTF-8,
    /// `,`, LF, quotes doubled), plus a `README.md` with the command that loads the folder.
    ///
    /// - ``ExportFormat/neo4j``: the CSV files of Neo4j's bulk importer (`neo4j-admin database
    ///   import full`, Neo4j 5 "Import" manual, header format): `members.csv` (`memberId:ID(Member)`,
    ///   the member attributes, lists as `string[]` split on `;`, `:LABEL` = `Member` and the kind),
    ///   `projects.csv` (`projectId:ID(Project)`, `:LABEL` = `Project`), `participations.csv`
    ///   (`:START_ID(Member)`, `:END_ID(Project)`, `role`, `:TYPE` = `PARTICIPATES_IN`),
    ///   `collaborations.csv` (each collaboration tie once, `weight:double`, `:TYPE` =
    ///   `COLLABORATES_WITH`) and, with relations, `relations.csv` (`:TYPE` = `RELATED_TO`).
    /// - ``ExportFormat/graphframes``: a GraphFrames graph (Spark): `vertices.csv` with the column
    ///   `id` and the member attributes, `edges.csv` with `src`, `dst`, `weight`, each tie in both
    ///   directions (GraphFrames graphs are directed; its PageRank and shortest paths then see the
    ///   undirected graph Klynge measures).
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// for file in try eco.bulkExport(.neo4j) { print(file.name) }  // members.csv, projects.csv, …
    /// ```
    ///
    /// - Throws: ``ExportError`` for a single-file format; `GraphError` from the collaboration graph.
    /// - Complexity: O(*V* · attributes + *P* + *E*) for *P* participations and *E* ties.
    public func bulkExport(
        _ format: ExportFormat,
        weighting: CollaborationWeighting = .sharedProjects,
        years: ClosedRange<Int>? = nil,
        includeRelations: Bool = false
    ) throws -> [ExportFile] {
        let g = try collaborationGraph(weighting: weighting, years: years, includeRelations: includeRelations)
        switch format {
        case .neo4j: return neo4jFiles(g)
        case .graphframes: return graphFramesFiles(g)
        default:
            throw ExportError(description: "\(format.rawValue) is one file, not a folder: use export(_:)")
        }
    }

    /// Writes ``bulkExport(_:weighting:years:includeRelations:)`` into a new folder at `path`,
    /// atomically (a temporary folder beside it, renamed into place).
    /// - Throws: ``InputError`` when `path` exists or cannot be written (nothing is written then).
    public func writeBulkExport(
        _ format: ExportFormat,
        to path: String,
        weighting: CollaborationWeighting = .sharedProjects,
        years: ClosedRange<Int>? = nil,
        includeRelations: Bool = false
    ) throws {
        let files = try bulkExport(format, weighting: weighting, years: years, includeRelations: includeRelations)
        try FolderWriter.write(
            files.map { ($0.name, $0.text) },
            to: path,
            replacing: false,
            existing: "already exists; give a new folder (an export never replaces files)",
            what: "the export"
        )
    }

    // MARK: Neo4j

    private func neo4jFiles(_ g: CSRGraph) -> [ExportFile] {
        let cols = memberAttributeColumns()
        var members = CSVText(["memberId:ID(Member)"] + cols.map { Self.neo4jHeader($0.name, $0.type) } + [":LABEL"])
        for (i, m) in self.members.enumerated() {
            members.row([m.id] + cols.map { $0.values[i] ?? "" } + ["Member;" + Self.label(m.kind.rawValue)])
        }
        var projects = CSVText([
            "projectId:ID(Project)", "title", "start", "end", "programme", "topics:string[]", ":LABEL",
        ])
        for p in self.projects {
            projects.row([
                p.id, p.title ?? "", p.start?.description ?? "", p.end?.description ?? "", p.programme ?? "",
                p.topics.joined(separator: ";"), "Project",
            ])
        }
        var parts = CSVText([":START_ID(Member)", ":END_ID(Project)", "role", ":TYPE"])
        for p in participations {
            parts.row([self.members[p.member].id, self.projects[p.project].id, p.role.rawValue, "PARTICIPATES_IN"])
        }
        var ties = CSVText([":START_ID(Member)", ":END_ID(Member)", "weight:double", ":TYPE"])
        for (u, v, w) in undirectedEdges(g) { ties.row([g.nodes[u], g.nodes[v], numberText(w), "COLLABORATES_WITH"]) }
        var files = [
            ExportFile(name: "members.csv", text: members.text),
            ExportFile(name: "projects.csv", text: projects.text),
            ExportFile(name: "participations.csv", text: parts.text),
            ExportFile(name: "collaborations.csv", text: ties.text),
        ]
        var load =
            "--nodes=members.csv --nodes=projects.csv --relationships=participations.csv "
            + "--relationships=collaborations.csv"
        if !relations.isEmpty {
            var rel = CSVText([":START_ID(Member)", ":END_ID(Member)", "type", "weight:double", "since:int", ":TYPE"])
            for r in relations {
                rel.row([
                    self.members[r.source].id, self.members[r.target].id, r.type ?? "", numberText(r.weight),
                    r.since.map(String.init) ?? "", "RELATED_TO",
                ])
            }
            files.append(ExportFile(name: "relations.csv", text: rel.text))
            load += " --relationships=relations.csv"
        }
        files.append(
            ExportFile(
                name: "README.md",
                text: """
                    # \(name): Neo4j bulk import

                    Written by `klynge export --to neo4j`. \(isSynthetic ? syntheticNotice + ". " : "")Load into a new \
                    database (Neo4j 5; run from this folder):

                    ```
                    neo4j-admin database import full \(load) \\
                        --array-delimiter=";" --multiline-fields=true klynge
                    ```

                    Members are `(:Member)` nodes with their kind as a second label, projects `(:Project)`;
                    `PARTICIPATES_IN` carries the role, `COLLABORATES_WITH` the collaboration tie and its weight
                    (each tie once; Cypher matches it in both directions with `-[:COLLABORATES_WITH]-`).

                    """
            )
        )
        return files
    }

    /// `name:type` for Neo4j's header: GraphML's `int` and `double` keep their names, the
    /// `;`-separated lists become `string[]`.
    static func neo4jHeader(_ name: String, _ type: String) -> String {
        switch (name, type) {
        case ("clusters", _), ("topics", _): "\(name):string[]"
        case (_, "int"), (_, "double"): "\(name):\(type)"
        default: name
        }
    }

    /// A kind as a Neo4j label: `public-agency` → `PublicAgency`.
    static func label(_ kind: String) -> String {
        kind.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    // MARK: GraphFrames

    private func graphFramesFiles(_ g: CSRGraph) -> [ExportFile] {
        let cols = memberAttributeColumns()
        var vertices = CSVText(["id"] + cols.map(\.name))
        for (i, m) in members.enumerated() { vertices.row([m.id] + cols.map { $0.values[i] ?? "" }) }
        var edges = CSVText(["src", "dst", "weight"])
        for (u, v, w) in undirectedEdges(g) {
            edges.row([g.nodes[u], g.nodes[v], numberText(w)])
            edges.row([g.nodes[v], g.nodes[u], numberText(w)])
        }
        return [
            ExportFile(name: "vertices.csv", text: vertices.text),
            ExportFile(name: "edges.csv", text: edges.text),
            ExportFile(
                name: "README.md",
                text: """
                    # \(name): a GraphFrames graph

                    Written by `klynge export --to graphframes`. \(isSynthetic ? syntheticNotice + ". " : "")In PySpark \
                    with the `graphframes` package:

                    ```python
                    from graphframes import GraphFrame
                    v = spark.read.csv("vertices.csv", header=True, multiLine=True, escape='"')
                    e = spark.read.csv("edges.csv", header=True, escape='"', inferSchema=True)
                    g = GraphFrame(v, e)
                    g.pageRank(resetProbability=0.15, tol=1e-10).vertices.orderBy("pagerank", ascending=False).show()
                    ```

                    Each collaboration tie is written in both directions, so directed algorithms see the
                    undirected graph. `clusters` and `topics` are `;`-separated lists.

                    """
            ),
        ]
    }
}

/// CSV text built row by row with ``Escape/csvField(_:separator:)``.
struct CSVText {
    private(set) var text: String

    init(_ header: [String]) { text = header.map { Escape.csvField($0) }.joined(separator: ",") + "\n" }

    mutating func row(_ fields: [String]) {
        text += fields.map { Escape.csvField($0) }.joined(separator: ",")
        text += "\n"
    }
}
