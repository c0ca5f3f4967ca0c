import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeMatching
import Testing

/// The consortium's candidate filters (counties, countries, cluster, exclusions, unnamed
/// members) on hand-built ecosystems whose teams are known by hand.
///
/// Every member's topics are the call's topic ("fall detection") alone (fit 1) or with one other
/// topic (fit < 1), and no one has worked together, so a team's score is its fit: the best-fitting
/// company wins unless a filter removes it. The lead, a municipality, fixes the balance.
@Suite("consortium filters")
struct ConsortiumFilterTests {
    static let fd = "fall detection"

    /// k1: the lead (Vestland, NO). c1: the best company (Vestland, FR, cluster A); c2 second
    /// (Rogaland, NO, cluster B); c3 third (Rogaland, NO, unnamed: "PIC 918199964" with that
    /// eu_pic), but c3 carries only the call's topic, so it would beat both were it named.
    static func ecosystem() -> Ecosystem {
        let members = [
            Member(
                id: "k1",
                name: "Lead kommune",
                kind: .municipality,
                county: "Vestland",
                topics: [fd],
                attributes: ["country": "NO"]
            ),
            Member(
                id: "c1",
                name: "Alpha AS",
                kind: .company,
                clusters: ["A"],
                county: "Vestland",
                topics: [fd, "opera"],
                attributes: ["country": "FR"]
            ),
            Member(
                id: "c2",
                name: "Beta AS",
                kind: .company,
                clusters: ["B"],
                county: "Rogaland",
                topics: [fd, "opera", "sailing"],
                attributes: ["country": "NO"]
            ),
            Member(
                id: "c3",
                name: "PIC 918199964",
                kind: .company,
                county: "Rogaland",
                topics: [fd],
                attributes: ["country": "NO", "eu_pic": "918199964"]
            ),
            Member(id: "x1", name: "Other", kind: .other, topics: ["knitting"]),
        ]
        let projects = [Project(id: "p1", start: PartialDate(year: 2020))]
        // One project so the collaboration graph exists; x1 alone in it (no ties among candidates).
        return Ecosystem(
            name: "hand-built",
            members: members,
            projects: projects,
            participations: [Participation(project: 0, member: 4)]
        )
    }

    static func propose(
        _ configure: (inout ConsortiumCall, Ecosystem) throws -> Void
    ) throws -> (
        ConsortiumProposal, Ecosystem
    ) {
        let eco = ecosystem()
        var call = ConsortiumCall(topics: [fd], roles: [.company], lead: eco.memberIndex(of: "k1"))
        call.alternatives = 1
        try configure(&call, eco)
        return (try ConsortiumPlanner(try MatchingContext(eco), call: call).propose(), eco)
    }

    static func ids(_ p: ConsortiumProposal, _ eco: Ecosystem) -> [String] {
        p.teams[0].members.map { eco.members[$0.member].id }
    }

    @Test("no filter: the best named company; the unnamed one is left out and counted")
    func defaults() throws {
        let (p, eco) = try Self.propose { _, _ in }
        #expect(Self.ids(p, eco) == ["k1", "c1"])
        #expect(p.unnamedLeftOut == 1)
        #expect(
            p.notes.contains(
                "1 unnamed member left out (a name that is only an identifier, like 'PIC 918199964'); they are proposed only when asked for"
            )
        )
    }

    @Test("include unnamed: the unnamed company, the best fit, is proposed")
    func includeUnnamed() throws {
        let (p, eco) = try Self.propose { call, _ in call.includeUnnamed = true }
        #expect(Self.ids(p, eco) == ["k1", "c3"])
        #expect(p.unnamedLeftOut == 0)
        #expect(!p.notes.contains { $0.contains("unnamed") })
    }

    @Test("county: only Rogaland companies, the lead from Vestland stays")
    func county() throws {
        let (p, eco) = try Self.propose { call, eco in
            call.counties = ["rogaland"]
            call = try call.resolved(in: eco)
        }
        #expect(Self.ids(p, eco) == ["k1", "c2"])
        #expect(p.notes.contains("candidates only in county Rogaland"))
        #expect(p.unnamedLeftOut == 1)  // c3 is in Rogaland too
    }

    @Test("country: NO leaves out the French company; the lead's own country does not matter")
    func country() throws {
        let (p, eco) = try Self.propose { call, eco in
            call.countries = ["no"]
            call = try call.resolved(in: eco)
        }
        #expect(Self.ids(p, eco) == ["k1", "c2"])
        #expect(p.notes.contains("candidates only in country NO"))
    }

    @Test("cluster and exclude")
    func clusterAndExclude() throws {
        let (byCluster, eco) = try Self.propose { call, eco in
            call.cluster = "b"
            call = try call.resolved(in: eco)
        }
        #expect(Self.ids(byCluster, eco) == ["k1", "c2"])
        let (excluded, _) = try Self.propose { call, eco in
            call.excluded = try ConsortiumCall.parseMembers("Alpha AS, ", in: eco)
        }
        #expect(Self.ids(excluded, eco) == ["k1", "c2"])
        #expect(excluded.notes.contains("candidates only 1 member excluded"))
    }

    @Test("the lead is never filtered out, even unnamed and outside the county")
    func leadStays() throws {
        let (p, eco) = try Self.propose { call, eco in
            call.lead = eco.memberIndex(of: "c3")  // unnamed, in Rogaland
            call.roles = [.municipality]
            call.counties = ["Vestland"]
        }
        #expect(Self.ids(p, eco) == ["c3", "k1"])
        #expect(p.unnamedLeftOut == 0)
    }

    @Test("errors: filters leaving no candidate, an excluded lead, unknown names")
    func errors() throws {
        let eco = Self.ecosystem()
        let context = try MatchingContext(eco)
        var call = ConsortiumCall(topics: [Self.fd], roles: [.company], lead: eco.memberIndex(of: "k1"))
        call.cluster = "A"
        call.excluded = [eco.memberIndex(of: "c1")!]
        #expect(throws: ConsortiumError.filteredOut(.company, needed: 1, available: 0, total: 3)) {
            try ConsortiumPlanner(context, call: call)
        }
        call.cluster = nil
        call.excluded = [eco.memberIndex(of: "k1")!]
        #expect(throws: ConsortiumError.leadExcluded("Lead kommune")) { try ConsortiumPlanner(context, call: call) }
        call.excluded = []
        call.counties = ["Rogalnd"]
        #expect(throws: UnknownName.self) { try call.resolved(in: eco) }
        do {
            _ = try call.resolved(in: eco)
        } catch {
            #expect(error.suggestions.first == "Rogaland")
        }
        call.counties = []
        call.countries = ["XX"]
        #expect(throws: UnknownName.self) { try call.resolved(in: eco) }
        let noCountries = Ecosystem(
            name: "bare",
            members: [Member(id: "a", name: "A", kind: .company)],
            projects: [],
            participations: []
        )
        #expect((try? call.resolved(in: noCountries)) == nil)
        #expect(throws: MemberLookupError.self) { try ConsortiumCall.parseMembers("Gamma", in: eco) }
    }

    @Test("unnamed: a name that is only one of the member's identifiers")
    func unnamed() {
        func m(_ name: String, _ attributes: [String: String] = [:], orgnr: String? = nil) -> Member {
            Member(id: "pic-1", name: name, kind: .company, organisationNumber: orgnr, attributes: attributes)
        }
        #expect(m("PIC 918199964", ["eu_pic": "918199964"]).isUnnamed)
        #expect(m("pic-1").isUnnamed)
        #expect(m("918199964").isUnnamed)
        #expect(m("Org 987654321", orgnr: "987654321").isUnnamed)
        #expect(!m("PIC 918199964").isUnnamed)  // a number that is none of its identifiers
        #expect(!m("Studio 54").isUnnamed)
        #expect(!m("Name k1", ["code": "k1"]).isUnnamed)  // a short handle, as in the hand-built tests
        #expect(!m("Helse Bergen HF").isUnnamed)
        #expect(!m("Helse Bergen 918199964", ["eu_pic": "918199964"]).isUnnamed)
    }
}
