/// The outcome of ``Evaluator/run(_:)``.
public struct EvaluationReport: Sendable {
    public var splitYear: Int
    public var queries: Int
    public var testPairs: Int
    /// Mean number of candidates per query.
    public var meanCandidates: Double
    public var k: Int
    public var seed: UInt64
    /// One per method, in ``EvaluationMethod`` order.
    public var methods: [MethodSummary]

    public subscript(_ m: EvaluationMethod) -> MethodSummary? { methods.first { $0.method == m } }

    /// The baseline with the highest MRR (the first in method order on a tie).
    public var bestBaseline: MethodSummary? {
        methods.filter { $0.method != .klynge }.reduce(nil) { best, m in
            best.map { m.mrr > $0.mrr ? m : $0 } ?? m
        }
    }
}
