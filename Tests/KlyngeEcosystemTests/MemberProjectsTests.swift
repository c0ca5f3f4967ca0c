import KlyngeEcosystem
import Testing

/// "Projects two members share" against NetworkX's `weighted_projected_graph` weights (the
/// number of shared projects), from Fixtures/tiny_projection.json.
@Suite("Projects two members share")
struct MemberProjectsTests {
    @Test("shared-project counts equal NetworkX's projection, whole period and 2019–2020")
    func counts() throws {
        let eco = try EcosystemModelTests.tiny()
        for (variant, years) in [("shared", nil), ("window_2019_2020", 2019...2020)] as [(String, ClosedRange<Int>?)] {
            let reference = try EcosystemModelTests.reference(variant)
            let projects = eco.memberProjects(years: years)
            for a in eco.members.indices {
                for b in eco.members.indices where a < b {
                    let x = eco.members[a].id
                    let y = eco.members[b].id
                    let expected = reference[min(x, y) + "|" + max(x, y)] ?? 0
                    let shared = projects.shared(a, b)
                    #expect(Double(shared.count) == expected, "\(x) – \(y) in \(variant)")
                    #expect(shared == shared.sorted() && Set(shared).count == shared.count)
                    #expect(shared == projects.shared(b, a))
                    #expect(shared == eco.sharedProjects(a, b, years: years))
                    for p in shared {
                        #expect(projects[member: a].contains(p) && projects[member: b].contains(p))
                    }
                }
            }
        }
    }
}
