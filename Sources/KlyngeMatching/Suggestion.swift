/// One suggested partner with its score, the features behind it and the evidence.
public struct Suggestion: Sendable, Equatable {
    public var candidate: Int
    public var score: Double
    /// Each feature's normalised value (0…1).
    public var features: [MatchFeature: Double]
    /// Shortest collaboration path from the seeker (member indices, seeker first); empty when none.
    public var path: [Int]
    /// Plain-language reasons, strongest contribution first.
    public var reasons: [String]
}
