import Foundation

/// KADABRA's adaptive stopping rule for betweenness with an absolute error λ (Borassi & Natale
/// 2016, "KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation", ESA 2016,
/// doi:10.4230/LIPIcs.ESA.2016.20, arXiv:1604.08553: Algorithm 1 — computeDelta, haveToStop —
/// and its functions f and g), with δ split among the nodes as NetworKit's
/// `KadabraBetweenness` does for k = 0 (`computeDeltaGuess`, `computeF`, `computeG`).
///
/// **The bounds.** After τ ≤ ω samples, with b̃(v) the fraction of them that hit v,
///
///     f = ln(1/δ_L(v))/τ · (1/3 − ω/τ + √((1/3 − ω/τ)² + 2 b̃(v) ω / ln(1/δ_L(v))))
///     g = ln(1/δ_U(v))/τ · (1/3 + ω/τ + √((1/3 + ω/τ)² + 2 b̃(v) ω / ln(1/δ_U(v))))
///
/// The paper proves (by a martingale argument, so it holds at a stopping time chosen from the
/// samples themselves) that if the δ_L(v), δ_U(v) are fixed before the samples are drawn and
/// Σ_v δ_L(v) + δ_U(v) ≤ δ/2, and ω is Riondato–Kornaropoulos' sample size for δ/2, then with
/// probability at least 1 − δ every node has b̃(v) − f ≤ b(v) ≤ b̃(v) + g when sampling stops.
/// So sampling may stop as soon as f < λ and g < λ for every node (or at ω). f is capped at
/// b̃(v) and g at 1 − b̃(v), as NetworKit does: 0 ≤ b(v) ≤ 1 always holds.
///
/// **Splitting δ.** From α calibration paths (drawn before, and not reused) with hit fractions
/// b̃₀(v): the smallest C found by bisection with Σ_v 2 exp(−C λ² / b̃₀(v)) ≤ (δ/2)(1 − β),
/// β = 0.001, then δ_L(v) = δ_U(v) = exp(−C λ² / b̃₀(v)) + β δ / (4n) (the first term is 0 when
/// b̃₀(v) = 0). The δ's sum to at most δ/2: nodes the calibration saw often get a larger share
/// (their bounds are widest), the others an equal small one.
///
/// ```swift
/// let rule = KadabraStoppingRule(calibrationCounts: first, calibrationSamples: 300, lambda: 0.01, delta: 0.1, omega: 30_000)
/// let done = rule.isMet(counts: hits, samples: 12_000)  // f < λ and g < λ for every node
/// ```
///
/// - Complexity: O(*V* + α log(1/λ)) to build; per check O(α log τ) evaluations of f and g,
///   then at most O(*V*) comparisons.
struct KadabraStoppingRule: Sendable {
    /// The absolute error λ every node's bounds must fall below.
    let lambda: Double
    /// The sample cap ω.
    let omega: Int
    /// Each node's calibration count: nodes with equal counts share δ_L = δ_U.
    private let calibrationCount: [Int32]
    /// ln(1/δ_L) = ln(1/δ_U) for each calibration count 0…α.
    let logInverseDelta: [Double]

    /// NetworKit's β: the share of δ/2 spread evenly over all nodes.
    static let balancing = 0.001

    init(calibrationCounts counts: [Double], calibrationSamples alpha: Int, lambda: Double, delta: Double, omega: Int) {
        let n = counts.count
        self.lambda = lambda
        self.omega = omega
        calibrationCount = counts.map { Int32($0) }
        // How many nodes the calibration hit k times, k = 1…α: they share one δ.
        var histogram = [Double](repeating: 0, count: alpha + 1)
        for c in calibrationCount { histogram[Int(c)] += 1 }
        let target = delta / 2 * (1 - Self.balancing) * (1 - 1e-9)  // a hair below, for the rounding of the sum
        let lambda2 = lambda * lambda
        func sum(_ c: Double) -> Double {
            var s = 0.0
            for k in 1..<histogram.count where histogram[k] > 0 {
                s += 2 * histogram[k] * exp(-c * lambda2 * Double(alpha) / Double(k))
            }
            return s
        }
        // Bisection on C, keeping sum(hi) ≤ target (sum decreases in C).
        var lo = 0.0
        var hi = max(1, log(4 * Double(n) / delta) / lambda2)
        while sum(hi) > target { hi *= 2 }
        for _ in 0..<200 where hi - lo > hi * 1e-12 {
            let mid = (lo + hi) / 2
            if sum(mid) > target { lo = mid } else { hi = mid }
        }
        let floor = Self.balancing * delta / (4 * Double(n))
        logInverseDelta = (0...alpha).map { k in
            let share = k == 0 ? 0 : exp(-hi * lambda2 * Double(alpha) / Double(k))
            return -log(share + floor)
        }
    }

    /// f: how far b(v) may lie below b̃ (with probability 1 − δ_L(v)).
    static func lowerError(_ bTilde: Double, samples tau: Double, omega: Double, logInverseDelta l: Double) -> Double {
        let a = 1.0 / 3 - omega / tau
        return min(bTilde, l / tau * (a + (a * a + 2 * bTilde * omega / l).squareRoot()))
    }

    /// g: how far b(v) may lie above b̃ (with probability 1 − δ_U(v)).
    static func upperError(_ bTilde: Double, samples tau: Double, omega: Double, logInverseDelta l: Double) -> Double {
        min(1 - bTilde, upperChernoff(bTilde, samples: tau, omega: omega, logInverseDelta: l))
    }

    /// g before its cap at 1 − b̃: nondecreasing in b̃.
    static func upperChernoff(_ bTilde: Double, samples tau: Double, omega: Double, logInverseDelta l: Double) -> Double
    {
        let a = 1.0 / 3 + omega / tau
        return l / tau * (a + (a * a + 2 * bTilde * omega / l).squareRoot())
    }

    /// True when f < λ and g < λ for every node, `counts[v]` being v's hits in `tau` samples.
    ///
    /// Evaluated exactly, but through thresholds: within a calibration class ln(1/δ) is fixed,
    /// and f and g's Chernoff term are nondecreasing in the count (so is their floating-point
    /// evaluation: every operation is monotone), so each class has a largest count passing f
    /// and a largest passing g's Chernoff term, found by bisection. A node passes when its
    /// count is within the first and, unless 1 − b̃ < λ (g's cap), within the second. The scan
    /// stops at the first node that fails, which is the first node while the bounds are wide.
    func isMet(counts: [Double], samples tau: Int) -> Bool {
        let t = Double(tau)
        let w = Double(omega)
        let lambda = self.lambda
        /// The largest count c in 0…τ with bound(c/τ) < λ, or −1; `bound` nondecreasing.
        func largestPassing(_ bound: (Double) -> Double) -> Double {
            if bound(1) < lambda { return t }
            var lo = -1  // passes (−1: none known)
            var hi = tau  // fails
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if bound(Double(mid) / t) < lambda { lo = mid } else { hi = mid }
            }
            return Double(lo)
        }
        let passF = logInverseDelta.map { l in
            largestPassing { Self.lowerError($0, samples: t, omega: w, logInverseDelta: l) }
        }
        let passG = logInverseDelta.map { l in
            largestPassing { Self.upperChernoff($0, samples: t, omega: w, logInverseDelta: l) }
        }
        for v in counts.indices {
            let k = Int(calibrationCount[v])
            let c = counts[v]
            if c > passF[k] || (c > passG[k] && 1 - c / t >= lambda) { return false }
        }
        return true
    }
}
