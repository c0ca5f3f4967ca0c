import Foundation
import Testing

@testable import KlyngeMatching

/// The bootstrap interval of `klynge evaluate`, against an independent Python/NumPy
/// implementation (`Fixtures/make_bootstrap_fixture.py`) and hand-worked cases.
@Suite("evaluation bootstrap")
struct EvaluationBootstrapTests {
    struct Case: Decodable {
        var ranks_a: [Int], ranks_b: [Int], resamples: Int, seed: UInt64
        var estimate: Double, low: Double, high: Double, share_at_least_1: Double
    }

    /// A report with two methods whose queries' first partners have these ranks.
    static func report(_ a: [Int], _ b: [Int]) -> EvaluationReport {
        func summary(_ m: EvaluationMethod, _ ranks: [Int]) -> MethodSummary {
            MethodSummary(
                method: m,
                metrics: ranks.map { RankingMetrics(reciprocalRank: 1 / Double($0), precision: 0, recall: 0, auc: nil) }
            )
        }
        return EvaluationReport(
            splitYear: 2017,
            queries: a.count,
            testPairs: a.count,
            meanCandidates: 30,
            k: 10,
            seed: 42,
            methods: [summary(.klynge, a), summary(.commonNeighbours, b)]
        )
    }

    @Test("equals the NumPy percentile bootstrap on the same SplitMix64 draws")
    func matchesNumPy() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/bootstrap.json"
        )
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        #expect(cases.count == 3)
        for c in cases {
            let r = try #require(
                Self.report(c.ranks_a, c.ranks_b)
                    .mrrRatioInterval(of: .klynge, to: .commonNeighbours, resamples: c.resamples, seed: c.seed)
            )
            #expect(abs(r.estimate - c.estimate) < 1e-12)
            #expect(abs(r.low - c.low) < 1e-12, "low \(r.low) vs \(c.low)")
            #expect(abs(r.high - c.high) < 1e-12, "high \(r.high) vs \(c.high)")
            #expect(r.share(atLeast: 1) == c.share_at_least_1)
            #expect(r.ratios.count == c.resamples && r.low <= r.estimate * 1.5 && r.low <= r.high)
        }
    }

    @Test("identical methods give the interval 1–1; a uniformly better one a ratio of 2")
    func handWorked() throws {
        let same = try #require(
            Self.report([1, 3, 5, 2], [1, 3, 5, 2]).mrrRatioInterval(of: .klynge, to: .commonNeighbours, seed: 1)
        )
        #expect(same.estimate == 1 && same.low == 1 && same.high == 1 && same.share(atLeast: 1) == 1)
        // Every query: first partner at rank r for klynge, 2r for the baseline → ratio exactly 2 on any resample.
        let twice = try #require(
            Self.report([1, 2, 4], [2, 4, 8]).mrrRatioInterval(
                of: .klynge,
                to: .commonNeighbours,
                resamples: 50,
                seed: 9
            )
        )
        #expect(twice.low == 2 && twice.high == 2 && twice.share(atLeast: 2.5) == 0)
    }

    @Test("same seed, same interval; another seed, other draws; missing methods give nil")
    func deterministic() {
        let r = Self.report([1, 4, 2, 9, 3, 1, 7], [2, 1, 3, 3, 5, 2, 1])
        let x = r.mrrRatioInterval(of: .klynge, to: .commonNeighbours, resamples: 300, seed: 5)
        #expect(x == r.mrrRatioInterval(of: .klynge, to: .commonNeighbours, resamples: 300, seed: 5))
        #expect(x?.ratios != r.mrrRatioInterval(of: .klynge, to: .commonNeighbours, resamples: 300, seed: 6)?.ratios)
        #expect(r.mrrRatioInterval(of: .klynge, to: .adamicAdar, seed: 5) == nil)
    }

    @Test("percentile interpolates like NumPy's linear method")
    func percentile() {
        let xs = [1.0, 2, 4, 8]
        #expect(EvaluationReport.percentile(xs, 0) == 1 && EvaluationReport.percentile(xs, 1) == 8)
        #expect(EvaluationReport.percentile(xs, 0.5) == 3)  // h = 1.5: 2 + 0.5 · (4 − 2)
        #expect(abs(EvaluationReport.percentile(xs, 0.25) - 1.75) < 1e-15)  // h = 0.75
    }
}
