/// What one match feature is: its name, how its raw value is measured and normalised, and
/// how it is explained. One type per feature, listed in ``MatchFeature/registry``.
protocol MatchFeatureDefinition: Sendable {
    /// The name in weights files, output columns and help (`snake_case`).
    static var name: String { get }
    /// One sentence on what it measures (help texts, documentation).
    static var summary: String { get }
    /// How raw values become 0…1 within a query.
    static var scaling: FeatureScaling { get }
    /// The raw value for the candidate at position `i` of `input`'s candidates.
    /// - Complexity: should be O(the candidate's own data): it runs for every candidate.
    static func rawValue(at i: Int, in input: FeatureInput) -> Double
    /// The evidence behind the feature's contribution to a suggestion, in words; nil when
    /// there is nothing to say.
    static func reason(for suggestion: Suggestion, in explainer: Explainer) -> String?
    /// A feature whose reason states this one's evidence too: the explainer adds this
    /// feature's contribution to that one's and gives one reason (nil: its own reason).
    static var explainedWith: MatchFeature? { get }
    /// Whether the feature reads the seeker's own collaborations (its ties, its consortia): 0
    /// for every candidate of a seeker without any.
    static var readsSeekerNetwork: Bool { get }
}

extension MatchFeatureDefinition {
    static var explainedWith: MatchFeature? { nil }
    static var readsSeekerNetwork: Bool { false }
}

/// How a feature's raw values become 0…1 within a query.
enum FeatureScaling: Sendable, Equatable {
    /// The raw value is already in 0…1.
    case absolute
    /// Divided by the largest raw value among the query's candidates (left as is when that is 0).
    case relativeToBest
}
