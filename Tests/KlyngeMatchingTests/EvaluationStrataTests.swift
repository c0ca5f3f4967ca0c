import Foundation
import KlyngeEcosystem
import KlyngeTestSupport
import Testing

@testable import KlyngeMatching

/// The strata of `klynge evaluate` (shared neighbour or not), against hand-worked values and
/// an independent NetworkX computation (`Fixtures/make_strata_fixture.py`).
@Suite("evaluation strata")
struct EvaluationStrataTests {
    // EvaluationTests.handWorked(): N(c1) = {u1}, N(c2) = {u1, u2, u3}, N(c3) = {u3};
    // N(u0) = {}, N(u1) = {c1, u2, c2}, N(u2) = {u1, u3, c2}, N(u3) = {u2, c2, c3}.
    //   c1 → u2: u1 shared → shared neighbour. c1 → u0: u0 has no tie → no shared neighbour.
    //   c2 → u0: no shared neighbour. c3 → u1: c3–u3–u2–u1, distance 3 → no shared neighbour.
    // Common neighbours, k = 2:
    //   shared stratum: c1 alone, u0 (the other stratum's partner) left out: u2 1, u3 0 → RR 1,
    //     P ½, R 1, AUC 1.
    //   no-shared stratum: c1 over u0, u3 (u2 left out): 0, 0, u0 first by id → RR 1, P ½, R 1,
    //     AUC ½ (a tie); c2: RR 1, P ½, R 1, no AUC; c3: u2 1, u0 0, u1 0 → u1 third: RR ⅓, P 0,
    //     R 0, AUC ¼ (loses to u2, ties u0). MRR 7/9, P@2 ⅓, R@2 ⅔, AUC (½ + ¼) / 2 = ⅜.
    @Test("hand-worked: strata per pair, filtered candidates, a query in both strata")
    func handWorked() throws {
        let split = try EvaluationTests.split()
        let evaluator = Evaluator(split)
        var marks = [Bool](repeating: false, count: split.context.graph.nodeCount)
        let strata = split.queries.map { evaluator.partnerStrata($0, marks: &marks) }
        #expect(strata == [[.noSharedNeighbour, .sharedNeighbour], [.noSharedNeighbour], [.noSharedNeighbour]])
        #expect(!marks.contains(true))
        var options = EvaluationOptions()
        options.k = 2
        options.methods = [.klynge, .commonNeighbours]
        let report = evaluator.run(options)
        let near = try #require(report.strata[.sharedNeighbour])
        let far = try #require(report.strata[.noSharedNeighbour])
        #expect(near.queries == 1 && near.testPairs == 1 && near.meanCandidates == 2)
        #expect(far.queries == 3 && far.testPairs == 3)
        #expect(abs(far.meanCandidates - 6.0 / 3) < 1e-15)  // c1: 2, c2: 1, c3: 3
        let cnNear = try #require(near[.commonNeighbours])
        #expect(cnNear.mrr == 1 && cnNear.precisionAtK == 0.5 && cnNear.recallAtK == 1 && cnNear.auc == 1)
        let cnFar = try #require(far[.commonNeighbours])
        #expect(abs(cnFar.mrr - 7.0 / 9) < 1e-15)
        #expect(abs(cnFar.precisionAtK - 1.0 / 3) < 1e-15)
        #expect(abs(cnFar.recallAtK - 2.0 / 3) < 1e-15)
        #expect(abs(cnFar.auc - 0.375) < 1e-15 && cnFar.aucQueries == 2)
        #expect(report.strata.values.allSatisfy { $0.strata.isEmpty })
    }

    @Test("strata and their metrics equal NetworkX's on a seeded ecosystem")
    func networkX() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/strata.json"
        )
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let companies = try #require(obj["companies"] as? [String])
        let universities = try #require(obj["universities"] as? [String])
        let specs = try #require(obj["projects"] as? [[String: Any]])
        let ids = companies + universities
        let members = ids.map { Member(id: $0, name: $0, kind: companies.contains($0) ? .company : .university) }
        var projects: [Project] = []
        var participations: [Participation] = []
        for spec in specs {
            let year = try #require(spec["year"] as? Int)
            for m in try #require(spec["members"] as? [String]) {
                participations.append(Participation(project: projects.count, member: ids.firstIndex(of: m)!))
            }
            let id = try #require(spec["id"] as? String)
            projects.append(Project(id: id, start: PartialDate(year: year)))
        }
        let eco = Ecosystem(name: "strata", members: members, projects: projects, participations: participations)
        let splitYear = try #require(obj["split_year"] as? Int)
        let split = try TimeSplit(
            eco,
            splitYear: splitYear,
            seekerKinds: [.company],
            targetKinds: [.university]
        )
        let evaluator = Evaluator(split)
        // Each test pair's stratum: NetworkX's shortest-path distance 2, or not.
        var marks = [Bool](repeating: false, count: split.context.graph.nodeCount)
        var pairs: [[String]] = []
        for q in split.queries {
            for (p, s) in zip(q.partners, evaluator.partnerStrata(q, marks: &marks)) {
                pairs.append([ids[q.seeker], ids[p], s.rawValue])
            }
        }
        let expectedPairs = try #require(obj["pair_strata"] as? [[String]])
        #expect(pairs == expectedPairs)
        var options = EvaluationOptions()
        let k = try #require(obj["k"] as? Int)
        options.k = k
        options.methods = [.preferentialAttachment, .commonNeighbours, .jaccard]
        for threads in [1, 3] {
            options.threads = threads
            let report = evaluator.run(options)
            let expected = try #require(obj["strata"] as? [String: [String: Any]])
            #expect(report.strata.count == 2 && expected.count == 2)
            for (name, entry) in expected {
                let stratum = try #require(EvaluationStratum(rawValue: name))
                let ours = try #require(report.strata[stratum])
                let seekers = try #require(entry["queries"] as? [String])
                #expect(ours.queries == seekers.count, "\(name) queries")
                #expect(ours.testPairs == entry["test_pairs"] as? Int, "\(name) test pairs")
                let methods = try #require(entry["methods"] as? [String: [String: Double]])
                for (method, values) in methods {
                    let method = try #require(EvaluationMethod(rawValue: method))
                    let m = try #require(ours[method])
                    let got = [m.mrr, m.precisionAtK, m.recallAtK, m.auc, Double(m.aucQueries)]
                    let want = ["mrr", "precision_at_k", "recall_at_k", "auc", "auc_queries"].map { values[$0] ?? .nan }
                    for (g, w) in zip(got, want) {
                        #expect(abs(g - w) <= 1e-12, "\(name) \(method): \(got) vs \(want)")
                    }
                }
            }
        }
    }

    @Test("each stratum's interval is the bootstrap of its own queries against its own best baseline")
    func intervals() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        )
        let split = try TimeSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.municipality])
        let report = Evaluator(split).run(EvaluationOptions())
        let intervals = report.strataIntervals(resamples: 300, seed: 42)
        for (stratum, sub) in report.strata {
            // Every query is in a stratum, and one with partners in both is in both.
            #expect(sub.queries <= report.queries)
            guard let b = sub.bestBaseline, b.mrr > 0 else { continue }
            let r = try #require(intervals[stratum])
            #expect(r == sub.mrrRatioInterval(of: .klynge, to: b.method, resamples: 300, seed: 42))
            #expect(abs(r.estimate - sub[.klynge]!.mrr / b.mrr) < 1e-12)
        }
        let total = report.strata.values.reduce(0) { $0 + $1.testPairs }
        #expect(total == report.testPairs)
        #expect(report.strata.values.reduce(0) { $0 + $1.queries } >= report.queries)
    }
}
