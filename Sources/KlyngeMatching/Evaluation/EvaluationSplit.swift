import KlyngeEcosystem

/// A split of a dataset into training years and test years, whichever protocol made it:
/// ``TimeSplit`` (member seekers) or ``ColdStartSplit`` (newcomers). Both are built the same
/// way, on a training context (``init(context:seekerKinds:targetKinds:testBefore:)``, so that
/// splits for several target kinds share one) or from a dataset and a split year
/// (``init(_:splitYear:seekerKinds:targetKinds:testBefore:)``), and reports read the same
/// properties of both.
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

    /// The queries of an existing training context, whose ``MatchingContext/cutoff`` is the
    /// split year.
    ///
    /// ```swift
    /// let context = try MatchingContext(eco, before: 2018)
    /// let toUniversities = ColdStartSplit(context: context, seekerKinds: [.company], targetKinds: [.university],
    ///                                     testBefore: nil)
    /// ```
    ///
    /// - Parameters:
    ///   - context: The training context; its cutoff is the split year.
    ///   - seekerKinds: The seekers' kinds.
    ///   - targetKinds: The candidates' kinds.
    ///   - testBefore: Test projects start before it too (nil: any later year).
    init(context: MatchingContext, seekerKinds: Set<MemberKind>, targetKinds: Set<MemberKind>, testBefore: Int?)
}

extension EvaluationSplit {
    /// Builds the training context (projects starting before `splitYear`) and the split's
    /// queries on it.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let split = try TimeSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.hospital],
    ///                           testBefore: 2024)  // test projects starting in 2022 or 2023
    /// ```
    ///
    /// - Parameters:
    ///   - eco: The dataset.
    ///   - splitYear: Training projects start before it.
    ///   - seekerKinds: The seekers' kinds.
    ///   - targetKinds: The candidates' kinds.
    ///   - testBefore: Test projects start before it too (nil: any later year).
    /// - Throws: what ``MatchingContext/init(_:before:)`` throws.
    /// - Complexity: O(training context) plus ``init(context:seekerKinds:targetKinds:testBefore:)``.
    public init(
        _ eco: Ecosystem,
        splitYear: Int,
        seekerKinds: Set<MemberKind>,
        targetKinds: Set<MemberKind>,
        testBefore: Int? = nil
    ) throws {
        self.init(
            context: try MatchingContext(eco, before: splitYear),
            seekerKinds: seekerKinds,
            targetKinds: targetKinds,
            testBefore: testBefore
        )
    }
}

extension TimeSplit: EvaluationSplit {
    public var queryCount: Int { queries.count }
    public var evaluationProtocol: EvaluationProtocol { .memberSeekers }
}

extension ColdStartSplit: EvaluationSplit {
    public var queryCount: Int { queries.count }
    public var evaluationProtocol: EvaluationProtocol { .coldStart }
}
