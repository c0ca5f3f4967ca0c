import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeMatching
import KlyngeTestSupport
import Testing

/// Topic vectors against scikit-learn; the matcher's filters, ranking, reasons and determinism.
@Suite("partner matching")
struct MatcherTests {
    static let tiny = Klynge.root.appendingPathComponent("Tests/KlyngeEcosystemTests/Fixtures/tiny").path

    @Test("TF-IDF cosine equals scikit-learn's TfidfVectorizer (smooth idf, l2)")
    func tfidf() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/tfidf.json"
        )
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let docs = try #require(obj["documents"] as? [[String]])
        let cosine = try #require(obj["cosine"] as? [[Double]])
        let counts = docs.map { d in d.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 } }
        let index = TopicIndex(documents: counts)
        let vectors = counts.map(index.vector)
        for i in docs.indices {
            for j in docs.indices {
                #expect(abs(vectors[i].cosine(vectors[j]) - cosine[i][j]) < 1e-12, "docs \(i), \(j)")
            }
        }
    }

    @Test("terms: topic phrases whole, title words lower-cased without stop words")
    func terms() {
        let t = TopicIndex.terms(
            topics: ["Fall Detection"],
            titles: ["Sensors for the home: Fall detection og velferd"]
        )
        #expect(t == ["fall detection": 1, "sensors": 1, "home": 1, "fall": 1, "detection": 1, "velferd": 1])
    }

    @Test("filters: kinds, county, cluster, size, pilots, and the seeker's partners left out")
    func filters() throws {
        let eco = try DatasetLoader().load(folder: Self.tiny)
        let matcher = Matcher(try MatchingContext(eco))
        let c1 = eco.memberIndex(of: "c1")!
        var q = MatchQuery(seeker: .member(c1))
        let ids = { (q: MatchQuery) in matcher.candidates(for: q).map { eco.members[$0].id } }
        #expect(ids(q) == ["c2", "u1", "i1", "x1"])  // k1, k2, h1 are c1's partners
        q.includePartners = true
        #expect(ids(q) == ["c2", "k1", "k2", "h1", "u1", "i1", "x1"])
        q.kinds = [.municipality]
        #expect(ids(q) == ["k1", "k2"])
        q.counties = ["Troms"]
        #expect(ids(q) == ["k2"])
        q.counties = []
        q.pilotedBefore = true
        #expect(ids(q) == ["k1", "k2"])
        q.sizeRange = 100_000...400_000
        #expect(ids(q) == ["k1"])
        q = MatchQuery(seeker: .member(c1))
        q.cluster = "Oslo Cancer Cluster"
        #expect(ids(q) == ["c2", "x1"])
    }

    @Test("ranking: scores descending, ties by id, features in 0…1, same result for any thread count")
    func ranking() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        )
        let matcher = Matcher(try MatchingContext(eco))
        var q = MatchQuery(seeker: .member(eco.memberIndex(of: "m0183")!))
        q.kinds = [.municipality]
        q.threads = 1
        let a = matcher.rank(q)
        q.threads = 3
        let b = matcher.rank(q)
        #expect(a == b)
        #expect(!a.isEmpty)
        for (x, y) in zip(a, a.dropFirst()) {
            #expect(
                x.score > y.score || (x.score == y.score && eco.members[x.candidate].id < eco.members[y.candidate].id)
            )
        }
        #expect(a.allSatisfy { s in s.features.values.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 } })
        #expect(a.allSatisfy { eco.members[$0.candidate].kind == .municipality })
        // The score is the weighted sum of the features.
        for s in a.prefix(5) {
            let sum = MatchFeature.allCases.reduce(0.0) { $0 + MatchWeights.defaults[$1] * (s.features[$1] ?? 0) }
            #expect(abs(sum - s.score) < 1e-12)
        }
        #expect(!a[0].reasons.isEmpty && a[9].reasons.count > 0 && a[10].reasons.isEmpty)  // top 10 explained
    }

    @Test("reasons name the evidence: shared topics, the intermediary and its project, the county")
    func reasons() throws {
        let eco = try DatasetLoader().load(folder: Self.tiny)
        let matcher = Matcher(try MatchingContext(eco))
        var q = MatchQuery(seeker: .member(eco.memberIndex(of: "c1")!))
        q.kinds = [.university]
        let s = try #require(matcher.rank(q).first)
        #expect(eco.members[s.candidate].id == "u1")
        #expect(s.path.map { eco.members[$0].id } == ["c1", "k1", "u1"])  // c1–k1 (p1, p2), k1–u1 (p4)
        #expect(s.reasons.contains { $0.hasPrefix("both worked with Bergen kommune") && $0.contains("'Consortium'") })
        // A newcomer's profile: topics and county only.
        var p = MatchQuery(
            seeker: try Seeker.parseProfile("kind=company;topics=fall detection,welfare technology;county=Vestland")
        )
        p.kinds = [.municipality]
        let first = try #require(Matcher(try MatchingContext(eco)).rank(p).first)
        #expect(eco.members[first.candidate].id == "k1")  // Bergen: both topics, same county, pilot site
        #expect(first.reasons.contains { $0.hasPrefix("shares topics: fall detection, welfare technology") })
        #expect(first.features[.geography] == 1 && first.features[.complementarity] == 1)
    }

    @Test("profiles and weight files: errors name the problem")
    func inputErrors() throws {
        // An unknown kind is a value the user typed wrong (issue 12: a usage error), not a malformed profile.
        #expect(
            throws: MatchError.unknownValue(
                "unknown kind 'startup' (choose from \(MemberKind.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
        ) {
            try Seeker.parseProfile("kind=startup;topics=x")
        }
        #expect(throws: MatchError.badProfile("the profile needs topics=… (comma-separated)")) {
            try Seeker.parseProfile("kind=company")
        }
        let dir = try Klynge.temporaryFolder()
        let file = dir.appendingPathComponent("w.txt").path
        try "topic_fit = 0.5\n# comment\nproximity = lots\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: MatchError.badWeights("\(file):3: proximity: weight 'lots' must be a number ≥ 0")) {
            try MatchWeights.read(path: file)
        }
        try "topic_fit = 0.5 # more topics\ngeography=0\n".write(toFile: file, atomically: true, encoding: .utf8)
        let w = try MatchWeights.read(path: file)
        #expect(w[.topicFit] == 0.5 && w[.geography] == 0 && w[.recency] == MatchWeights.defaults[.recency])
    }

    @Test("a time cutoff hides later projects: ties, experience and topics")
    func cutoff() throws {
        let eco = try DatasetLoader().load(folder: Self.tiny)
        let before2019 = try MatchingContext(eco, before: 2019)  // p1 (2018) and p4 (2017) only
        #expect(before2019.graph.edgeCount == 11)  // two 4-cliques (p1, p4) sharing the tie k1–h1
        let c1 = eco.memberIndex(of: "c1")!
        #expect(before2019.projectsOf[c1].map { eco.projects[$0].id } == ["p1"])
        #expect(!before2019.topicSets[c1].contains("fall detection"))  // p2 (2019) is later
        #expect(try MatchingContext(eco).topicSets[c1].contains("fall detection"))
    }
}
