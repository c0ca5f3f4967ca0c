import Foundation
import KlyngeGraph
import KlyngeTestSupport
import Testing

/// The (ε, δ) guarantee of path-sampled betweenness under both stopping rules — KADABRA's
/// adaptive rule (the default) and Riondato–Kornaropoulos' fixed size — checked against
/// NetworkX's exact `betweenness_centrality` values in the fixtures (make_fixtures.py).
@Suite("Approximate betweenness")
struct ApproximateBetweennessTests {
    static let fixtures = [
        "karate", "lesmis", "ba400", "gnp300", "directed", "weighted", "grid40", "florentine", "disconnected",
        "gnp250_directed", "path10", "star8", "davis",
    ]

    @Test("every node within epsilon of NetworkX, either rule", arguments: fixtures)
    func withinEpsilon(_ name: String) throws {
        let f = Fixtures.load(name)
        let g = try f.graph()
        // Unweighted (bidirectional BFS samples) on every fixture; weighted (Dijkstra) too when it has weights.
        for useWeights in f.weighted ? [false, true] : [false] {
            let exact = try #require(f.values(useWeights ? "betweenness_weighted" : "betweenness", for: g))
            for rule in [BetweennessStoppingRule.adaptive, .fixed] {
                for (eps, seed) in [(0.05, 1 as UInt64), (0.03, 2)] {
                    let est = try g.approximateBetweenness(
                        epsilon: eps,
                        delta: 0.1,
                        seed: seed,
                        weighted: useWeights,
                        stopping: rule
                    )
                    let worst = zip(est.scores, exact).map { abs($0 - $1) }.max()!
                    // The bound holds for all nodes at once with probability ≥ 0.9 per run; these
                    // seeded runs are fixed, and a miss would point at a wrong sample size, scaling,
                    // stopping rule or a biased path draw.
                    #expect(
                        worst <= eps,
                        "\(name) weighted=\(useWeights) \(rule) ε=\(eps): max error \(worst), \(est.samples) samples"
                    )
                    #expect(est.errorBound == eps)
                    #expect(est.samples <= est.sampleCap)
                }
            }
        }
    }

    /// Many seeds per fixture: a run fails when any node misses NetworkX's value by more than ε.
    /// The guarantee allows a fraction δ of failing runs; KADABRA's bounds are loose enough that
    /// none fail in practice: when written, 0 of 416 runs failed at δ = 0.1 (largest error 0.66 ε;
    /// 154 runs stopped before ω) and 0 of 416 at δ = 0.3 (largest 0.97 ε; 122 stopped before ω).
    @Test("the adaptive rule's guarantee over many seeds", arguments: [0.1, 0.3])
    func guaranteeOverSeeds(_ delta: Double) throws {
        let eps = 0.05
        var runs = 0
        var failures: [String] = []
        var stoppedEarly = 0
        for name in Self.fixtures {
            let f = Fixtures.load(name)
            let g = try f.graph()
            let exact = try #require(f.values("betweenness", for: g))
            for seed in UInt64(100)..<132 {
                let est = try g.approximateBetweenness(epsilon: eps, delta: delta, seed: seed)
                runs += 1
                if est.samples < est.sampleCap { stoppedEarly += 1 }
                let worst = zip(est.scores, exact).map { abs($0 - $1) }.max() ?? 0
                if worst > eps { failures.append("\(name) seed \(seed): \(worst)") }
            }
        }
        #expect(Double(failures.count) <= delta * Double(runs), "\(failures.count) of \(runs) runs failed: \(failures)")
        #expect(failures.isEmpty, "\(failures.count) of \(runs) runs failed: \(failures)")
        // Otherwise this would only test the cap ω.
        #expect(stoppedEarly >= runs / 4, "the rule stopped before ω in \(stoppedEarly) of \(runs) runs")
    }

    /// On G(300, p) the betweenness is spread thin, so every node's bounds shrink fast: the
    /// adaptive rule stops at 19,968 paths (plus 355 calibration paths) where ω = 35,452 and
    /// Riondato–Kornaropoulos' fixed rule draws 31,939, and the result is still within ε.
    @Test("the adaptive rule stops well before the cap where it should")
    func stopsEarly() throws {
        let f = Fixtures.load("gnp300")
        let g = try f.graph()
        let exact = try #require(f.values("betweenness", for: g))
        let adaptive = try g.approximateBetweenness(epsilon: 0.01, delta: 0.1, seed: 5)
        let fixed = try g.approximateBetweenness(epsilon: 0.01, delta: 0.1, seed: 5, stopping: .fixed)
        #expect(adaptive.stopping == .adaptive && fixed.stopping == .fixed)
        #expect(adaptive.samples * 3 < adaptive.sampleCap * 2, "\(adaptive.samples) of at most \(adaptive.sampleCap)")
        #expect(
            adaptive.samples + adaptive.calibrationSamples < fixed.samples,
            "adaptive \(adaptive.samples) + \(adaptive.calibrationSamples), fixed \(fixed.samples)"
        )
        for est in [adaptive, fixed] {
            let worst = zip(est.scores, exact).map { abs($0 - $1) }.max()!
            #expect(worst <= 0.01, "\(est.stopping): max error \(worst)")
        }
    }

    @Test("sample sizes: Riondato–Kornaropoulos' r (fixed), KADABRA's cap ω (adaptive)")
    func sampleSize() throws {
        // Path of 10 nodes; the BFS bound from the end p0 is (9 + 8) + 1 = 18 ≥ the true 10.
        var b = GraphBuilder(directed: false, weighted: false)
        for i in 0..<9 { try b.addEdge("p\(i)", "p\(i + 1)") }
        let g = try b.build()
        let fixed = try g.approximateBetweenness(epsilon: 0.1, delta: 0.1, seed: 1, stopping: .fixed)
        #expect(fixed.vertexDiameterBound == 18)
        // r = ⌈0.5 / ε'² · (⌊log₂(18 − 2)⌋ + 1 + ln 10)⌉ with ε' = 0.1 · 8/10.
        let epsPrime = 0.1 * 8 / 10
        let r = (0.5 / (epsPrime * epsPrime) * (4 + 1 + 2.302585092994046)).rounded(.up)
        #expect(fixed.samples == Int(r) && fixed.sampleCap == Int(r) && fixed.calibrationSamples == 0)
        // ω: the same with ln(2/δ) = ln 20; ⌈ω/100⌉ calibration paths.
        let adaptive = try g.approximateBetweenness(epsilon: 0.1, delta: 0.1, seed: 1)
        let omega = Int((0.5 / (epsPrime * epsPrime) * (4 + 1 + 2.995732273553991)).rounded(.up))
        #expect(adaptive.sampleCap == omega)
        #expect(adaptive.calibrationSamples == (omega + 99) / 100)
        #expect(adaptive.samples <= omega)
    }

    @Test("same seed gives the same estimate and stopping point on any thread count")
    func deterministic() throws {
        // gnp300 at ε = 0.02 stops early (6,528 of 8,863), so the stopping point is exercised too.
        for (name, weighted, eps) in [("gnp300", false, 0.02), ("ba400", false, 0.05), ("weighted", true, 0.05)] {
            let g = try Fixtures.load(name).graph()
            let runs = try [1, 2, 3].map { t in
                try g.approximateBetweenness(epsilon: eps, seed: 3, weighted: weighted, threads: t)
            }
            for r in runs.dropFirst() {
                #expect(r.scores == runs[0].scores, "\(name)")
                #expect(r.samples == runs[0].samples, "\(name)")
            }
        }
    }

    @Test("bad parameters are rejected")
    func badParameters() throws {
        let g = try Fixtures.load("karate").graph()
        #expect(throws: GraphError.self) { _ = try g.approximateBetweenness(epsilon: 0) }
        #expect(throws: GraphError.self) { _ = try g.approximateBetweenness(epsilon: 0.1, delta: 1) }
        #expect(throws: GraphError.self) { _ = try g.betweenness(sampledSources: 0, seed: 1) }
    }
}
