import Foundation
import KlyngeTestSupport
import Testing

/// `klynge evaluate --cold-start` as a user runs it, on the hand-made dataset of
/// KlyngeMatchingTests/Fixtures/coldstart and the values its oracle (make_coldstart_fixture.py) computed.
@Suite("klynge evaluate --cold-start")
struct EvaluateColdStartCommandTests {
    static let fixtures = "Tests/KlyngeMatchingTests/Fixtures"

    @Test("JSON: the protocol, the queries, the cold-start methods and the oracle's baseline metrics")
    func json() throws {
        let r = try Klynge.run([
            "evaluate", "\(Self.fixtures)/coldstart", "--cold-start", "--split-year", "2017", "--seeker-kind",
            "company", "--target-kind", "university", "--top", "2", "--format", "json",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("{\n  \"protocol\": \"cold-start\",\n"))
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(obj.keys) == ["protocol", "queries", "methods", "klynge_vs_best_baseline"])
        let expected = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: "\(Self.fixtures)/coldstart.json"))
            ) as? [[String: Any]]
        )
        #expect(obj["queries"] as? Int == (expected[0]["queries"] as? [Any])?.count)
        let methods = try #require(obj["methods"] as? [String: [String: Double]])
        #expect(
            Set(methods.keys) == [
                "klynge", "random", "topic_fit", "popularity", "topic_popularity", "same_county", "same_country",
            ]
        )
        let oracle = try #require(expected[0]["methods"] as? [String: [String: Any]])
        for (name, values) in oracle {
            let ours = try #require(methods[name])
            for metric in ["mrr", "precision_at_k", "recall_at_k", "auc"] {
                let x = try #require(values[metric] as? Double)
                #expect(abs(ours[metric]! - x) < 1e-12, "\(name) \(metric)")
            }
        }
        #expect(r.stderr.contains("4 queries, 6 test pairs, 4 candidates"))
    }

    @Test("no newcomer with a true partner is one clear error")
    func noQueries() throws {
        let r = try Klynge.run([
            "evaluate", "\(Self.fixtures)/coldstart", "--cold-start", "--split-year", "2030", "--seeker-kind",
            "company", "--target-kind", "university",
        ])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no cold-start queries"), "\(r.stderr)")
    }
}
