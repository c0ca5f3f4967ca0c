/// How much cohesion and public/private balance count against topic fit (see ``ConsortiumPlanner``).
public struct ConsortiumWeights: Sendable, Equatable {
    /// λ: weight of cohesion, the share of team pairs that have worked together.
    public var cohesion: Double
    /// μ: weight of the public/private balance.
    public var balance: Double

    public init(cohesion: Double = 0.5, balance: Double = 0.25) {
        self.cohesion = cohesion
        self.balance = balance
    }
}
