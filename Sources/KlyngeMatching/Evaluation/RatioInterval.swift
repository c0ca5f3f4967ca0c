import KlyngeGraph

/// How sure a comparison of two methods' MRR is: a paired percentile bootstrap over the
/// queries (Efron & Tibshirani, *An Introduction to the Bootstrap*, 1993, ch. 13).
///
/// With 120 queries a difference of 10 % in MRR is often within chance; this says how far
/// the ratio could move if the same protocol were run on another draw of queries.
public struct RatioInterval: Sendable, Equatable {
    /// The ratio on the queries themselves: MRR(method) / MRR(baseline).
    public var estimate: Double
    /// The lower and upper percentiles of the resampled ratios.
    public var low: Double
    public var high: Double
    /// E.g. 0.95 for the 2.5th and 97.5th percentiles.
    public var confidence: Double
    /// Every resample's ratio, ascending.
    public var ratios: [Double]

    /// The share of resamples whose ratio is at least `x` (e.g. 1: how often the method
    /// is at least as good as the baseline).
    public func share(atLeast x: Double) -> Double {
        guard !ratios.isEmpty else { return .nan }
        // First index with ratio ≥ x (ratios ascending).
        let lo = ratios.lowerBound(of: x)
        return Double(ratios.count - lo) / Double(ratios.count)
    }
}
