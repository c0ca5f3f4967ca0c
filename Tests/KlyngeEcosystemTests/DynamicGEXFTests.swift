import Foundation
import KlyngeEcosystem
import KlyngeTestSupport
import Testing

/// `klynge export --to gexf --dynamic` (Ecosystem.dynamicGEXF): valid against the official
/// GEXF 1.2 schema with its dynamics part, read back by NetworkX and compared with the CSV
/// files by Fixtures/gexf/check_dynamic_gexf.py, and a drawn example with its spells by hand.
@Suite("Dynamic GEXF for Gephi's timeline")
struct DynamicGEXFTests {
    static let fixtures = ExportTests.fixtures
    static let datasets = ["norwegian-health-supercluster", "tiny", "trends/small"]

    static func folder(_ name: String) -> URL {
        name.contains("/") || name == "tiny"
            ? fixtures.appendingPathComponent(name) : Klynge.root.appendingPathComponent("Datasets/\(name)")
    }

    /// Members A, B, C, D; projects drawn on a line of days:
    ///
    ///     p1 A B    2019-05 … 2020        -> 2019-05-01 … 2020-12-31
    ///     p2 A B    2020-06-15 … 2021-02  -> 2020-06-15 … 2021-02-28  (overlaps p1: one spell)
    ///     p3 B C    2022 … 2024-02        -> 2022-01-01 … 2024-02-29  (leap year)
    ///     p4 A C    unknown start         -> left out, and the tie A–C with it
    ///     p5 C      2025-03, no end       -> 2025-03-01 … 2025-12-31  (its start year alone)
    ///     D         no project            -> not a node
    static func drawn() -> Ecosystem {
        Ecosystem(
            name: "drawn",
            members: ["A", "B", "C", "D"].map { Member(id: $0, name: "Member \($0)", kind: .company) },
            projects: [
                Project(id: "p1", start: PartialDate(year: 2019, month: 5), end: PartialDate(year: 2020)),
                Project(
                    id: "p2",
                    start: PartialDate(year: 2020, month: 6, day: 15),
                    end: PartialDate(year: 2021, month: 2)
                ),
                Project(id: "p3", start: PartialDate(year: 2022), end: PartialDate(year: 2024, month: 2)),
                Project(id: "p4", start: nil),
                Project(id: "p5", start: PartialDate(year: 2025, month: 3)),
            ],
            participations: [
                (0, 0), (0, 1), (1, 0), (1, 1), (1, 1), (2, 1), (2, 2), (3, 0), (3, 2), (4, 2),
            ].map { Participation(project: $0.0, member: $0.1) }
        )
    }

    @Test("the shipped GEXF 1.2 schema includes its dynamics part (spells, timeformat)")
    func schemaHasDynamics() throws {
        let gexf = try String(contentsOf: ExportTests.schemas.appendingPathComponent("gexf.xsd"), encoding: .utf8)
        #expect(gexf.contains("<xs:include schemaLocation=\"dynamics.xsd\"/>"))
        let dynamics = try String(
            contentsOf: ExportTests.schemas.appendingPathComponent("dynamics.xsd"),
            encoding: .utf8
        )
        #expect(dynamics.contains("name=\"spells-content\"") && dynamics.contains("<xs:enumeration value=\"date\"/>"))
    }

    @Test("dynamic GEXF validates against the official GEXF 1.2 schema", arguments: datasets + ["drawn", "hostile"])
    func valid(_ name: String) throws {
        let eco =
            switch name {
            case "drawn": Self.drawn()
            case "hostile": ExportTests.hostile()
            default: try DatasetLoader().load(folder: Self.folder(name).path)
            }
        let (status, out) = try ExportTests.xmllint(schema: "gexf.xsd", document: eco.dynamicGEXF().text)
        #expect(status == 0, "\(out)")
        #expect(out.contains("validates"))
    }

    @Test("the drawn example: spells by hand, overlapping ones merged, undated and idle left out")
    func drawnExample() {
        let timeline = Self.drawn().dynamicGEXF()
        let text = timeline.text
        #expect(text.contains("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">"))
        #expect((timeline.nodeCount, timeline.edgeCount) == (3, 2))
        #expect(!text.contains("<node id=\"D\"") && !text.contains("source=\"A\" target=\"C\""))
        func spells(_ list: [String]) -> String {
            "        <spells>\n" + list.map { "          <spell \($0)/>\n" }.joined() + "        </spells>\n"
        }
        #expect(
            text.contains(
                "</attvalues>\n" + spells(["start=\"2019-05-01\" end=\"2021-02-28\""])
                    + "      </node>\n      <node id=\"B\""
            )
        )
        #expect(
            text.contains(
                "</attvalues>\n"
                    + spells(["start=\"2019-05-01\" end=\"2021-02-28\"", "start=\"2022-01-01\" end=\"2024-02-29\""])
                    + "      </node>\n      <node id=\"C\""
            )
        )
        #expect(
            text.contains(
                "</attvalues>\n"
                    + spells(["start=\"2022-01-01\" end=\"2024-02-29\"", "start=\"2025-03-01\" end=\"2025-12-31\""])
                    + "      </node>\n    </nodes>"
            )
        )
        // B listed twice in p2 is one participant: the tie counts p1 and p2 once each.
        #expect(
            text.contains(
                "<edge id=\"0\" source=\"A\" target=\"B\" weight=\"2\">\n"
                    + spells(["start=\"2019-05-01\" end=\"2021-02-28\""]) + "      </edge>\n"
                    + "      <edge id=\"1\" source=\"B\" target=\"C\" weight=\"1\">\n"
                    + spells(["start=\"2022-01-01\" end=\"2024-02-29\""]) + "      </edge>\n    </edges>"
            )
        )
        #expect(timeline.undatedProjects == ["p4"] && timeline.membersLeftOut == 1)
        #expect(
            timeline.notes == [
                "1 project has no start and is left out of the timeline, with the ties only it makes (p4)",
                "1 member takes part in no dated project and is not in the timeline",
            ]
        )
        #expect(Self.drawn().dynamicGEXF(years: 2022...2022).edgeCount == 1)
    }

    /// Runs Fixtures/gexf/check_dynamic_gexf.py on `document` against the CSV files of `folder`,
    /// with the python of Scripts/.venv (`make oracle` installs networkx there).
    static func networkx(_ document: String, folder: URL) throws -> (Int32, String) {
        let python = Klynge.root.appendingPathComponent("Scripts/.venv/bin/python")
        let hasNetworkX =
            FileManager.default.isExecutableFile(atPath: python.path)
            && (try? Tool.run(python, ["-c", "import networkx"]).status) == 0
        try #require(
            hasNetworkX,
            "networkx is needed for this test: `make oracle` (run by `make test`) installs it into Scripts/.venv"
        )
        let file = try Klynge.temporaryFolder().appendingPathComponent("dynamic.gexf")
        try document.write(to: file, atomically: true, encoding: .utf8)
        let script = fixtures.appendingPathComponent("gexf/check_dynamic_gexf.py")
        return try Tool.run(python, [script.path, file.path, folder.path])
    }

    @Test("NetworkX reads it back: nodes, ties, weights and spells as the CSV files say", arguments: datasets)
    func networkXRoundTrip(_ name: String) throws {
        let eco = try DatasetLoader().load(folder: Self.folder(name).path)
        let timeline = eco.dynamicGEXF()
        let (status, out) = try Self.networkx(timeline.text, folder: Self.folder(name))
        #expect(status == 0, "\(out)")
        #expect(out.hasPrefix("ok: \(timeline.nodeCount) nodes, \(timeline.edgeCount) edges,"), "\(out)")
        if name == "trends/small" {
            #expect(out.contains(", 1 undated projects") && timeline.undatedProjects == ["q5"])
        }
    }

    @Test("the NetworkX check fails on a file that does not match the dataset")
    func networkXCheckCanFail() throws {
        let tiny = try DatasetLoader().load(folder: Self.folder("tiny").path)
        let (status, out) = try Self.networkx(tiny.dynamicGEXF().text, folder: Self.folder("trends/small"))
        #expect(status == 1, "\(out)")
        #expect(out.contains("differences"))
    }
}
