import KlyngeEcosystem

/// What reports say about a split, whichever protocol made it: ``TimeSplit`` (member
/// seekers) or ``ColdStartSplit`` (newcomers).
///
/// ```swift
/// let splits: [any EvaluationSplit] = [memberSplit, coldStartSplit]
/// for s in splits { print(s.evaluationProtocol.rawValue, s.splitYear, s.queryCount, s.testPairs) }
/// ```
///
/// - Complexity: O(1) per property, except ``testPairs`` (O(queries)).
public protocol EvaluationSplit: Sendable {
    /// Training projects start before this year.
    var splitYear: Int { get }
    /// Test projects start before this year too (nil: no upper bound).
    var testBefore: Int? { get }
    /// The seekers' kinds.
    var seekerKinds: Set<MemberKind> { get }
    /// The candidates' kinds.
    var targetKinds: Set<MemberKind> { get }
    /// The number of queries.
    var queryCount: Int { get }
    /// Σ true partners over the queries.
    var testPairs: Int { get }
    /// The protocol the split follows.
    var evaluationProtocol: EvaluationProtocol { get }
}

extension TimeSplit: EvaluationSplit {
    public var queryCount: Int { queries.count }
    public var evaluationProtocol: EvaluationProtocol { .memberSeekers }
}

extension ColdStartSplit: EvaluationSplit {
    public var queryCount: Int { queries.count }
    public var evaluationProtocol: EvaluationProtocol { .coldStart }
}
