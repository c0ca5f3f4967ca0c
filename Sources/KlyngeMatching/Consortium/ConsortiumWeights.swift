/// How much cohesion and public/private balance count against topic fit (see ``ConsortiumPlanner``).
///
/// ```swift
/// var call = ConsortiumCall(topics: ["fall detection"], roles: [.municipality, .hospital, .company])
/// call.weights = ConsortiumWeights(cohesion: 0, balance: 0.25)  // past ties count for nothing
/// let proposal = try ConsortiumPlanner(context, call: call).propose()
/// ```
///
/// - Complexity: O(1).
public struct ConsortiumWeights: Sendable, Equatable {
    /// λ: weight of cohesion, the share of team pairs that have worked together.
    public var cohesion: Double
    /// μ: weight of the public/private balance.
    public var balance: Double

    /// λ = 0.5 and μ = 0.25 by default.
    ///
    /// ```swift
    /// let fitOnly = ConsortiumWeights(cohesion: 0, balance: 0)  // topic fit alone decides
    /// ```
    ///
    /// - Complexity: O(1).
    public init(cohesion: Double = 0.5, balance: Double = 0.25) {
        self.cohesion = cohesion
        self.balance = balance
    }
}
