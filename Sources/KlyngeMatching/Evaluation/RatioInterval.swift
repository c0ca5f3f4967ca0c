import KlyngeGraph

/// How sure a comparison of two methods' MRR is: a paired percentile bootstrap over the
/// queries (Efron & Tibshirani, *An Introduction to the Bootstrap*, 1993, ch. 13).
///
/// With 120 queries a difference of 10 % in MRR is often within chance; this says how far
/// the ratio could move if the same protocol were run on another draw of queries.
///
/// ```swift
/// let report = Evaluator(split).run(EvaluationOptions())
/// let r = report.mrrRatioInterval(of: .klynge, to: .commonNeighbours, resamples: 500, seed: 7)!
/// print("\(r.estimate) [\(r.low), \(r.high)] at \(r.confidence)")
/// ```
///
/// - Complexity: made by ``EvaluationReport/mrrRatioInterval(of:to:resamples:confidence:seed:)``;
///   ``share(atLeast:)`` is O(log resamples).
public struct RatioInterval: Sendable, Equatable {
    /// The ratio on the queries themselves: MRR(method) / MRR(baseline).
    public var estimate: Double
    /// The lower and upper percentiles of the resampled ratios.
    public var low: Double
    /// The upper percentile (see ``low``).
    public var high: Double
    /// E.g. 0.95 for the 2.5th and 97.5th percentiles.
    public var confidence: Double
    /// Every resample's ratio, ascending.
    public var ratios: [Double]

    /// The share of resamples whose ratio is at least `x` (e.g. 1: how often the method
    /// is at least as good as the baseline).
    ///
    /// ```swift
    /// let r = report.mrrRatioInterval(of: .klynge, to: .adamicAdar, seed: 42)!
    /// print(r.share(atLeast: 1))  // e.g. 0.97: Klynge at least as good in 97 % of resamples
    /// ```
    ///
    /// - Complexity: O(log resamples), a binary search of the sorted ratios.
    public func share(atLeast x: Double) -> Double {
        guard !ratios.isEmpty else { return .nan }
        // First index with ratio ≥ x (ratios ascending).
        let lo = ratios.lowerBound(of: x)
        return Double(ratios.count - lo) / Double(ratios.count)
    }
}
