import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeTestSupport
import Testing

@testable import KlyngeMatching

/// The consortium-overlap feature: hand-worked values and the definition applied directly.
@Suite("consortium overlap")
struct ConsortiumOverlapTests {
    /// s's teams: P1 = {s, a, b, c}, P2 = {s, d}. Elsewhere: a–x twice (Q1, Q5), b–x–y (Q2),
    /// c–y (Q3), d–y–z (Q4), and w alone (R).
    ///
    ///     x: a and b of P1 know it → 2/3; nobody in P2 → best 2/3 (P1)
    ///     y: b and c of P1 → 2/3; d, the one other member of P2 → 1 (P2)
    ///     z: d of P2 → 1 (P2)
    ///     a: b and c, its team mates in P1 → 2/3 (a itself does not count)
    static func ecosystem() -> Ecosystem {
        let ids = ["s", "a", "b", "c", "d", "x", "y", "z", "w"]
        let members = ids.map { Member(id: $0, name: $0.uppercased(), kind: $0 == "s" ? .company : .publicAgency) }
        let spec: [(String, [String])] = [
            ("P1", ["s", "a", "b", "c"]), ("P2", ["s", "d"]), ("Q1", ["a", "x"]), ("Q2", ["b", "x", "y"]),
            ("Q3", ["c", "y"]), ("Q4", ["d", "y", "z"]), ("Q5", ["x", "a"]), ("R", ["w"]),
        ]
        let projects = spec.map { Project(id: $0.0, start: PartialDate(year: 2016)) }
        var participations: [Participation] = []
        for (p, s) in spec.enumerated() {
            for m in s.1 { participations.append(Participation(project: p, member: ids.firstIndex(of: m)!)) }
        }
        return Ecosystem(name: "consortia", members: members, projects: projects, participations: participations)
    }

    @Test("hand-worked: the best share over the seeker's teams, and the team that gives it")
    func handWorked() throws {
        let eco = Self.ecosystem()
        let context = try MatchingContext(eco)
        let i = { (id: String) in eco.memberIndex(of: id)! }
        let overlap = context.consortiumOverlap(of: i("s"), among: ["x", "y", "z", "a", "s"].map(i))
        #expect(overlap[0] == 2.0 / 3 && overlap[1] == 1 && overlap[2] == 1 && overlap[3] == 2.0 / 3)
        #expect(context.consortiumOverlapEvidence(of: i("s"), for: i("x"))! == (eco.projectIndex(of: "P1")!, 2, 3))
        #expect(context.consortiumOverlapEvidence(of: i("s"), for: i("y"))! == (eco.projectIndex(of: "P2")!, 1, 1))
        // From x: a, its only team mate in Q1 and in Q5, knows s (1/1; the later team is named).
        #expect(context.consortiumOverlapEvidence(of: i("x"), for: i("s"))! == (eco.projectIndex(of: "Q5")!, 1, 1))
        // From z: d of Q4 = {d, y, z} knows s → 1/2; nobody knows w.
        #expect(context.consortiumOverlap(of: i("z"), among: [i("s"), i("w")]) == [0.5, 0])
        #expect(context.consortiumOverlapEvidence(of: i("z"), for: i("w")) == nil)
        // A member with no team of two or more has no overlap with anyone.
        #expect(context.consortiumOverlap(of: i("w"), among: [i("s"), i("z")]) == [0, 0])
    }

    @Test("the supercluster: every seeker and candidate equals the definition computed directly")
    func definition() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        )
        let context = try MatchingContext(eco)
        let g = context.graph
        let all = Array(eco.members.indices)
        for s in stride(from: 0, to: eco.members.count, by: 7) {
            let fast = context.consortiumOverlap(of: s, among: all)
            for c in all {
                var best = 0.0
                for p in context.projectsOf[s] where context.membersOf[p].count > 1 {
                    let team = context.membersOf[p]
                    let know = team.filter { z in z != s && z != c && g.neighbors(z).contains { Int($0) == c } }.count
                    best = max(best, Double(know) / Double(team.count - 1))
                }
                #expect(fast[c] == best, "seeker \(eco.members[s].id), candidate \(eco.members[c].id)")
                if fast[c] != best { return }
            }
        }
    }

    @Test("the match explains the feature with the team and its size")
    func reason() throws {
        let eco = Self.ecosystem()
        var query = MatchQuery(seeker: .member(eco.memberIndex(of: "s")!), kinds: [.publicAgency])
        query.weights = MatchWeights(values: [.consortiumOverlap: 1])
        let top = try #require(Matcher(try MatchingContext(eco)).rank(query).first)
        #expect(eco.members[top.candidate].id == "y")  // y and z both 1; ties by id
        #expect(top.reasons.first?.hasPrefix("the other partner in 'P2' has worked with Y") == true, "\(top.reasons)")
    }
}
