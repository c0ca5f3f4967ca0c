import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeTestSupport
import Testing

/// Exports of the collaboration graph: round trip, escaping, schema validity.
@Suite("Exports")
struct ExportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schemas")
    static func tiny() throws -> Ecosystem {
        try DatasetLoader().load(folder: fixtures.appendingPathComponent("tiny").path)
    }

    /// A one-member-pair dataset whose names and ids are hostile to every format.
    static func hostile() -> Ecosystem {
        let evil = "Evil\" ]; x [label=\"<b>&amp;</b>\nÆøå 'quoted'"
        return Ecosystem(
            name: "hostile \"set\"",
            members: [
                Member(id: "a&<b>\"", name: evil, kind: .company, clusters: ["Oslo Cancer Cluster"]),
                Member(id: "Tromsø kommune", name: "Tromsø\\kommune", kind: .municipality),
            ],
            projects: [Project(id: "p", start: PartialDate(year: 2020))],
            participations: [Participation(project: 0, member: 0), Participation(project: 0, member: 1)]
        )
    }

    @Test("edge list round-trips through the edge-list reader")
    func edgeListRoundTrip() throws {
        for eco in [try Self.tiny(), Self.hostile()] {
            for weighting in CollaborationWeighting.allCases {
                let text = try eco.export(.edgelist, weighting: weighting)
                let back = try EdgeListReader(weighted: true).parse(Data(text.utf8), file: "export")
                let original = try eco.collaborationGraph(weighting: weighting)
                #expect(Self.edgeSet(back) == Self.edgeSet(original))
            }
        }
    }

    @Test("edge list refuses ids it cannot hold")
    func edgeListRefuses() throws {
        let eco = Ecosystem(
            name: "x",
            members: [Member(id: "#1", name: "a", kind: .company), Member(id: "b", name: "b", kind: .company)],
            projects: [Project(id: "p", start: PartialDate(year: 2020))],
            participations: [Participation(project: 0, member: 0), Participation(project: 0, member: 1)]
        )
        #expect(throws: ExportError.self) { _ = try eco.export(.edgelist) }
    }

    @Test("DOT escapes ids and labels: each stays one quoted string")
    func dotEscaping() throws {
        let text = try Self.hostile().export(.dot)
        #expect(text.hasPrefix("graph \"hostile \\\"set\\\"\" {\n"))
        #expect(
            text.contains(
                #""a&<b>\"" [label="Evil\" ]; x [label=\"<b>&amp;</b>\nÆøå 'quoted'", kind="company", cluster="Oslo Cancer Cluster"];"#
            )
        )
        #expect(text.contains(#""Tromsø kommune" [label="Tromsø\\kommune", kind="municipality"];"#))
        #expect(text.contains(#""a&<b>\"" -- "Tromsø kommune" [weight=1];"#))
    }

    static func edgeSet(_ g: CSRGraph) -> [String: Double] {
        var out: [String: Double] = [:]
        for u in 0..<g.nodeCount {
            for a in g.arcRange(u) {
                let v = g.target(ofArc: a)
                let (x, y) = (g.nodes[u], g.nodes[v])
                if x.utf8.lexicographicallyPrecedes(y.utf8) { out[x + "\u{1}" + y] = g.weight(ofArc: a) }
            }
        }
        return out
    }

    /// Runs xmllint against an official schema; the suite requires xmllint
    /// (`make test` installs libxml2-utils when it is missing).
    static func xmllint(schema: String, document: String) throws -> (Int32, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("doc.xml")
        try document.write(to: file, atomically: true, encoding: .utf8)
        return try Tool.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["xmllint", "--noout", "--nonet", "--schema", Self.schemas.appendingPathComponent(schema).path, file.path]
        )
    }

    @Test("GraphML validates against the official schema", arguments: ["tiny", "hostile"])
    func graphMLValid(_ which: String) throws {
        let eco = which == "tiny" ? try Self.tiny() : Self.hostile()
        let (status, out) = try Self.xmllint(schema: "graphml.xsd", document: try eco.export(.graphml))
        #expect(status == 0, "\(out)")
        #expect(out.contains("validates"))
    }

    @Test("GEXF validates against the official schema", arguments: ["tiny", "hostile"])
    func gexfValid(_ which: String) throws {
        let eco = which == "tiny" ? try Self.tiny() : Self.hostile()
        let (status, out) = try Self.xmllint(schema: "gexf.xsd", document: try eco.export(.gexf))
        #expect(status == 0, "\(out)")
        #expect(out.contains("validates"))
    }

    @Test("GraphML and GEXF carry every member attribute")
    func attributes() throws {
        let eco = try Self.tiny()
        let graphml = try eco.export(.graphml)
        for name in [
            "name", "kind", "sector", "clusters", "county", "municipality", "topics", "size", "founded", "orgnr",
            "website",
        ] {
            #expect(graphml.contains("attr.name=\"\(name)\""), "GraphML lacks \(name)")
        }
        #expect(graphml.contains("<data key=\"n13\">fjordvik.example</data>"))
        #expect(graphml.contains("<node id=\"k2\">"))
        // Ids that are not XML name tokens fall back to generated ones, the id kept as data.
        let hostile = try Self.hostile().export(.graphml)
        #expect(
            hostile.contains(
                "<node id=\"n0\">\n      <data key=\"n0\">Evil&quot; ]; x [label=&quot;&lt;b&gt;&amp;amp;&lt;/b&gt;&#10;Æøå &apos;quoted&apos;</data>\n      <data key=\"n1\">a&amp;&lt;b&gt;&quot;</data>"
            )
        )
        let gexf = try eco.export(.gexf)
        #expect(gexf.contains("<node id=\"k2\" label=\"Tromsø kommune\">"))
        #expect(gexf.contains("<edge id=\"0\" source=\"c1\" target=\"k1\" weight=\"2\"/>"))
    }
}
