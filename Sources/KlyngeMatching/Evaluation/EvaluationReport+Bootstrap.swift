import KlyngeGraph

extension EvaluationReport {
    /// The paired percentile-bootstrap interval of MRR(`method`) / MRR(`baseline`)
    /// (Efron & Tibshirani, *An Introduction to the Bootstrap*, 1993, ch. 13).
    ///
    /// Resample r draws as many queries as there are, uniformly with replacement, from
    /// stream 2³² + r of `seed` (SplitMix64; the random baseline uses streams 0 … queries − 1),
    /// and takes the ratio of the two methods' reciprocal-rank sums over the same draws (the
    /// pairing: both methods see the same queries). The bounds are percentiles of the
    /// ratios with linear interpolation (NumPy's default `percentile` method). Sequential and
    /// seeded: the same report and seed give the same interval bit for bit.
    ///
    /// ```swift
    /// let report = Evaluator(split).run(EvaluationOptions())
    /// if let r = report.mrrRatioInterval(of: .klynge, to: .adamicAdar, seed: report.seed) {
    ///     print(r.estimate, r.low, r.high)  // MRR ratio and its 95 % interval
    /// }
    /// ```
    ///
    /// - Returns: nil when a method is missing, there are no queries or `baseline`'s MRR is 0.
    /// - Complexity: O(resamples · queries).
    public func mrrRatioInterval(
        of method: EvaluationMethod,
        to baseline: EvaluationMethod,
        resamples: Int = 2000,
        confidence: Double = 0.95,
        seed: UInt64
    ) -> RatioInterval? {
        precondition(resamples > 0 && confidence > 0 && confidence < 1)
        guard let a = self[method]?.reciprocalRanks, let b = self[baseline]?.reciprocalRanks,
            a.count == b.count, !a.isEmpty
        else { return nil }
        let sumB = b.reduce(0, +)
        guard sumB > 0 else { return nil }
        let n = a.count
        var ratios = [Double](repeating: 0, count: resamples)
        for r in 0..<resamples {
            var rng = SplitMix64(streamOf: seed, index: (1 << 32) + UInt64(r))
            var sa = 0.0
            var sb = 0.0
            for _ in 0..<n {
                let q = Int(rng.next(below: UInt64(n)))
                sa += a[q]
                sb += b[q]
            }
            // Every reciprocal rank is > 0, so sb > 0.
            ratios[r] = sa / sb
        }
        ratios.sort()
        let tail = (1 - confidence) / 2
        return RatioInterval(
            estimate: a.reduce(0, +) / sumB,
            low: Self.percentile(ratios, tail),
            high: Self.percentile(ratios, 1 - tail),
            confidence: confidence,
            ratios: ratios
        )
    }

    /// The `p`-quantile (0…1) of ascending `xs`, interpolating linearly between the two
    /// nearest ranks (NumPy `percentile(method="linear")`).
    static func percentile(_ xs: [Double], _ p: Double) -> Double {
        let h = Double(xs.count - 1) * p
        let i = Int(h.rounded(.down))
        let j = min(i + 1, xs.count - 1)
        return xs[i] + (h - Double(i)) * (xs[j] - xs[i])
    }
}

extension EvaluationReport {
    /// Per stratum, the interval of Klynge's MRR ratio to that stratum's best baseline
    /// (``mrrRatioInterval(of:to:resamples:confidence:seed:)`` on the stratum's queries);
    /// strata without an interval (no queries, a best baseline of MRR 0) are left out.
    ///
    /// ```swift
    /// let report = Evaluator(split).run(EvaluationOptions())
    /// let far = report.strataIntervals(seed: 42)[.noSharedNeighbour]
    /// print(far?.estimate, far?.low, far?.high)
    /// ```
    ///
    /// - Complexity: O(resamples · queries).
    public func strataIntervals(resamples: Int = 2000, seed: UInt64) -> [EvaluationStratum: RatioInterval] {
        strata.compactMapValues { r in
            r.bestBaseline.flatMap { r.mrrRatioInterval(of: .klynge, to: $0.method, resamples: resamples, seed: seed) }
        }
    }
}
