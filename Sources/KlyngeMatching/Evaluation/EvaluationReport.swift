/// The outcome of ``Evaluator/run(_:)``: each method's metrics averaged over the split's queries.
///
/// ```swift
/// let report = Evaluator(split).run(EvaluationOptions())
/// let klynge = report[.klynge]!
/// let best = report.bestBaseline!
/// print(report.queries, klynge.mrr, best.method, best.mrr)
/// ```
///
/// - Complexity: O(methods) for the subscript and ``bestBaseline``.
public struct EvaluationReport: Sendable {
    /// The split year: training projects start before it, test projects in it or later.
    public var splitYear: Int
    /// The number of queries (seekers with at least one test pair).
    public var queries: Int
    /// The number of test pairs (Σ partners over the queries).
    public var testPairs: Int
    /// Mean number of candidates per query.
    public var meanCandidates: Double
    /// The k of precision@k and recall@k.
    public var k: Int
    /// The random baseline's seed.
    public var seed: UInt64
    /// One per method, in ``EvaluationMethod`` order.
    public var methods: [MethodSummary]
    /// The same methods on each ``EvaluationStratum`` of the test pairs (empty when not
    /// computed): a stratum's queries are those with a true partner in it, ranked with their
    /// partners restricted to it (see ``Evaluator/run(_:)``). Its reports have no strata.
    public var strata: [EvaluationStratum: EvaluationReport] = [:]
    /// The test the report comes from (member seekers unless a ``ColdStartEvaluator`` made it).
    public var evaluationProtocol: EvaluationProtocol = .memberSeekers

    /// The summary of method `m`; nil when it was not run.
    ///
    /// ```swift
    /// let gain = report[.klynge]!.mrr / report[.commonNeighbours]!.mrr
    /// ```
    ///
    /// - Complexity: O(methods).
    public subscript(_ m: EvaluationMethod) -> MethodSummary? { methods.first { $0.method == m } }

    /// The baseline with the highest MRR (the first in method order on a tie).
    public var bestBaseline: MethodSummary? {
        methods.filter { $0.method != .klynge }.reduce(nil) { best, m in
            best.map { m.mrr > $0.mrr ? m : $0 } ?? m
        }
    }
}
