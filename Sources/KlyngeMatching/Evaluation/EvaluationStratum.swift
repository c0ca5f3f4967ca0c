/// The two strata of a time split's test pairs, by where the true partner lay in the
/// training graph: a shared neighbour away, or further.
///
/// A test pair (s, t) is never tied (distance 1), so it lies at distance 2 from the seeker
/// exactly when s and t share a training partner (|N(s) ∩ N(t)| > 0, NetworkX's
/// `common_neighbors`), and at distance 3 or more, or unreachable, otherwise. The
/// neighbourhood baselines score every pair of the second stratum 0: there only profile
/// signals (topics, geography, activity) and longer paths can rank the partner.
///
/// ```swift
/// let report = Evaluator(split).run(EvaluationOptions())
/// let far = report.strata[.noSharedNeighbour]!
/// print(far.queries, far[.klynge]!.mrr, far.bestBaseline!.method)
/// ```
///
/// - Complexity: O(1).
public enum EvaluationStratum: String, Sendable, CaseIterable, Comparable {
    /// The partner shares a training partner with the seeker (distance 2).
    case sharedNeighbour = "shared_neighbour"
    /// The partner shares none (distance 3 or more, or in another component).
    case noSharedNeighbour = "no_shared_neighbour"

    /// Declaration order: shared neighbour first.
    ///
    /// ```swift
    /// let order = EvaluationStratum.allCases.sorted()  // [.sharedNeighbour, .noSharedNeighbour]
    /// ```
    ///
    /// - Complexity: O(1).
    public static func < (a: Self, b: Self) -> Bool { a == .sharedNeighbour && b == .noSharedNeighbour }

    /// Words for people: "shared neighbour", "no shared neighbour".
    public var label: String {
        switch self {
        case .sharedNeighbour: "shared neighbour"
        case .noSharedNeighbour: "no shared neighbour"
        }
    }
}
