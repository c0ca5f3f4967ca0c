import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeTestSupport
import Testing

@testable import KlyngeMatching

/// `klynge evaluate`'s time split, metrics and baselines, against hand-worked values and NetworkX.
@Suite("time-split evaluation")
struct EvaluationTests {
    /// A hand-worked split (year 2017), companies seeking universities:
    ///
    ///     training (before 2017)          collaboration graph
    ///     p1 2015  c1 u1                      c1 — u1 — u2 — u3 — c3
    ///     p2 2015  u1 u2                            \    |  /
    ///     p3 2016  u2 u3 c2                          `— c2 ´        u0 (alone in p4)
    ///     p4 2016  u0
    ///     p5 2016  c2 u1
    ///     p6 2016  c3 u3
    ///     later
    ///     t1 2018  c1 u2 u0 u5 c9   (u5, c9: not in the training graph)
    ///     t2 2019  c2 u0 u1         (c2–u1 tied already: not a test pair)
    ///     t3 2017  c3 u1            (the split year itself is "later")
    ///     x  ????  c1 u3            (unknown start: neither training nor test)
    ///
    /// Queries: c1 → candidates u0, u2, u3 (u1 tied), partners u0, u2; c2 → candidate u0 (u1, u2, u3 tied),
    /// partner u0; c3 → candidates u0, u1, u2 (u3 tied), partner u1.
    static func handWorked() -> Ecosystem {
        let ids = ["c1", "c2", "c3", "u0", "u1", "u2", "u3", "u5", "c9"]
        let members = ids.map {
            Member(id: $0, name: $0.uppercased(), kind: $0.hasPrefix("c") ? .company : .university)
        }
        let spec: [(String, Int?, [String])] = [
            ("p1", 2015, ["c1", "u1"]), ("p2", 2015, ["u1", "u2"]), ("p3", 2016, ["u2", "u3", "c2"]),
            ("p4", 2016, ["u0"]),
            ("p5", 2016, ["c2", "u1"]), ("p6", 2016, ["c3", "u3"]),
            ("t1", 2018, ["c1", "u2", "u0", "u5", "c9"]), ("t2", 2019, ["c2", "u0", "u1"]), ("t3", 2017, ["c3", "u1"]),
            ("x", nil, ["c1", "u3"]),
        ]
        let projects = spec.map { Project(id: $0.0, start: $0.1.map { PartialDate(year: $0) }) }
        var participations: [Participation] = []
        for (p, s) in spec.enumerated() {
            for m in s.2 { participations.append(Participation(project: p, member: ids.firstIndex(of: m)!)) }
        }
        return Ecosystem(name: "hand-worked", members: members, projects: projects, participations: participations)
    }

    static func split() throws -> TimeSplit {
        try TimeSplit(handWorked(), splitYear: 2017, seekerKinds: [.company], targetKinds: [.university])
    }

    @Test("test pairs: both in the training graph, not tied, partners in the split year or later")
    func queries() throws {
        let split = try Self.split()
        let eco = split.context.ecosystem
        let named = split.queries.map { q in
            [
                eco.members[q.seeker].id, q.candidates.map { eco.members[$0].id }.joined(separator: " "),
                q.partners.map { eco.members[$0].id }.joined(separator: " "),
            ]
        }
        #expect(named == [["c1", "u0 u2 u3", "u0 u2"], ["c2", "u0", "u0"], ["c3", "u0 u1 u2", "u1"]])
        #expect(split.testPairs == 4)
        #expect(split.context.graph.degree(eco.memberIndex(of: "u0")!) == 0)  // in the training graph, no ties
        // Test projects before 2019 only: t2 drops out, and with it c2's query.
        let early = try TimeSplit(
            Self.handWorked(),
            splitYear: 2017,
            seekerKinds: [.company],
            targetKinds: [.university],
            testBefore: 2019
        )
        #expect(early.queries.map { eco.members[$0.seeker].id } == ["c1", "c3"])
    }

    // Common neighbours, k = 2 (ties by id):
    //   c1: N(c1) = {u1}. u2: N = {u1, u3, c2} → 1; u0 → 0; u3: N = {u2, c2, c3} → 0.
    //       Order u2, u0, u3 (u0 before u3 by id). Partners u2, u0: RR 1, top 2 holds both: P 1, R 1.
    //       AUC: u2 (1) beats u3 (0): 1; u0 (0) ties u3 (0): ½ → 1.5 / 2 = 0.75.
    //   c2: one candidate, u0, a partner: RR 1, P ½, R 1, AUC undefined (no non-partner).
    //   c3: N(c3) = {u3}. u2: N ∋ u3 → 1; u0 → 0; u1: N = {c1, u2, c2} → 0. Order u2, u0, u1.
    //       Partner u1 third: RR ⅓, P 0, R 0. AUC: u1 (0) loses to u2 (1): 0, ties u0 (0): ½ → 0.25.
    //   MRR (1 + 1 + ⅓) / 3 = 7/9; P@2 (1 + ½ + 0) / 3 = ½; R@2 (1 + 1 + 0) / 3 = ⅔; AUC (0.75 + 0.25) / 2 = ½.
    // Preferential attachment, degrees c1 1, c3 1, u0 0, u1 3, u2 3, u3 3:
    //   c1: u2 3, u3 3, u0 0 → order u2, u3 (tie, by id), u0. RR 1; top 2 = u2, u3: P ½, R ½.
    //       AUC: u2 ties u3: ½; u0 loses to u3: 0 → 0.25.
    //   c2: as above. c3: u1 3, u2 3, u0 0 → u1, u2, u0: RR 1, P ½, R 1; AUC: ½ (tie u2) + 1 (beats u0) → 0.75.
    //   MRR 1; P@2 ½; R@2 (½ + 1 + 1) / 3 = 5/6; AUC (0.25 + 0.75) / 2 = ½.
    @Test("MRR, precision@k, recall@k and AUC on the hand-worked split")
    func handWorkedMetrics() throws {
        var options = EvaluationOptions()
        options.k = 2
        let report = Evaluator(try Self.split()).run(options)
        #expect(report.queries == 3 && report.testPairs == 4)
        let cn = try #require(report[.commonNeighbours])
        #expect(abs(cn.mrr - 7.0 / 9) < 1e-15)
        #expect(abs(cn.precisionAtK - 0.5) < 1e-15)
        #expect(abs(cn.recallAtK - 2.0 / 3) < 1e-15)
        #expect(abs(cn.auc - 0.5) < 1e-15 && cn.aucQueries == 2)
        let pa = try #require(report[.preferentialAttachment])
        #expect(pa.mrr == 1 && pa.precisionAtK == 0.5)
        #expect(abs(pa.recallAtK - 5.0 / 6) < 1e-15)
        #expect(abs(pa.auc - 0.5) < 1e-15)
    }

    @Test("one ranking's metrics: ties by key for the ranks, by halves for AUC")
    func rankingMetrics() {
        // Scores 3, 2, 2, 1, 0 for keys 0…4; partners: keys 2 and 4.
        // Ranks: 0, 1, 2, 3, 4 (keys break the 2–2 tie) → first partner at rank 3: RR ⅓.
        // k = 3: hits {2}: P ⅓, R ½. AUC: key 2 (2) beats key 3 (1), ties key 1 (2), loses to key 0 → 1.5;
        // key 4 (0) beats nobody → 0. (1.5 + 0) / (2 · 3) = 0.25.
        let m = RankingMetrics(
            scores: [3, 2, 2, 1, 0],
            isPartner: [false, false, true, false, true],
            tieKeys: [0, 1, 2, 3, 4],
            k: 3
        )
        #expect(m == RankingMetrics(reciprocalRank: 1.0 / 3, precision: 1.0 / 3, recall: 0.5, auc: 0.25))
        // Reversed keys put the tied partner first: rank 2, RR ½; AUC unchanged.
        let r = RankingMetrics(
            scores: [3, 2, 2, 1, 0],
            isPartner: [false, false, true, false, true],
            tieKeys: [4, 3, 2, 1, 0],
            k: 3
        )
        #expect(r.reciprocalRank == 0.5 && r.auc == 0.25)
        // Fewer candidates than k: precision still divides by k.
        #expect(
            RankingMetrics(scores: [1], isPartner: [true], tieKeys: [0], k: 10)
                == RankingMetrics(reciprocalRank: 1, precision: 0.1, recall: 1, auc: nil)
        )
    }

    @Test("random baseline: a seeded shuffle, the same for any thread count, another for another seed")
    func randomBaseline() throws {
        let evaluator = Evaluator(try Self.split())
        var options = EvaluationOptions()
        let a = evaluator.scores(.random, query: 0, options: options)
        #expect(a.sorted() == [1, 2, 3])  // a permutation: no ties
        #expect(evaluator.scores(.random, query: 0, options: options) == a)
        options.seed = 7
        let seeds = (0..<20).map { s -> [Double] in
            options.seed = UInt64(s)
            return evaluator.scores(.random, query: 2, options: options)
        }
        #expect(Set(seeds).count > 1)
    }

    @Test("Klynge's scores are the matcher's: same candidates, same scores, same order")
    func klyngeIsTheMatcher() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        )
        let split = try TimeSplit(
            eco,
            splitYear: 2022,
            seekerKinds: [.company],
            targetKinds: [.municipality, .hospital]
        )
        #expect(split.queries.count > 5)
        let evaluator = Evaluator(split)
        let matcher = Matcher(split.context)
        let options = EvaluationOptions()
        for q in split.queries.indices.prefix(5) {
            let query = split.queries[q]
            let scores = evaluator.scores(.klynge, query: q, options: options)
            let ranked = matcher.rank(
                MatchQuery(seeker: .member(query.seeker)),
                among: query.candidates,
                explain: false
            )
            let byScore = query.candidates.indices.sorted { a, b in
                scores[a] != scores[b]
                    ? scores[a] > scores[b]
                    : eco.members[query.candidates[a]].id.utf8.lexicographicallyPrecedes(
                        eco.members[query.candidates[b]].id.utf8
                    )
            }
            #expect(ranked.map(\.candidate) == byScore.map { query.candidates[$0] })
            #expect(ranked.map(\.score) == byScore.map { scores[$0] })
            // Topic fit alone is TopicVector's cosine, bit for bit.
            let v = split.context.vectors
            #expect(
                evaluator.scores(.topicFit, query: q, options: options)
                    == query.candidates.map { v[query.seeker].cosine(v[$0]) }
            )
        }
    }

    @Test("results are identical for any thread count; tuning reproduces its MRR")
    func determinism() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        )
        let evaluator = Evaluator(
            try TimeSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.municipality, .hospital])
        )
        var options = EvaluationOptions()
        options.threads = 1
        let one = evaluator.run(options)
        for t in [2, 3, 8] {
            options.threads = t
            #expect(evaluator.run(options).methods == one.methods)
        }
        let tuned = evaluator.tune(options, grid: [0, 0.1, 0.5], maxPasses: 2)
        #expect(tuned.startMRR == one[.klynge]!.mrr)
        #expect(tuned.mrr >= tuned.startMRR)
        options.weights = tuned.weights
        #expect(evaluator.run(options)[.klynge]!.mrr == tuned.mrr)
        // The same start on one thread: the same weights.
        options.threads = 1
        options.weights = nil
        #expect(evaluator.tune(options, grid: [0, 0.1, 0.5], maxPasses: 2).weights == tuned.weights)
    }

    @Test("tuning over several splits maximises the mean of their MRRs")
    func tuneSeveral() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        )
        let context = try MatchingContext(eco, before: 2022)
        let a = Evaluator(TimeSplit(context: context, seekerKinds: [.company], targetKinds: [.municipality]))
        let b = Evaluator(TimeSplit(context: context, seekerKinds: [.company], targetKinds: [.hospital]))
        var options = EvaluationOptions()
        let result = Evaluator.tune([a, b], options: options, grid: [0, 0.1, 0.5], maxPasses: 2)
        #expect(result.startMRRs == [a.run(options)[.klynge]!.mrr, b.run(options)[.klynge]!.mrr])
        #expect(result.startMRR == (result.startMRRs[0] + result.startMRRs[1]) / 2)
        options.weights = result.weights
        #expect(result.mrrs == [a.run(options)[.klynge]!.mrr, b.run(options)[.klynge]!.mrr])
        #expect(result.mrr == (result.mrrs[0] + result.mrrs[1]) / 2 && result.mrr >= result.startMRR)
    }

    /// Zachary's karate club (weighted) plus an isolated node, as an ecosystem: each tie of
    /// weight w is w two-member projects before 2020; each node also has one later project
    /// with its first non-neighbour, so every node is a query over all its non-neighbours.
    @Test("baseline scores equal NetworkX's on the karate club; PPR within ε · strength")
    func networkX() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/link_prediction.json"
        )
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let n = try #require(obj["nodes"] as? Int)
        let edges = try #require(obj["edges"] as? [[Int]])
        let strength = try #require(obj["strength"] as? [Double])
        let ids = (0..<n).map { String(format: "m%02d", $0) }
        let members = ids.map { Member(id: $0, name: $0, kind: .company) }
        var projects: [Project] = []
        var participations: [Participation] = []
        func project(_ year: Int, _ ms: [Int]) {
            for m in ms { participations.append(Participation(project: projects.count, member: m)) }
            projects.append(Project(id: "p\(projects.count)", start: PartialDate(year: year)))
        }
        var tied = Set<[Int]>()
        for e in edges {
            for _ in 0..<e[2] { project(2010, [e[0], e[1]]) }
            tied.insert([e[0], e[1]])
            tied.insert([e[1], e[0]])
        }
        project(2010, [n - 1])  // the isolated node is in the training graph
        for u in 0..<n { project(2020, [u, (0..<n).first { $0 != u && !tied.contains([u, $0]) }!]) }
        let eco = Ecosystem(name: "karate", members: members, projects: projects, participations: participations)
        let split = try TimeSplit(eco, splitYear: 2020, seekerKinds: [.company], targetKinds: [.company])
        #expect(split.queries.count == n)
        let evaluator = Evaluator(split)
        let g = split.context.graph
        let options = EvaluationOptions()
        let methods: [(EvaluationMethod, String, LinkScore)] = [
            (.commonNeighbours, "common_neighbours", .commonNeighbours), (.jaccard, "jaccard", .jaccard),
            (.adamicAdar, "adamic_adar", .adamicAdar),
            (.resourceAllocation, "resource_allocation", .resourceAllocation),
            (.preferentialAttachment, "preferential_attachment", .preferentialAttachment),
        ]
        for (method, key, score) in methods {
            var expected: [[Int]: Double] = [:]
            for row in try #require(obj[key] as? [[Double]]) { expected[[Int(row[0]), Int(row[1])]] = row[2] }
            var compared = 0
            for (q, query) in split.queries.enumerated() {
                let ours = evaluator.scores(method, query: q, options: options)
                // Bit for bit what KlyngeGraph's linkScores gives, and NetworkX's value.
                #expect(
                    ours == g.linkScores(score, from: query.seeker, to: query.candidates),
                    "\(key) from \(query.seeker)"
                )
                for (i, c) in query.candidates.enumerated() {
                    let nx = try #require(expected[[query.seeker, c]])
                    #expect(
                        abs(ours[i] - nx) <= 1e-12 * max(1, abs(nx)),
                        "\(key)(\(query.seeker), \(c)): \(ours[i]) vs \(nx)"
                    )
                    compared += 1
                }
            }
            #expect(compared == expected.count)
        }
        let ppr = try #require(obj["personalised_pagerank"] as? [String: [Double]])
        for (q, query) in split.queries.enumerated() {
            guard let reference = ppr[String(query.seeker)] else { continue }
            let ours = evaluator.scores(.personalisedPageRank, query: q, options: options)
            for (i, c) in query.candidates.enumerated() {
                #expect(abs(ours[i] - reference[c]) <= 1e-5 * strength[c], "PPR(\(query.seeker) → \(c))")
            }
        }
        #expect(ppr.count == n - 1)
    }

    @Test("feature index positions follow MatchFeature.allCases")
    func featureIndex() {
        #expect(MatchFeature.allCases.map(\.index) == Array(0..<MatchFeature.allCases.count))
    }
}
