/// One suggested partner: the candidate, its score, the features behind it and the evidence.
///
/// ``Matcher/rank(_:among:explain:)`` makes them; a pair list read by
/// `Ecosystem.readSuggestedPairs(path:)` gives them too (without feature values), and match
/// maps draw them.
///
///     let best = Matcher(context).rank(MatchQuery(seeker: .member(seeker)))[0]
///     print(context.ecosystem.members[best.candidate].name, best.score)
///     print(best.reason)  // the reasons, a line each
public struct Suggestion: Sendable, Equatable {
    public var candidate: Int
    public var score: Double
    /// Each feature's normalised value (0…1); empty for a suggestion read from a pair list.
    public var features: [MatchFeature: Double]
    /// Shortest collaboration path from the seeker (member indices, seeker first); empty when none.
    public var path: [Int]
    /// Plain-language reasons, strongest contribution first.
    public var reasons: [String]

    public init(
        candidate: Int,
        score: Double,
        features: [MatchFeature: Double] = [:],
        path: [Int] = [],
        reasons: [String] = []
    ) {
        self.candidate = candidate
        self.score = score
        self.features = features
        self.path = path
        self.reasons = reasons
    }

    /// A suggestion with one reason text (empty: none), as pair lists and maps give it.
    public init(candidate: Int, score: Double, path: [Int] = [], reason: String) {
        self.init(candidate: candidate, score: score, path: path, reasons: reason.isEmpty ? [] : [reason])
    }

    /// The reasons as one text, a line each (empty when there are none); setting it makes
    /// it the one reason (none when empty).
    public var reason: String {
        get { reasons.joined(separator: "\n") }
        set { reasons = newValue.isEmpty ? [] : [newValue] }
    }
}
