import KlyngeEcosystem

/// What to match: the seeker, which candidates, and how to weigh the evidence.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
/// var query = MatchQuery(seeker: .member(eco.memberIndex(of: "m0001")!), kinds: [.municipality])
/// query.top = 5
/// let best = Matcher(try MatchingContext(eco)).rank(query)
/// ```
///
/// - Complexity: O(1) to build; ranking it costs what `Matcher.rank(_:among:explain:)` costs.
public struct MatchQuery: Sendable {
    public var seeker: Seeker
    /// Candidate kinds (empty: every kind).
    public var kinds: Set<MemberKind> = []
    /// Only candidates in one of these counties (empty: anywhere).
    public var counties: Set<String> = []
    /// Only candidates from one of these countries (the members' `country` attribute; empty: any).
    public var countries: Set<String> = []
    /// Only candidates of this cluster.
    public var cluster: String?
    /// Only candidates whose size is in this range.
    public var sizeRange: ClosedRange<Int>?
    /// Only candidates that have been a pilot site before.
    public var pilotedBefore = false
    /// Keep candidates the seeker already works with (default: leave them out).
    public var includePartners = false
    public var top = 10
    public var weights: MatchWeights
    public var threads: Int?

    /// Weights default to ``MatchWeights/defaults(for:targets:)`` the seeker and `kinds`.
    public init(seeker: Seeker, kinds: Set<MemberKind> = []) {
        self.seeker = seeker
        self.kinds = kinds
        weights = MatchWeights.defaults(for: seeker, targets: kinds)
    }
}
