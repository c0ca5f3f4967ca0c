/// One piece of evidence a match score combines, normalised to 0…1 within a query.
///
/// Each feature is defined in one file of `Features/` (a `MatchFeatureDefinition`: its
/// name, raw value, normalisation and reason) and listed once in `MatchFeature.registry`.
/// Everything else reads that list: the score's sum (in registry order), ``MatchWeights``
/// and its `feature = weight` files, the explanations, ``Evaluator/tune(_:options:grid:maxPasses:)``
/// and the help text (``MatchFeature/helpLines``).
///
///     for feature in MatchFeature.allCases {
///         print(feature.rawValue, MatchWeights.defaults[feature], feature.summary)
///     }
///     let fit = MatchFeature(rawValue: "topic_fit")  // .topicFit
public struct MatchFeature: RawRepresentable, Hashable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    /// The feature's name in weights files, output columns and help (`topic_fit`).
    public let rawValue: String
    /// Position in ``allCases``: the feature's column in every row-major feature table.
    let index: Int

    /// The registered feature of that name, or nil.
    /// - Complexity: O(features).
    public init?(rawValue: String) {
        guard let i = Self.registry.firstIndex(where: { $0.name == rawValue }) else { return nil }
        self.init(index: i)
    }

    /// The feature a registered definition defines (a programming error if it is not registered).
    init(_ definition: any MatchFeatureDefinition.Type) {
        guard let i = Self.registry.firstIndex(where: { ObjectIdentifier($0) == ObjectIdentifier(definition) }) else {
            preconditionFailure("\(definition) is not in MatchFeature.registry")
        }
        self.init(index: i)
    }

    private init(index: Int) {
        self.index = index
        rawValue = Self.registry[index].name
    }

    /// Every feature, in registry order (the order of columns and of the score's sum).
    public static let allCases: [MatchFeature] = registry.indices.map { MatchFeature(index: $0) }

    /// One sentence on what the feature measures.
    public var summary: String { definition.summary }

    /// Whether the feature reads the seeker's own collaborations (proximity, shared partners,
    /// consortium overlap): 0 for every candidate of a newcomer or a member without ties.
    public var readsSeekerNetwork: Bool { definition.readsSeekerNetwork }

    /// `name: summary`, one line per feature in registry order (for help texts).
    public static var helpLines: [String] { allCases.map { "\($0.rawValue): \($0.summary)" } }

    public var description: String { rawValue }

    /// The definition registered for this feature.
    var definition: any MatchFeatureDefinition.Type { Self.registry[index] }

    public static func < (a: MatchFeature, b: MatchFeature) -> Bool { a.index < b.index }
}
