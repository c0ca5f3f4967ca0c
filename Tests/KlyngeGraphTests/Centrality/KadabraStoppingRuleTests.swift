import Foundation
import KlyngeTestSupport
import Testing

@testable import KlyngeGraph

/// KADABRA's bounds f and g and its split of δ among the nodes, against
/// `Fixtures/kadabra/kadabra_bounds.json`: the paper's formulas and NetworKit's δ split written
/// out in Python by `make_kadabra_bounds.py`.
@Suite("KADABRA stopping rule")
struct KadabraStoppingRuleTests {
    struct Bound: Decodable {
        var b, L, f, g: Double
        var tau, omega: Int
    }
    struct Split: Decodable {
        var groups: [String: Int]
        var n, alpha: Int
        var lambda, delta: Double
        var log_inverse_delta: [Double]
    }
    struct Reference: Decodable {
        var bounds: [Bound]
        var splits: [Split]
    }

    static let reference: Reference = {
        let url = Fixtures.folder.appendingPathComponent("kadabra/kadabra_bounds.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    @Test("f and g as the paper defines them")
    func bounds() {
        for c in Self.reference.bounds {
            let (t, w) = (Double(c.tau), Double(c.omega))
            let f = KadabraStoppingRule.lowerError(c.b, samples: t, omega: w, logInverseDelta: c.L)
            let g = KadabraStoppingRule.upperError(c.b, samples: t, omega: w, logInverseDelta: c.L)
            #expect(abs(f - c.f) <= 1e-12 * max(1, abs(c.f)), "f at \(c)")
            #expect(abs(g - c.g) <= 1e-12 * max(1, abs(c.g)), "g at \(c)")
        }
    }

    @Test("δ split: NetworKit's, and Σ δ_L + δ_U ≤ δ/2")
    func split() {
        for c in Self.reference.splits {
            var counts: [Double] = []
            for (k, m) in c.groups.sorted(by: { Int($0.key)! < Int($1.key)! }) {
                counts += [Double](repeating: Double(Int(k)!), count: m)
            }
            #expect(counts.count == c.n)
            let rule = KadabraStoppingRule(
                calibrationCounts: counts,
                calibrationSamples: c.alpha,
                lambda: c.lambda,
                delta: c.delta,
                omega: 1000
            )
            for (k, expected) in c.log_inverse_delta.enumerated() {
                let got = rule.logInverseDelta[k]
                #expect(abs(got - expected) <= 1e-9 * expected, "n=\(c.n) count \(k): \(got) vs \(expected)")
            }
            // The guarantee's premise: δ_L(v) + δ_U(v) summed over the nodes is at most δ/2.
            let total = counts.reduce(0.0) { $0 + 2 * exp(-rule.logInverseDelta[Int($1)]) }
            #expect(total <= c.delta / 2, "n=\(c.n): Σ = \(total)")
        }
    }

    @Test("the threshold check agrees with evaluating f and g node by node")
    func checkAgreesWithDefinition() {
        var rng = SplitMix64(seed: 9)
        let n = 400
        let alpha = 20
        let calibration = (0..<n).map { _ in Double(min(alpha, Int(rng.next(below: 4)) * Int(rng.next(below: 6)))) }
        let rule = KadabraStoppingRule(
            calibrationCounts: calibration,
            calibrationSamples: alpha,
            lambda: 0.05,
            delta: 0.1,
            omega: 2000
        )
        var agreed = (met: 0, notMet: 0)
        for tau in stride(from: 100, through: 2000, by: 100) {
            for scale in [0.001, 0.01, 0.05, 0.2, 0.97] {
                let counts = (0..<n).map { _ in Double(rng.next(below: UInt64(Double(tau) * scale) + 1)) }
                let t = Double(tau)
                let direct = counts.indices.allSatisfy { v in
                    let l = rule.logInverseDelta[Int(calibration[v])]
                    return KadabraStoppingRule.lowerError(counts[v] / t, samples: t, omega: 2000, logInverseDelta: l)
                        < 0.05
                        && KadabraStoppingRule.upperError(counts[v] / t, samples: t, omega: 2000, logInverseDelta: l)
                            < 0.05
                }
                #expect(rule.isMet(counts: counts, samples: tau) == direct, "τ = \(tau), scale \(scale)")
                if direct { agreed.met += 1 } else { agreed.notMet += 1 }
            }
        }
        // Both outcomes occur, so the comparison is not vacuous.
        #expect(agreed.met > 0 && agreed.notMet > 0, "\(agreed)")
    }
}
