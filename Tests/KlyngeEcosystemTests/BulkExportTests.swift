import CSV
import Foundation
import KlyngeEcosystem
import Testing

/// The folder exports for Neo4j's bulk importer and Spark GraphFrames, read back with CSV.swift
/// (an independent RFC 4180 parser) and checked against the rules of Neo4j 5's import header
/// format (operations manual, "Import: CSV header format") and GraphFrames' column names.
@Suite("folder exports: Neo4j bulk import, GraphFrames")
struct BulkExportTests {
    static let dataset = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Datasets/norwegian-health-supercluster").standardizedFileURL.path

    /// The rows of `text` parsed by CSV.swift (header first).
    static func rows(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var out: [[String]] = []
        while let row = reader.next() { out.append(row) }
        return out
    }

    static func file(_ files: [ExportFile], _ name: String) throws -> [[String]] {
        let text = try #require(files.first { $0.name == name }?.text, "no \(name)")
        let rows = try Self.rows(text)
        let width = try #require(rows.first).count
        #expect(rows.allSatisfy { $0.count == width }, "\(name): every row has the header's width")
        return rows
    }

    /// The pairs of members sharing at least one project, counted here from the participations.
    static func sharedProjectPairs(_ eco: Ecosystem) -> Set<[String]> {
        var byProject: [Int: Set<Int>] = [:]
        for p in eco.participations { byProject[p.project, default: []].insert(p.member) }
        var pairs = Set<[String]>()
        for members in byProject.values {
            let ids = members.map { eco.members[$0].id }.sorted()
            for i in ids.indices { for j in ids.indices where j > i { pairs.insert([ids[i], ids[j]]) } }
        }
        return pairs
    }

    @Test("Neo4j: header grammar, unique ids per group, every relationship end is a node")
    func neo4j() throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let files = try eco.bulkExport(.neo4j)
        #expect(
            files.map(\.name) == [
                "members.csv", "projects.csv", "participations.csv", "collaborations.csv", "relations.csv", "README.md",
            ]
        )
        // Neo4j 5 header fields: `name`, `name:type`, `[name]:ID(group)`, `:START_ID(group)`,
        // `:END_ID(group)`, `:LABEL`, `:TYPE`; types among the importer's.
        let types: Set<String> = ["int", "long", "double", "float", "boolean", "string", "string[]", "date"]
        var ids: [String: Set<String>] = [:]
        for name in ["members.csv", "projects.csv", "participations.csv", "collaborations.csv", "relations.csv"] {
            let rows = try Self.file(files, name)
            for field in rows[0] {
                let parts = field.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                if parts.count == 1 { continue }
                let type = parts[1]
                let ok =
                    types.contains(type) || type == "LABEL" || type == "TYPE"
                    || type.range(of: #"^(ID|START_ID|END_ID)\((Member|Project)\)$"#, options: .regularExpression)
                        != nil
                #expect(ok, "\(name): header field '\(field)'")
            }
            if let c = rows[0].firstIndex(where: { $0.contains(":ID(") }) {
                let group = String(rows[0][c].split(separator: "(")[1].dropLast())
                let column = rows.dropFirst().map { $0[c] }
                #expect(Set(column).count == column.count, "\(name): ids unique")
                ids[group] = Set(column)
            }
        }
        #expect(ids["Member"]?.count == eco.members.count && ids["Project"]?.count == eco.projects.count)
        for name in ["participations.csv", "collaborations.csv", "relations.csv"] {
            let rows = try Self.file(files, name)
            for (c, field) in rows[0].enumerated() where field.hasPrefix(":START_ID") || field.hasPrefix(":END_ID") {
                let group = String(field.split(separator: "(")[1].dropLast())
                let known = try #require(ids[group])
                #expect(rows.dropFirst().allSatisfy { known.contains($0[c]) }, "\(name) \(field)")
            }
        }
        let participations = try Self.file(files, "participations.csv")
        #expect(participations.count - 1 == eco.participations.count)
        // Collaboration ties: exactly the pairs sharing a project (each once), weight = shared projects.
        let ties = try Self.file(files, "collaborations.csv").dropFirst()
        #expect(Set(ties.map { [$0[0], $0[1]].sorted() }) == Self.sharedProjectPairs(eco))
        #expect(ties.count == Self.sharedProjectPairs(eco).count)
        #expect(ties.allSatisfy { $0[3] == "COLLABORATES_WITH" && Double($0[2]).map { $0 >= 1 } == true })
        // Labels: Member plus the kind, separated by the array delimiter.
        let members = try Self.file(files, "members.csv")
        let label = try #require(members[0].firstIndex(of: ":LABEL"))
        #expect(members.dropFirst().allSatisfy { $0[label].hasPrefix("Member;") })
        #expect(members.dropFirst().contains { $0[label] == "Member;PublicAgency" })
        let readme = try #require(files.last?.text)
        #expect(readme.contains("neo4j-admin database import full --nodes=members.csv --nodes=projects.csv"))
    }

    @Test("GraphFrames: id / src, dst; each tie in both directions")
    func graphFrames() throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let files = try eco.bulkExport(.graphframes)
        #expect(files.map(\.name) == ["vertices.csv", "edges.csv", "README.md"])
        let vertices = try Self.file(files, "vertices.csv")
        #expect(vertices[0].first == "id" && vertices.count - 1 == eco.members.count)
        #expect(vertices.dropFirst().map { $0[0] } == eco.members.map(\.id))
        let name = try #require(vertices[0].firstIndex(of: "name"))
        #expect(vertices.dropFirst().map { $0[name] } == eco.members.map(\.name))
        let edges = try Self.file(files, "edges.csv")
        #expect(edges[0] == ["src", "dst", "weight"])
        let arcs = edges.dropFirst().map { [$0[0], $0[1]] }
        #expect(Set(arcs).count == arcs.count)
        #expect(Set(arcs) == Set(arcs.map { [$0[1], $0[0]] }))
        #expect(arcs.count == 2 * Self.sharedProjectPairs(eco).count)
    }

    @Test("a name with a comma, quotes and a line break comes back as itself")
    func hostileName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-bulk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let files = [
            "members.csv":
                "id,name,kind\nm1,\"Bad \"\"xyz\"\", AS\nline two\",company\nm2,Bergen kommune,municipality\n",
            "projects.csv": "id,title,start\np1,\"Fall; sensors, \"\"pilot\"\"\",2020\n",
            "participations.csv": "project,member,role\np1,m1,coordinator\np1,m2,pilot-site\n",
        ]
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let eco = try DatasetLoader().load(folder: dir.path)
        let hostile = "Bad \"xyz\", AS\nline two"
        #expect(eco.members[0].name == hostile)
        for (format, file) in [(ExportFormat.neo4j, "members.csv"), (.graphframes, "vertices.csv")] {
            let rows = try Self.file(try eco.bulkExport(format), file)
            let name = try #require(rows[0].firstIndex(of: "name"))
            #expect(rows[1][name] == hostile, "\(format)")
        }
        let projects = try Self.file(try eco.bulkExport(.neo4j), "projects.csv")
        #expect(projects[1][1] == "Fall; sensors, \"pilot\"")
    }

    @Test("written atomically into a new folder; an existing folder is refused, nothing changed")
    func writing() throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-bulk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("neo4j").path
        try eco.writeBulkExport(.neo4j, to: out)
        let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        let expected = try eco.bulkExport(.neo4j).map(\.name).sorted()
        #expect(written == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["neo4j"])
        #expect(
            throws: InputError(
                file: out,
                message: "already exists; give a new folder (an export never replaces files)"
            )
        ) { try eco.writeBulkExport(.graphframes, to: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == written)
        #expect(throws: ExportError.self) { try eco.bulkExport(.graphml) }
    }
}
