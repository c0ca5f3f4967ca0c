import Foundation
import KlyngeEcosystem
import KlyngeGraph
import Testing

/// The model loaded from Fixtures/tiny and its derived graphs, against NetworkX's
/// bipartite projections (Fixtures/make_projection_fixture.py wrote the reference).
@Suite("Ecosystem model and derived graphs")
struct EcosystemModelTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func tiny() throws -> Ecosystem {
        try DatasetLoader().load(folder: folder.appendingPathComponent("tiny").path)
    }

    /// NetworkX's edge list for `variant`: (min id, max id) → weight.
    static func reference(_ variant: String) throws -> [String: Double] {
        let data = try Data(contentsOf: folder.appendingPathComponent("tiny_projection.json"))
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(obj[variant] as? [[Any]])
        var out: [String: Double] = [:]
        for r in rows { out["\(r[0])|\(r[1])"] = (r[2] as? NSNumber)?.doubleValue }
        return out
    }

    static func edges(_ g: CSRGraph) -> [String: Double] {
        var out: [String: Double] = [:]
        for u in 0..<g.nodeCount {
            for a in g.arcRange(u) where g.target(ofArc: a) > u {
                let x = g.nodes[u]
                let y = g.nodes[g.target(ofArc: a)]
                out[min(x, y) + "|" + max(x, y)] = g.weight(ofArc: a)
            }
        }
        return out
    }

    @Test("members, kinds, sectors, clusters, attributes")
    func model() throws {
        let eco = try Self.tiny()
        #expect(eco.name == "tiny")
        #expect(eco.members.count == 8)
        #expect(eco.projects.count == 5)
        #expect(eco.participations.count == 15)
        #expect(eco.relations.count == 1)
        #expect(
            eco.clusters == [
                "Norway Health Tech", "Norwegian Smart Care Cluster", "Oslo Cancer Cluster", "The Life Science Cluster",
            ]
        )
        let c2 = eco.members[try #require(eco.memberIndex(of: "c2"))]
        #expect(c2.clusters == ["Norway Health Tech", "Oslo Cancer Cluster"])
        #expect(c2.kind == .company && !c2.kind.isPublic)
        let k2 = eco.members[try #require(eco.memberIndex(of: "k2"))]
        #expect(
            k2.name == "Tromsø kommune" && k2.kind.isPublic && k2.size == 78745 && k2.organisationNumber == "940101808"
        )
        let c1 = eco.members[try #require(eco.memberIndex(of: "c1"))]
        #expect(c1.attributes == ["website": "fjordvik.example"])
        #expect(c1.founded == 2016)
        let p2 = eco.projects[try #require(eco.projectIndex(of: "p2"))]
        #expect(p2.start == PartialDate(year: 2019, month: 3))
        #expect(p2.end == PartialDate(year: 2021, month: 2, day: 28))
        #expect(p2.publicShare == 0.4)
    }

    @Test("topics default to the member's projects, most frequent first")
    func defaultTopics() throws {
        let eco = try Self.tiny()
        // c1: p1 (digital home care, welfare technology) and p2 (fall detection, welfare technology).
        let c1 = eco.members[try #require(eco.memberIndex(of: "c1"))]
        #expect(c1.topics == ["welfare technology", "digital home care", "fall detection"])
        // c2 gives its own topics: kept.
        #expect(eco.members[try #require(eco.memberIndex(of: "c2"))].topics == ["diagnostics"])
    }

    @Test("collaboration graph: shared-project counts equal NetworkX weighted_projected_graph")
    func sharedProjects() throws {
        let g = try Self.tiny().collaborationGraph(weighting: .sharedProjects)
        #expect(g.nodeCount == 8)  // x1 has no ties but is a node
        #expect(Self.edges(g) == (try Self.reference("shared")))
    }

    @Test("collaboration graph: Newman weights equal NetworkX collaboration_weighted_projected_graph")
    func newman() throws {
        let g = try Self.tiny().collaborationGraph(weighting: .newman)
        let ours = Self.edges(g)
        let ref = try Self.reference("newman")
        #expect(Set(ours.keys) == Set(ref.keys))
        for (k, w) in ref { #expect(abs(ours[k]! - w) < 1e-12, "\(k)") }
    }

    @Test("collaboration graph restricted to 2019–2020")
    func window() throws {
        let g = try Self.tiny().collaborationGraph(years: 2019...2020)
        #expect(Self.edges(g) == (try Self.reference("window_2019_2020")))
    }

    @Test("relations add their weight when asked")
    func relations() throws {
        let eco = try Self.tiny()
        let plain = Self.edges(try eco.collaborationGraph())
        let with = Self.edges(try eco.collaborationGraph(includeRelations: true))
        #expect(plain["c1|i1"] == nil)
        #expect(with["c1|i1"] == 2)
    }

    @Test("two-mode graph and cluster co-membership")
    func otherGraphs() throws {
        let eco = try Self.tiny()
        let b = try eco.memberProjectGraph()
        #expect(b.nodeCount == 13 && b.edgeCount == 15)
        #expect(b.nodes.index(of: "project:p3") == 8 + 2)
        let c = try eco.clusterCoMembershipGraph()
        // c2: Norway Health Tech + Oslo Cancer Cluster; u1: The Life Science Cluster + Norway Health Tech.
        #expect(
            Self.edges(c) == [
                "Norway Health Tech|Oslo Cancer Cluster": 1, "Norway Health Tech|The Life Science Cluster": 1,
            ]
        )
    }

    @Test("partial dates parse, order and print")
    func dates() {
        #expect(PartialDate(parsing: "2020") == PartialDate(year: 2020))
        #expect(PartialDate(parsing: "2020-02-29") != nil)
        #expect(PartialDate(parsing: "2019-02-29") == nil)
        #expect(PartialDate(parsing: "2020-1") == nil)
        #expect(PartialDate(parsing: "20201") == nil)
        #expect(PartialDate(year: 2020) < PartialDate(year: 2020, month: 1))
        #expect(PartialDate(year: 2020, month: 3, day: 4).description == "2020-03-04")
    }
}
