import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports
import KlyngeTestSupport
import Testing

/// The merger gain worked by hand, the broker table's columns, the report's sections.
@Suite("ecosystem report")
struct EcosystemReportTests {
    /// Clusters A = {a1, a2} and B = {b1, b2}, one project per tie: a1–a2, a2–b1, b1–b2.
    static func chain() -> Ecosystem {
        let members = [("a1", "A"), ("a2", "A"), ("b1", "B"), ("b2", "B")].map {
            Member(id: $0.0, name: $0.0.uppercased(), kind: .company, clusters: [$0.1])
        }
        let projects = (1...3).map { Project(id: "p\($0)", start: PartialDate(year: 2020)) }
        let ties = [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2), (2, 3)]
        return Ecosystem(
            name: "chain",
            members: members,
            projects: projects,
            participations: ties.map { Participation(project: $0.0, member: $0.1) }
        )
    }

    /// Before: only (a1, a2) and (b1, b2) are joined, each at 1 step. After: all six pairs,
    /// at 1, 2, 3, 1, 2, 1 steps: five within two, mean 10/6; the old pairs stay at 1.
    @Test("merger gain on a hand-worked chain")
    func mergeGain() throws {
        let eco = Self.chain()
        let gain = try #require(eco.mergeGain(on: try eco.collaborationGraph()))
        #expect(gain.pairs == 6)
        #expect(gain.reachableBefore == 2 && gain.reachableAfter == 6)
        #expect(gain.withinTwoBefore == 2 && gain.withinTwoAfter == 5 && gain.newlyWithinTwo == 3)
        #expect(gain.meanDistanceBefore == 1 && gain.meanDistanceAfterSamePairs == 1)
        #expect(abs(gain.meanDistanceAfter - 10.0 / 6) < 1e-15)
    }

    @Test("the broker table has the documented columns, in order")
    func brokerColumns() throws {
        let eco = Self.chain()
        let g = try eco.collaborationGraph()
        let analysis = try BrokerAnalysis(graph: g, groups: try eco.groups(by: .cluster), weighted: true)
        let table = analysis.table(order: try analysis.order())
        #expect(
            table.columns == [
                "node", "group", "coordinator", "itinerant", "representative", "gatekeeper", "liaison",
                "brokerage_total", "constraint", "effective_size", "efficiency", "hierarchy", "betweenness",
                "coordinator_z", "itinerant_z", "representative_z", "gatekeeper_z", "liaison_z", "brokerage_total_z",
                "sole_bridges", "cut_vertex",
            ]
        )
        // a2 brokers a1 → a2 → b1 and back: representative and gatekeeper once each.
        #expect(table.rows[0][0] == .text("a2") || table.rows[0][0] == .text("b1"))
        let a2 = try #require(table.rows.first { $0[0] == .text("a2") })
        #expect(Array(a2[2...7]) == [.integer(0), .integer(0), .integer(1), .integer(1), .integer(0), .integer(2)])
        // The only A–B connection is the tie a2–b1: both are sole bridges, and cut vertices.
        #expect(a2[19] == .integer(1) && a2[20] == .text("yes"))
        #expect(throws: ReportError.self) { try analysis.order(by: "fame") }
    }

    @Test("node,group files: every problem with its line")
    func groupFileProblems() throws {
        let eco = Self.chain()
        let g = try eco.collaborationGraph()
        let dir = try Klynge.temporaryFolder()
        let file = dir.appendingPathComponent("groups.csv").path
        try "node,group\na1,x\nzz,y\na1,y\nb1,\n".write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try readNodeGroups(path: file, for: g)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "\(file):3: node: unknown node 'zz'",
                    "\(file):4: node: node 'a1' listed again (first on line 2)",
                    "\(file):5: group: empty group",
                ]
            )
        }
        try "node,group\na1,x\nb2,y\n".write(toFile: file, atomically: true, encoding: .utf8)
        let groups = try readNodeGroups(path: file, for: g)
        #expect(groups.names == ["x", "y", "(unlisted)"])
        #expect(groups.primary == [0, 2, 2, 1])
        #expect(groups.notes == ["2 nodes are not in \(file) and form the group (unlisted)"])
    }

    @Test("the report has every section, and HTML is self-contained and escaped")
    func sections() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Tests/KlyngeEcosystemTests/Fixtures/tiny").path
        )
        let report = try ecosystemReport(eco)
        let keys = report.sections.map(\.key)
        for key in [
            "stats_kinds", "top_degree", "top_betweenness", "top_closeness", "top_pagerank", "brokers", "bridges",
            "communities", "merger", "at_risk",
        ] {
            #expect(keys.contains(key), "missing section \(key)")
        }
        let risk = try #require(report.sections.first { $0.key == "at_risk" })
        #expect(risk.table.rows.map { $0[0] } == [.text("x1")])  // the lone member of the tiny dataset
        let page = report.renderHTML(mapSVG: "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg><g id=\"c1\"/></svg>")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg><g id=\"c1\"/></svg>") && !page.contains("<?xml"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("<link"))
        #expect(page.contains("Tromsø kommune"))
        #expect(page.contains("addEventListener(\"click\""))
    }
}
