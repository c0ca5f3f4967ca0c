import KlyngeEcosystem

/// One newcomer of a ``ColdStartSplit``: the profile it would type and the partners it went on to have.
///
/// ```swift
/// let split = try ColdStartSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.municipality])
/// for q in split.queries {
///     print(eco.members[q.seeker].id, eco.projects[q.project].id, q.partners.count, "partners")
/// }
/// ```
///
/// - Complexity: built by ``ColdStartSplit``; reading it is O(1).
public struct ColdStartQuery: Sendable, Equatable {
    /// The newcomer (member index): no training project.
    public let seeker: Int
    /// Its first project P (earliest start, ties by project id), starting in the split year or later.
    public let project: Int
    /// What the newcomer would type: its kind, P's topics and programme, its declared topics, its county and its country.
    public let profile: Seeker
    /// The candidates that are members of P, ascending (at least one).
    public let partners: [Int]
}
