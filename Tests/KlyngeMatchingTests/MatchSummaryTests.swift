import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeMatching
import Testing

/// What a match says once above its list (``Matcher/summary(of:for:)``), on a hand-built
/// ecosystem: a company `s` that has worked with municipality k1 (project p1); k2 and k3 worked
/// together (p2). Expected values follow from the definitions by hand: a company seeker and a
/// municipality candidate are private and public, so complementarity is 1 for every
/// municipality, and its reason's contribution is its weight × 1.
@Suite("match summary")
struct MatchSummaryTests {
    static let fd = "fall detection"

    static func ecosystem() -> Ecosystem {
        let members = [
            Member(id: "s", name: "Seeker AS", kind: .company, topics: [fd]),
            Member(id: "k1", name: "Kommune One", kind: .municipality, topics: [fd]),
            Member(id: "k2", name: "Kommune Two", kind: .municipality, topics: [fd, "opera"]),
            Member(id: "k3", name: "Kommune Three", kind: .municipality, topics: ["knitting"]),
        ]
        let projects = [
            Project(id: "p1", start: PartialDate(year: 2020)), Project(id: "p2", start: PartialDate(year: 2021)),
        ]
        let parts = [
            Participation(project: 0, member: 0), Participation(project: 0, member: 1),
            Participation(project: 1, member: 2), Participation(project: 1, member: 3),
        ]
        return Ecosystem(name: "hand-built", members: members, projects: projects, participations: parts)
    }

    /// Topic fit and complementarity only, so every reason is one of those two.
    static let weights = MatchWeights(values: [
        MatchFeature(rawValue: "topic_fit")!: 1, MatchFeature(rawValue: "complementarity")!: 0.5,
    ])

    @Test("a newcomer company: the public/private reason is said once; the network columns are empty")
    func newcomer() throws {
        let eco = Self.ecosystem()
        let matcher = Matcher(try MatchingContext(eco))
        let seeker = try Seeker.parseProfile("kind=company;topics=fall detection").resolved(in: eco)
        var query = MatchQuery(seeker: seeker, kinds: [.municipality])
        query.weights = Self.weights
        let shown = matcher.rank(query)
        #expect(shown.count == 3)
        let summary = matcher.summary(of: shown, for: query)
        #expect(summary.sharedReasons == ["public partner for a private seeker (+0.50)"])
        #expect(summary.newcomer && summary.partnersLeftOut == 0)
        #expect(summary.emptyNetworkFeatures.map(\.rawValue) == ["proximity", "shared_partners", "consortium_overlap"])
        for s in shown {
            #expect(s.reasons.contains("public partner for a private seeker (+0.50)"))
            #expect(summary.ownReasons(of: s) == s.reasons.filter { !$0.hasPrefix("public partner") })
        }
        // One suggestion shares nothing with anyone: its reasons stay its own.
        let one = matcher.summary(of: Array(shown.prefix(1)), for: query)
        #expect(one.sharedReasons.isEmpty && one.ownReasons(of: shown[0]) == shown[0].reasons)
    }

    @Test("country=: parsed, resolved ignoring case, ranks the seeker's country first; without it the column is empty")
    func country() throws {
        let base = Self.ecosystem()
        let countries = ["k1": "SE", "k2": "NO", "k3": "NO"]
        let eco = Ecosystem(
            name: base.name,
            members: base.members.map { m in
                var m = m
                if let c = countries[m.id] { m.attributes = [Ecosystem.countryAttribute: c] }
                return m
            },
            projects: base.projects,
            participations: base.participations
        )
        let matcher = Matcher(try MatchingContext(eco))
        let typed = try Seeker.parseProfile("kind=company;topics=knitting;country=se")
        #expect(typed == .profile(kind: .company, topics: ["knitting"], county: nil, country: "se"))
        let seeker = try typed.resolved(in: eco)
        #expect(seeker == .profile(kind: .company, topics: ["knitting"], county: nil, country: "SE"))
        #expect(throws: UnknownName.self) {
            try Seeker.parseProfile("kind=company;topics=knitting;country=FR").resolved(in: eco)
        }
        // Same country alone: k1 (SE) first, then k2 and k3 tied at 0 (by id).
        var query = MatchQuery(seeker: seeker, kinds: [.municipality])
        query.weights = MatchWeights(values: [.sameCountry: 1])
        let shown = matcher.rank(query, explain: true)
        #expect(shown.map { eco.members[$0.candidate].id } == ["k1", "k2", "k3"])
        #expect(shown.map { $0.features[.sameCountry] } == [1, 0, 0])
        #expect(shown[0].reasons.contains { $0.hasPrefix("same country (SE)") })
        #expect(matcher.summary(of: shown, for: query).emptyCountryFeatures.isEmpty)
        // Without country= the feature is 0 for everyone: the formats for people leave it out.
        query.seeker = try Seeker.parseProfile("kind=company;topics=knitting").resolved(in: eco)
        let none = matcher.rank(query)
        #expect(none.allSatisfy { $0.features[.sameCountry] == 0 })
        #expect(matcher.summary(of: none, for: query).emptyCountryFeatures == [.sameCountry])
    }

    @Test("a member seeker: its partner k1 is left out and counted; with its ties, no column is empty")
    func memberSeeker() throws {
        let eco = Self.ecosystem()
        let matcher = Matcher(try MatchingContext(eco))
        var query = MatchQuery(seeker: .member(0), kinds: [.municipality])
        query.weights = Self.weights
        let shown = matcher.rank(query)
        #expect(shown.map { eco.members[$0.candidate].id }.sorted() == ["k2", "k3"])
        let summary = matcher.summary(of: shown, for: query)
        #expect(summary.partnersLeftOut == 1 && !summary.newcomer)
        #expect(summary.emptyNetworkFeatures.isEmpty)
        query.includePartners = true
        #expect(matcher.summary(of: matcher.rank(query), for: query).partnersLeftOut == 0)
    }

    @Test("a member without ties: its network columns are empty too")
    func memberWithoutTies() throws {
        var eco = Self.ecosystem()
        eco = Ecosystem(
            name: "hand-built",
            members: eco.members + [Member(id: "s2", name: "Loner AS", kind: .company)],
            projects: eco.projects,
            participations: eco.participations
        )
        let matcher = Matcher(try MatchingContext(eco))
        var query = MatchQuery(seeker: .member(4), kinds: [.municipality])
        query.weights = Self.weights
        let summary = matcher.summary(of: matcher.rank(query), for: query)
        #expect(!summary.newcomer && summary.partnersLeftOut == 0)
        #expect(summary.emptyNetworkFeatures.map(\.rawValue) == ["proximity", "shared_partners", "consortium_overlap"])
    }
}
