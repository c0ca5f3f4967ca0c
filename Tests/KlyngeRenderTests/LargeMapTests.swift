import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeRender
import KlyngeTestSupport
import Testing

/// Maps of large datasets (the top members and their strongest ties by default), maps of
/// datasets without clusters (coloured by kind), and members left without a drawn tie.
@Suite("maps of large datasets")
struct LargeMapTests {
    static let h2020 = Klynge.root.appendingPathComponent("Datasets/norway-h2020").path
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures"
    )

    struct Expected: Decodable {
        var members: [String]
        var chosen: Int
        var ties_before: Int
        var ties: [[Value]]
        enum Value: Decodable {
            case id(String)
            case weight(Double)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let s = try? c.decode(String.self) {
                    self = .id(s)
                } else {
                    self = .weight(try c.decode(Double.self))
                }
            }
            var text: String {
                switch self {
                case .id(let s): s
                case .weight(let w): String(w)
                }
            }
        }
    }

    @Test("the library default: a dataset over 1,500 members shows its top 150 and their strongest ties")
    func defaults() {
        let o = MapOptions()
        #expect(o.keptMembers(memberCount: 9_361) == 150)
        #expect(o.weakestTie(memberCount: 9_361) == 2)
        #expect(o.strongestTies(memberCount: 9_361) == 3)
        #expect(o.keptMembers(memberCount: 1_500) == nil)
        #expect(o.weakestTie(memberCount: 1_500) == 0)
        var all = MapOptions()
        all.all = true
        #expect(all.keptMembers(memberCount: 9_361) == nil)
        #expect(all.weakestTie(memberCount: 9_361) == 0)
        #expect(all.strongestTies(memberCount: 9_361) == nil)
        var top = MapOptions()
        top.top = 40
        #expect(top.keptMembers(memberCount: 9_361) == 40)
        #expect(top.strongestTies(memberCount: 9_361) == nil)
    }

    @Test("norway-h2020 by default: the members and ties NetworkX selects, coloured and titled by kind")
    func norwayH2020() throws {
        let eco = try DatasetLoader().load(folder: Self.h2020)
        var o = MapOptions()
        o.sizeBy = .degree  // the fixture ranks by NetworkX degree_centrality
        let map = try eco.superclusterMap(o)
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("large-map-selection.json"))
        let expected = try JSONDecoder().decode(Expected.self, from: data)
        let members = map.nodes.filter { !$0.isCaption }.map(\.id)
        #expect(members.sorted(by: Ranking.idPrecedes) == expected.members)
        let drawn = Set(
            map.edges.map { e in
                [e.source, e.target].sorted(by: Ranking.idPrecedes).joined(separator: " ")
            }
        )
        #expect(drawn == Set(expected.ties.map { $0[0].text + " " + $0[1].text }))
        #expect(map.title == "norway-h2020: the ecosystem by kind")
        let kinds = Set(members.compactMap { eco.memberIndex(of: $0) }.map { eco.members[$0].kind })
        #expect(
            map.subtitle[0]
                == "the 150 members highest on degree of 9,361 in \(kinds.count) kinds · \(expected.ties.count) ties of 2+ shared projects: each member's 3 strongest of \(NumberText.grouped(expected.ties_before)) · projects 2014–2021"
        )
        #expect(map.legend.colors.count == kinds.count)
        #expect(!map.dot.contains("nan") && !map.dot.contains("0 clusters"))
    }

    @Test("members left without a drawn tie by the weakest tie are not drawn, and the subtitle counts those shown")
    func leftWithoutTie() throws {
        let eco = try DatasetLoader().load(folder: MapTests.tiny)
        var o = MapOptions()
        o.minWeight = 2
        // tiny's participations.csv: c1–k1 share p1 and p2; c2, h1 and u1 share p3 and p4;
        // h1–k1 share p1 and p4. k2, i1 and x1 share at most one project with anyone.
        let map = try eco.superclusterMap(o)
        #expect(Set(map.nodes.filter { !$0.isCaption }.map(\.id)) == ["c1", "k1", "c2", "h1", "u1"])
        #expect(map.edges.filter { $0.style != .invisible }.count == 5)
        #expect(map.subtitle[0].hasPrefix("5 of 8 members (3 without a drawn tie left out) in 4 clusters"))
        #expect(map.subtitle[0].contains("5 ties of 2+ shared projects"))
        let brokers = try eco.brokerMap(o)
        #expect(Set(brokers.nodes.map(\.id)) == ["c1", "k1", "c2", "h1", "u1"])
        #expect(brokers.subtitle[0].hasPrefix("5 of 8 members (3 without a drawn tie left out) · 5 ties of 2+ shared"))
        o.focus = "c1"
        let ego = try eco.egoMap(o)
        #expect(Set(ego.nodes.map(\.id)) == ["c1", "k1", "h1"])  // k2 shares only p1 with c1
    }

    @Test("a dataset without clusters is coloured by kind on every map, titles say kinds, and no text says nan")
    func withoutClusters() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/florentine-families").path
        )
        #expect(eco.clusters.isEmpty)
        let map = try eco.superclusterMap()
        #expect(map.title == "florentine-families: the ecosystem by kind")
        #expect(map.subtitle[0].hasPrefix("\(eco.members.count) members in 1 kind ·"))
        #expect(map.legend.colors.map(\.label) == ["other"])
        #expect(map.nodes.allSatisfy { $0.fill != ["#eeeeee"] })
        let brokers = try eco.brokerMap()
        #expect(brokers.title == "florentine-families: brokers between kinds")
        for dot in [map.dot, brokers.dot] { #expect(!dot.lowercased().contains("nan")) }
    }

    @Test("a one-member dataset: centralities undefined, written as words, never nan")
    func degenerate() throws {
        let dir = try Klynge.temporaryFolder()
        try "id,name,kind\nm1,Alone AS,company\n".write(
            to: dir.appendingPathComponent("members.csv"),
            atomically: true,
            encoding: .utf8
        )
        try "id,start\np,2020\n".write(
            to: dir.appendingPathComponent("projects.csv"),
            atomically: true,
            encoding: .utf8
        )
        try "project,member\np,m1\n".write(
            to: dir.appendingPathComponent("participations.csv"),
            atomically: true,
            encoding: .utf8
        )
        let eco = try DatasetLoader().load(folder: dir.path)
        var o = MapOptions()
        o.focus = "m1"
        for sizeBy in MapOptions.SizeBy.allCases {
            o.sizeBy = sizeBy
            for map in [try eco.superclusterMap(o), try eco.brokerMap(o), try eco.egoMap(o)] {
                let text = ([map.title] + map.subtitle + map.nodes.map(\.tooltip) + [map.dot]).joined(separator: "\n")
                #expect(!text.lowercased().contains("nan"), "\(sizeBy): \(text)")
            }
        }
    }
}
