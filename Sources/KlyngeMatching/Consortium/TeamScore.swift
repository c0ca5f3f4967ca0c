/// The terms of a team's score (see ``ConsortiumPlanner`` for the formula).
///
/// ```swift
/// let s = try planner.propose().teams[0].score
/// print(s.relativeFit, s.cohesion, s.balance)  // F, C and B, each 0…1
/// print("\(s.tiedPairs) of \(s.pairs) pairs already tied; \(s.publicCount) public, \(s.privateCount) private")
/// ```
///
/// - Complexity: O(1) to read; ``ConsortiumPlanner/evaluate(_:)`` computes one.
public struct TeamScore: Sendable, Equatable {
    /// F + λ·C + μ·B.
    public var score: Double
    /// F: the mean topic fit relative to the best candidate's, 0…1.
    public var relativeFit: Double
    /// The mean topic fit (TF-IDF cosine), 0…1.
    public var meanFit: Double
    /// C: share of member pairs that already share a project, 0…1.
    public var cohesion: Double
    /// B: 1 − |public − private| / N, 0…1.
    public var balance: Double
    /// Member pairs that already share a project.
    public var tiedPairs: Int
    /// All member pairs: N(N − 1)/2.
    public var pairs: Int
    /// Members of a public kind (`MemberKind.isPublic`) and of the others.
    public var publicCount: Int
    public var privateCount: Int
    /// Member pairs that have not worked together.
    public var newTies: Int { pairs - tiedPairs }
}
