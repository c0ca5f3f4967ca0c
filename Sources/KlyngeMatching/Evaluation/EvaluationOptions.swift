/// Options of an evaluation run.
///
/// ```swift
/// var options = EvaluationOptions()
/// options.k = 5
/// options.weights = .universityDefaults
/// let report = Evaluator(split).run(options)  // the same report for any `threads`
/// ```
///
/// - Complexity: O(1).
public struct EvaluationOptions: Sendable {
    /// The k of precision@k and recall@k.
    public var k = 10
    /// Seed of the random baseline's shuffles.
    public var seed: UInt64 = 42
    /// Klynge's weights; nil: ``MatchWeights/defaults(targets:)`` of the split's target kinds.
    public var weights: MatchWeights?
    /// The methods to run (reports list them in ``EvaluationMethod`` order).
    public var methods = EvaluationMethod.allCases
    /// Worker threads (nil: all cores); the result is the same for any count.
    public var threads: Int?

    /// k = 10, seed 42, the default weights, every method, all cores.
    ///
    /// ```swift
    /// let report = Evaluator(split).run(EvaluationOptions())
    /// ```
    ///
    /// - Complexity: O(methods).
    public init() {}
}
