/// The terms of a team's score (see ``ConsortiumPlanner`` for the formula).
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
    public var tiedPairs: Int
    public var pairs: Int
    public var publicCount: Int
    public var privateCount: Int
    /// Member pairs that have not worked together.
    public var newTies: Int { pairs - tiedPairs }
}
