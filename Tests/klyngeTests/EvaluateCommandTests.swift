import Foundation
import KlyngeTestSupport
import Testing

/// `klynge evaluate` as a user runs it.
@Suite("klynge evaluate")
struct EvaluateCommandTests {
    static let supercluster = "Datasets/norwegian-health-supercluster"

    /// The hand-worked split of EvaluationTests (KlyngeMatchingTests) as a dataset folder:
    /// companies c1–c3 seek universities; training before 2017, partners in 2017 or later.
    static func handWorked() throws -> String {
        let dir = try Klynge.temporaryFolder()
        let files = [
            "members.csv":
                "id,name,kind\nc1,C1,company\nc2,C2,company\nc3,C3,company\nu0,U0,university\nu1,U1,university\n"
                + "u2,U2,university\nu3,U3,university\nu5,U5,university\nc9,C9,company\n",
            "projects.csv":
                "id,title,start\np1,,2015\np2,,2015\np3,,2016\np4,,2016\np5,,2016\np6,,2016\nt1,,2018\nt2,,2019\nt3,,2017\nx,,unknown\n",
            "participations.csv":
                "project,member\np1,c1\np1,u1\np2,u1\np2,u2\np3,u2\np3,u3\np3,c2\np4,u0\np5,c2\np5,u1\np6,c3\np6,u3\n"
                + "t1,c1\nt1,u2\nt1,u0\nt1,u5\nt1,c9\nt2,c2\nt2,u0\nt2,u1\nt3,c3\nt3,u1\nx,c1\nx,u3\n",
            "README.md": "# hand-worked — a tiny time split for tests\n",
        ]
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    // Hand-worked in EvaluationTests.handWorkedMetrics: common neighbours with k = 2 give
    // MRR 7/9, precision@2 ½, recall@2 ⅔, AUC ½; preferential attachment MRR 1, P ½, R 5/6, AUC ½.
    @Test("JSON: queries and every method's MRR, precision@k, recall@k and AUC")
    func json() throws {
        let r = try Klynge.run([
            "evaluate", try Self.handWorked(), "--split-year", "2017", "--seeker-kind", "company",
            "--target-kind", "university", "--top", "2", "--format", "json",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(obj.keys) == ["queries", "methods", "klynge_vs_best_baseline", "strata"])
        #expect(obj["queries"] as? Int == 3)
        let methods = try #require(obj["methods"] as? [String: [String: Double]])
        #expect(
            Set(methods.keys) == [
                "klynge", "random", "preferential_attachment", "common_neighbours", "jaccard", "adamic_adar",
                "resource_allocation", "personalised_pagerank", "topic_fit",
            ]
        )
        #expect(methods.values.allSatisfy { Set($0.keys) == ["mrr", "precision_at_k", "recall_at_k", "auc"] })
        let cn = try #require(methods["common_neighbours"])
        #expect(abs(cn["mrr"]! - 7.0 / 9) < 1e-12 && cn["precision_at_k"] == 0.5)
        #expect(abs(cn["recall_at_k"]! - 2.0 / 3) < 1e-12 && cn["auc"] == 0.5)
        let pa = try #require(methods["preferential_attachment"])
        #expect(pa["mrr"] == 1 && abs(pa["recall_at_k"]! - 5.0 / 6) < 1e-12)
        #expect(r.stderr.contains("3 queries, 4 test pairs") && r.stderr.contains("seed 42"))
        // The bootstrap interval of Klynge's MRR over the best baseline (preferential attachment, MRR 1).
        let ci = try #require(obj["klynge_vs_best_baseline"] as? [String: Any])
        #expect(
            ci["baseline"] as? String == "preferential_attachment" && ci["resamples"] as? Int == 2000
                && ci["confidence"] as? Double == 0.95
        )
        let ratio = try #require(ci["ratio"] as? Double)
        let low = try #require(ci["low"] as? Double)
        let high = try #require(ci["high"] as? Double)
        #expect(abs(ratio - methods["klynge"]!["mrr"]!) < 1e-12 && low <= high && low <= ratio + 1e-12)
        #expect(r.stderr.contains("95% bootstrap interval of klynge's MRR over preferential_attachment's"))
        // Strata (hand-worked in EvaluationStrataTests.handWorked): common neighbours MRR 1 on the
        // one shared-neighbour query, 7/9 on the three others; each stratum with its own interval.
        let strata = try #require(obj["strata"] as? [String: [String: Any]])
        #expect(Set(strata.keys) == ["shared_neighbour", "no_shared_neighbour"])
        let near = try #require(strata["shared_neighbour"])
        let far = try #require(strata["no_shared_neighbour"])
        #expect(near["queries"] as? Int == 1 && near["test_pairs"] as? Int == 1)
        #expect(far["queries"] as? Int == 3 && far["test_pairs"] as? Int == 3)
        let nearCN = try #require((near["methods"] as? [String: [String: Double]])?["common_neighbours"])
        let farCN = try #require((far["methods"] as? [String: [String: Double]])?["common_neighbours"])
        #expect(nearCN["mrr"] == 1 && abs(farCN["mrr"]! - 7.0 / 9) < 1e-12 && farCN["auc"] == 0.375)
        #expect(near["klynge_vs_best_baseline"] is [String: Any] && far["klynge_vs_best_baseline"] is [String: Any])
        let off = try Klynge.run([
            "evaluate", try Self.handWorked(), "--split-year", "2017", "--seeker-kind", "company",
            "--target-kind", "university", "--format", "json", "--bootstrap", "0",
        ])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(off.stdout.utf8)) as? [String: Any])
        #expect(Set(plain.keys) == ["queries", "methods", "strata"] && !off.stderr.contains("bootstrap"))
        let plainStrata = try #require(plain["strata"] as? [String: [String: Any]])
        #expect(plainStrata.values.allSatisfy { $0["klynge_vs_best_baseline"] == nil })
    }

    @Test("table: one row per method, Klynge first; the same bytes for any thread count")
    func table() throws {
        let args = [
            "evaluate", Self.supercluster, "--split-year", "2022", "--seeker-kind", "company",
            "--target-kind", "municipality,hospital",
        ]
        let a = try Klynge.run(args + ["--threads", "1"])
        let b = try Klynge.run(args + ["--threads", "3"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        let lines = a.stdout.split(separator: "\n")
        #expect(
            lines.first?.split(separator: " ", omittingEmptySubsequences: true) == [
                "method", "queries", "mrr", "precision@10", "recall@10", "auc",
            ]
        )
        // The methods table, then per stratum a line and its table.
        #expect(lines.count == 3 * (2 + 9) + 2 && lines[2].hasPrefix("klynge "))
        #expect(lines[11].hasPrefix("Shared neighbour: ") && lines[23].hasPrefix("No shared neighbour: "))
        #expect(lines[14].hasPrefix("klynge ") && lines[26].hasPrefix("klynge "))
        #expect(a.stderr.contains("SYNTHETIC") && a.stderr.contains("× the best baseline"))
    }

    @Test("--seed changes only the random baseline")
    func seed() throws {
        let base = [
            "evaluate", Self.supercluster, "--split-year", "2022", "--seeker-kind", "company", "--target-kind",
            "municipality",
            "--format", "csv",
        ]
        let a = try Klynge.run(base)
        let b = try Klynge.run(base + ["--seed", "7"])
        #expect(a.status == 0 && b.status == 0)
        let rowsA = a.stdout.split(separator: "\n")
        let rowsB = b.stdout.split(separator: "\n")
        for (x, y) in zip(rowsA, rowsB) {
            if x.hasPrefix("random,") { #expect(x != y) } else { #expect(x == y) }
        }
        #expect(b.stderr.contains("seed 7"))
    }

    @Test("--tune prints a weights file that --weights reads back to the tuned MRR")
    func tune() throws {
        let args = [
            "evaluate", Self.supercluster, "--split-year", "2021", "--seeker-kind", "company", "--target-kind",
            "municipality",
        ]
        let dir = try Klynge.temporaryFolder()
        let file = dir.appendingPathComponent("weights.txt").path
        let t = try Klynge.run(args + ["--tune", "-o", file])
        #expect(t.status == 0, "\(t.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("# klynge evaluate --tune"))
        #expect(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count == 13)  // one line per MatchFeature
        let tunedMRR = try #require(
            text.split(separator: "\n").first { $0.contains("with these") }?
                .split(separator: " ").dropLast(2).last
        )
        let r = try Klynge.run(args + ["--weights", file, "--format", "json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let klynge = try #require((obj["methods"] as? [String: [String: Double]])?["klynge"])
        #expect(String(format: "%.4g", klynge["mrr"]!) == String(tunedMRR))
    }

    @Test("--tune over several target sets maximises their mean MRR; evaluation takes one set")
    func tuneSeveral() throws {
        let args = [
            "evaluate", Self.supercluster, "--split-year", "2021", "--seeker-kind", "company",
            "--target-kind", "municipality", "--target-kind", "hospital,university",
        ]
        let t = try Klynge.run(args + ["--tune"])
        #expect(t.status == 0, "\(t.stderr)")
        let header = t.stdout.split(separator: "\n").filter { $0.hasPrefix("# targets ") }
        #expect(
            header.count == 2 && header[0].hasPrefix("# targets municipality:")
                && header[1].hasPrefix("# targets hospital, university:")
        )
        #expect(t.stdout.contains("# objective: the mean of the 2 MRRs"))
        let e = try Klynge.run(args)
        #expect(e.status != 0 && e.stderr.contains("several --target-kind sets are for --tune"))
    }

    @Test("bad kinds, years without test pairs and bad numbers are one clear error")
    func errors() throws {
        let kind = try Klynge.run([
            "evaluate", Self.supercluster, "--split-year", "2022", "--seeker-kind", "startup", "--target-kind",
            "municipality",
        ])
        #expect(kind.status != 0 && kind.stderr.contains("--seeker-kind: unknown kind 'startup'"))
        let none = try Klynge.run([
            "evaluate", Self.supercluster, "--split-year", "2030", "--seeker-kind", "company", "--target-kind",
            "municipality",
        ])
        #expect(none.status == 1 && none.stderr.contains("no test pairs"))
        let top = try Klynge.run([
            "evaluate", Self.supercluster, "--split-year", "2022", "--seeker-kind", "company", "--target-kind",
            "municipality", "--top", "0",
        ])
        #expect(top.status != 0 && top.stderr.contains("--top must be at least 1"))
        let window = try Klynge.run([
            "evaluate", Self.supercluster, "--split-year", "2022", "--seeker-kind", "company", "--target-kind",
            "municipality",
            "--test-before", "2022",
        ])
        #expect(window.status != 0 && window.stderr.contains("--test-before must be after --split-year"))
    }
}
