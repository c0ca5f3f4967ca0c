/// The outcome of ``Evaluator/tune(_:options:grid:maxPasses:)``.
///
/// ```swift
/// let result = Evaluator(split).tune(EvaluationOptions())
/// print(result.startMRR, "→", result.mrr, "after", result.evaluations, "weight vectors")
/// for f in MatchFeature.allCases { print(f.rawValue, result.weights[f]) }
/// ```
///
/// - Complexity: O(1) to read; the search's cost is in ``Evaluator/tune(_:options:grid:maxPasses:)``.
public struct TuningResult: Sendable {
    /// The best weights found (the starting ones when nothing beat them).
    public var weights: MatchWeights
    /// The objective (mean of the splits' Klynge MRR) with the starting weights.
    public var startMRR: Double
    /// The objective with ``weights``.
    public var mrr: Double
    /// Each split's Klynge MRR with the starting weights and with ``weights``.
    public var startMRRs: [Double]
    /// Each split's Klynge MRR with ``weights``.
    public var mrrs: [Double]
    /// Weight vectors tried.
    public var evaluations: Int
    /// Passes over the features (the last one changed nothing, unless the limit stopped it).
    public var passes: Int
}
