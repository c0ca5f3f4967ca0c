/// Options of an evaluation run.
public struct EvaluationOptions: Sendable {
    /// The k of precision@k and recall@k.
    public var k = 10
    /// Seed of the random baseline's shuffles.
    public var seed: UInt64 = 42
    /// Klynge's weights.
    /// Klynge's weights; nil: ``MatchWeights/defaults(targets:)`` of the split's target kinds.
    public var weights: MatchWeights?
    public var methods = EvaluationMethod.allCases
    /// Worker threads (nil: all cores); the result is the same for any count.
    public var threads: Int?

    public init() {}
}
