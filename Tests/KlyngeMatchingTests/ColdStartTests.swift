import Foundation
import KlyngeEcosystem
import KlyngeGraph
import Testing

@testable import KlyngeMatching

/// `klynge evaluate --cold-start`: the newcomers' split and the baselines, against the
/// independent oracle `Fixtures/make_coldstart_fixture.py` on the hand-made `Fixtures/coldstart` dataset.
@Suite("cold-start evaluation")
struct ColdStartTests {
    struct Profile: Decodable {
        let seeker: String
        let project: String
        let topics: [String]
        let county: String?
        let country: String?
        let partners: [String]
        let newcomer_welcome: [String: Double]
        let same_country: [String: Double]
    }
    struct Metrics: Decodable {
        let mrr: Double
        let precision_at_k: Double
        let recall_at_k: Double
        let auc: Double?
        let reciprocal_ranks: [Double]
    }
    struct Case: Decodable {
        let split_year: Int
        let seekers: [String]
        let targets: [String]
        let k: Int
        let test_before: Int?
        let candidates: [String]
        let queries: [Profile]
        let methods: [String: Metrics]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func cases() throws -> [Case] {
        try JSONDecoder().decode([Case].self, from: Data(contentsOf: folder.appendingPathComponent("coldstart.json")))
    }

    static func split(_ c: Case, eco: Ecosystem) throws -> ColdStartSplit {
        try ColdStartSplit(
            eco,
            splitYear: c.split_year,
            seekerKinds: Set(try c.seekers.map { try MemberKind.named($0) }),
            targetKinds: Set(try c.targets.map { try MemberKind.named($0) }),
            testBefore: c.test_before
        )
    }

    static func dataset() throws -> Ecosystem {
        try DatasetLoader().load(folder: folder.appendingPathComponent("coldstart").path)
    }

    @Test("seekers, profiles, candidates and true partners as the oracle finds them")
    func queries() throws {
        let eco = try Self.dataset()
        let cases = try Self.cases()
        #expect(cases.count == 3)
        for c in cases {
            let split = try Self.split(c, eco: eco)
            #expect(split.candidates.map { eco.members[$0].id }.sorted(by: Ranking.idPrecedes) == c.candidates)
            #expect(split.queries.count == c.queries.count)
            for (q, expected) in zip(split.queries, c.queries) {
                #expect(eco.members[q.seeker].id == expected.seeker)
                #expect(eco.projects[q.project].id == expected.project)
                #expect(
                    q.profile
                        == .profile(
                            kind: eco.members[q.seeker].kind,
                            topics: expected.topics,
                            county: expected.county,
                            country: expected.country
                        )
                )
                #expect(q.partners.map { eco.members[$0].id }.sorted(by: Ranking.idPrecedes) == expected.partners)
            }
        }
    }

    @Test("popularity, topic popularity, same county and same country score as the oracle's rankings (ties by id)")
    func baselines() throws {
        let eco = try Self.dataset()
        for c in try Self.cases() {
            var options = EvaluationOptions()
            options.k = c.k
            options.threads = 2
            let report = ColdStartEvaluator(try Self.split(c, eco: eco)).run(options)
            #expect(report.evaluationProtocol == .coldStart)
            #expect(report.methods.map(\.method) == EvaluationMethod.coldStartMethods)
            #expect(report.queries == c.queries.count)
            for (name, expected) in c.methods {
                let method = try #require(EvaluationMethod(rawValue: name))
                let m = try #require(report[method])
                #expect(abs(m.mrr - expected.mrr) < 1e-12, "\(name) MRR \(m.mrr) vs \(expected.mrr)")
                #expect(abs(m.precisionAtK - expected.precision_at_k) < 1e-12, "\(name) precision")
                #expect(abs(m.recallAtK - expected.recall_at_k) < 1e-12, "\(name) recall")
                #expect(zip(m.reciprocalRanks, expected.reciprocal_ranks).allSatisfy { abs($0 - $1) < 1e-12 })
                if let auc = expected.auc {
                    #expect(abs(m.auc - auc) < 1e-12, "\(name) AUC")
                } else {
                    #expect(m.auc.isNaN)
                }
            }
        }
    }

    @Test(
        "newcomer_welcome and same_country as the oracle finds them",
        arguments: [(MatchFeature.newcomerWelcome, \Profile.newcomer_welcome), (.sameCountry, \Profile.same_country)]
    )
    func profileFeature(_ feature: MatchFeature, expectedValues: KeyPath<Profile, [String: Double]> & Sendable) throws {
        let eco = try Self.dataset()
        let c = try Self.cases()[0]
        let e = ColdStartEvaluator(try Self.split(c, eco: eco))
        let width = MatchFeature.allCases.count
        let column = MatchFeature.allCases.firstIndex(of: feature)!
        // Values that tell right from wrong: fractions for newcomer_welcome, both 0 and 1 for same_country.
        #expect(
            c.queries.contains { q in q[keyPath: expectedValues].values.contains { $0 > 0 && $0 < 1 } }
                || feature == .sameCountry
        )
        #expect(Set(c.queries.flatMap { $0[keyPath: expectedValues].values }).isSuperset(of: [0, 1]))
        for (q, expected) in zip(e.split.queries, c.queries) {
            let features = e.klyngeScored(q, weights: .newcomerDefaults).features
            for (i, candidate) in e.split.candidates.enumerated() {
                let want = try #require(expected[keyPath: expectedValues][eco.members[candidate].id])
                let got = features[i * width + column]
                #expect(abs(got - want) < 1e-12, "\(expected.seeker) \(eco.members[candidate].id): \(got) vs \(want)")
            }
        }
    }

    @Test("the same report for 1 and 4 threads; no same-county (same-country) baseline without counties (countries)")
    func deterministic() throws {
        let eco = try Self.dataset()
        let split = try Self.split(try Self.cases()[0], eco: eco)
        var one = EvaluationOptions()
        one.threads = 1
        var four = one
        four.threads = 4
        let a = ColdStartEvaluator(split).run(one)
        let b = ColdStartEvaluator(split).run(four)
        #expect(a.methods == b.methods)
        let stripped = Ecosystem(
            name: eco.name,
            members: eco.members.map { m in
                var m = m
                m.county = nil
                m.attributes[Ecosystem.countryAttribute] = nil
                return m
            },
            projects: eco.projects,
            participations: eco.participations
        )
        let noCounties = ColdStartEvaluator(
            try ColdStartSplit(stripped, splitYear: 2017, seekerKinds: [.company], targetKinds: [.university])
        )
        #expect(!noCounties.run(one).methods.contains { $0.method == .sameCounty || $0.method == .sameCountry })
        #expect(a.methods.contains { $0.method == .sameCountry })
    }

    @Test("member-seeker runs leave the cold-start methods out")
    func memberSeekersUnchanged() throws {
        let eco = try Self.dataset()
        let split = try TimeSplit(eco, splitYear: 2017, seekerKinds: [.company], targetKinds: [.university])
        let report = Evaluator(split).run(EvaluationOptions())
        #expect(report.methods.map(\.method) == EvaluationMethod.memberSeekerMethods)
        #expect(report.evaluationProtocol == .memberSeekers)
    }
}
