import KlyngeEcosystem
import KlyngeMatching
import KlyngeTestSupport
import Testing

/// A query's typed names read against the dataset (topics through the synonym table, counties,
/// clusters), and the message when known filters leave no candidate.
@Suite("match queries in the data's own words")
struct QueryVocabularyTests {
    static let tiny = Klynge.root.appendingPathComponent("Tests/KlyngeEcosystemTests/Fixtures/tiny").path
    static let supercluster = Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path

    @Test("velferdsteknologi,fallsensor ranks as the dataset's own words do, with topic fit")
    func norwegianProfile() throws {
        let eco = try DatasetLoader().load(folder: Self.supercluster)
        let matcher = Matcher(try MatchingContext(eco))
        func query(_ profile: String) throws -> MatchQuery {
            var q = MatchQuery(seeker: try Seeker.parseProfile(profile))
            q.kinds = [.municipality]
            return q
        }
        let typed = try query("kind=company;topics=velferdsteknologi,fallsensor;county=vestland")
        // As typed, no member has these words: topic fit 0 everywhere (the bug of issue 12).
        #expect(matcher.rank(typed).allSatisfy { $0.features[.topicFit] == 0 })
        let resolved = try typed.resolved(in: eco)
        #expect(
            resolved.seeker
                == .profile(kind: .company, topics: ["welfare technology", "fall detection"], county: "Vestland")
        )
        let ranked = matcher.rank(resolved)
        let english = matcher.rank(try query("kind=company;topics=welfare technology,fall detection;county=Vestland"))
        #expect(ranked.map(\.candidate) == english.map(\.candidate) && ranked.map(\.score) == english.map(\.score))
        let top = try #require(ranked.first)
        #expect(top.features[.topicFit]! > 0)
        #expect(
            top.reasons.contains {
                $0.hasPrefix("shares topics: ") && $0.contains("fall detection") && $0.contains("welfare technology")
            }
        )
    }

    @Test("unknown topics, counties and clusters are errors naming the value; known ones are the dataset's spelling")
    func unknownNames() throws {
        let eco = try DatasetLoader().load(folder: Self.supercluster)
        var q = MatchQuery(seeker: .member(0))
        q.counties = ["vestland", "ØSTFOLD"]
        q.cluster = "norwegian smart care cluster"
        let r = try q.resolved(in: eco)
        #expect(r.counties == ["Vestland", "Østfold"] && r.cluster == "Norwegian Smart Care Cluster")
        q.counties = ["Vestlandet"]
        let county = #expect(throws: UnknownName.self) { try q.resolved(in: eco) }
        #expect(county?.field == "county" && county?.suggestions == ["Vestland"])
        q.counties = []
        q.cluster = "Smart Care"
        let cluster = #expect(throws: UnknownName.self) { try q.resolved(in: eco) }
        #expect(cluster?.suggestions == ["Norwegian Smart Care Cluster"])
        let profile = MatchQuery(
            seeker: try Seeker.parseProfile("kind=company;topics=fall detection;county=Vestlandet")
        )
        let inProfile = #expect(throws: UnknownName.self) { try profile.resolved(in: eco) }
        #expect(inProfile?.value == "Vestlandet")
        #expect(throws: MatchError.unknownValue("unknown kind 'startup' (choose from \(MemberKind.names))")) {
            try Seeker.parseProfile("kind=startup;topics=x")
        }
    }

    @Test("no candidate: the filters in order with what each leaves, up to the one that leaves none")
    func emptiedFilters() throws {
        let eco = try DatasetLoader().load(folder: Self.tiny)
        let matcher = Matcher(try MatchingContext(eco))
        let c1 = try #require(eco.memberIndex(of: "c1"))
        var q = MatchQuery(seeker: .member(c1), kinds: [.municipality])
        q.counties = ["Finnmark"]
        #expect(matcher.candidates(for: q).isEmpty)
        #expect(
            matcher.noCandidates(for: q)
                == .noCandidates("no candidate passes the filters: 2 municipalities, of which 0 in county Finnmark")
        )
        // k1 and k2 are c1's partners: the last filter empties the list.
        q.counties = ["Vestland", "Troms"]
        #expect(
            matcher.noCandidates(for: q).description
                == "no candidate passes the filters: 2 municipalities, of which 2 in counties Troms or Vestland, of which 0 not already working with the seeker"
        )
        q = MatchQuery(seeker: .member(c1), kinds: [.countyAuthority, .publicAgency])
        #expect(
            matcher.noCandidates(for: q).description
                == "no candidate passes the filters: 0 county-authorities or public-agencies"
        )
        q = MatchQuery(seeker: .member(c1))
        q.cluster = "Oslo Cancer Cluster"
        q.sizeRange = 100...200
        #expect(
            matcher.noCandidates(for: q).description
                == "no candidate passes the filters: 7 members, of which 2 in cluster Oslo Cancer Cluster, of which 0 of size 100–200"
        )
    }
}
