/// One seeker of a time split: whom it may be matched with and whom it went on to partner.
///
/// ```swift
/// let split = try TimeSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.municipality])
/// for q in split.queries {
///     print(eco.members[q.seeker].id, q.partners.count, "partners among", q.candidates.count)
/// }
/// ```
///
/// - Complexity: built by ``TimeSplit``; reading it is O(1).
public struct EvaluationQuery: Sendable, Equatable {
    /// The seeker (member index).
    public let seeker: Int
    /// Every target-kind member of the training graph other than the seeker and not tied to it, ascending.
    public let candidates: [Int]
    /// The candidates it partnered in a project starting in the split year or later, ascending.
    public let partners: [Int]
}
