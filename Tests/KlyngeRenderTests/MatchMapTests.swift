import Foundation
import KlyngeEcosystem
import KlyngeMatching
import KlyngeRender
import KlyngeTestSupport
import Testing

/// `MatchingContext.matchMap` draws Matching's own suggestions on the context's graph.
@Suite("match maps from a matching context")
struct MatchMapTests {
    static let tiny = Klynge.root.appendingPathComponent("Tests/KlyngeEcosystemTests/Fixtures/tiny").path

    /// The context's graph drawn sized by degree is the same map, byte for byte, as the
    /// ecosystem's own builder draws from a collaboration graph it builds itself; and no
    /// tooltip carries a betweenness (none was computed).
    @Test("the same DOT as the ecosystem's builder, sized by degree, without betweenness")
    func sameAsEcosystemBuilder() throws {
        let eco = try DatasetLoader().load(folder: Self.tiny)
        let context = try MatchingContext(eco)
        let seeker = try #require(eco.memberIndex(of: "c1"))
        var query = MatchQuery(seeker: .member(seeker))
        query.includePartners = true
        let shown = Array(Matcher(context).rank(query).prefix(3))
        try #require(!shown.isEmpty)
        let map = try context.matchMap(shown, for: .member(seeker))
        // The suggestions as the CSV path of `klynge map --kind match` reads them.
        var pairs: [Suggestion] = []
        for s in shown {
            pairs.append(Suggestion(candidate: s.candidate, score: s.score, path: s.path))
            pairs[pairs.count - 1].reason = s.reasons.joined(separator: "\n")
        }
        let rebuilt = try eco.matchMap(seeker: .member(seeker), suggestions: pairs, options: .sizedByDegree)
        #expect(map.dot == rebuilt.dot)
        #expect(map.nodes.allSatisfy { !$0.tooltip.contains("betweenness") })
        #expect(map.nodes.contains { $0.tooltip.contains("degree ") })
    }

    @Test("a newcomer is labelled by its kind, topics and county; no suggestions is an error")
    func newcomer() throws {
        let eco = try DatasetLoader().load(folder: Self.tiny)
        let context = try MatchingContext(eco)
        let who = Seeker.profile(kind: .company, topics: ["welfare technology"], county: "Vestland")
        let shown = Array(Matcher(context).rank(MatchQuery(seeker: who)).prefix(2))
        let map = try context.matchMap(shown, for: who)
        #expect(map.title == "Partners for New company: welfare technology (Vestland)")
        #expect(throws: MapError.self) { try context.matchMap([], for: who) }
    }
}
