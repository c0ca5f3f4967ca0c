import KlyngeGraph

/// The ranking methods `klynge evaluate` compares: Klynge's matcher and the baselines.
///
/// The five neighbourhood baselines are KlyngeGraph's `LinkScore`s, computed as NetworkX's
/// link-prediction functions define them (Liben-Nowell & Kleinberg 2007, "The link-prediction
/// problem for social networks"; Zhou, Lü & Zhang 2009 for resource allocation), on the
/// training collaboration graph, unweighted. The raw values are the names the reports print.
///
/// ```swift
/// var options = EvaluationOptions()
/// options.methods = [.klynge, .adamicAdar, .random]
/// let report = Evaluator(split).run(options)
/// print(EvaluationMethod.adamicAdar.rawValue, report[.adamicAdar]!.mrr)  // adamic_adar …
/// ```
///
/// - Complexity: per query of C candidates, one sweep of the seeker's two-step neighbourhood
///   gives all five link scores; the PageRank baseline adds a push of O(1 / (ε (1 − α)));
///   topic fit O(C · t) for t seeker terms; random O(C).
public enum EvaluationMethod: String, Sendable, CaseIterable, Comparable {
    /// ``Matcher`` with the given ``MatchWeights``.
    case klynge
    /// A seeded SplitMix64 shuffle of the candidates (Fisher–Yates, one stream per query).
    case random
    /// d(s) · d(c): popular candidates first.
    case preferentialAttachment = "preferential_attachment"
    /// |N(s) ∩ N(c)|.
    case commonNeighbours = "common_neighbours"
    /// |N(s) ∩ N(c)| / |N(s) ∪ N(c)|.
    case jaccard
    /// Σ 1 / ln d(w) over shared partners w.
    case adamicAdar = "adamic_adar"
    /// Σ 1 / d(w) over shared partners w.
    case resourceAllocation = "resource_allocation"
    /// Personalised PageRank from the seeker (α = 0.85, ties weighted by shared projects, push ε = 10⁻⁶):
    /// KlyngeGraph's forward push (Andersen, Chung & Lang 2006), within ε · d(v) of
    /// `networkx.pagerank` with the seeker as personalisation.
    case personalisedPageRank = "personalised_pagerank"
    /// TF-IDF cosine of the topic documents alone (Klynge's ``MatchFeature/topicFit``; see ``TopicIndex``).
    case topicFit = "topic_fit"
    /// Cold start only: the candidate's training projects (the most active first).
    case popularity
    /// Cold start only: the candidate's training projects sharing a topic or the programme
    /// with the newcomer's first project.
    case topicPopularity = "topic_popularity"
    /// Cold start only: 1 for a candidate in the newcomer's county, else 0 (datasets with counties).
    case sameCounty = "same_county"
    /// Cold start only: 1 for a candidate in the newcomer's country (the members' `country`
    /// attribute), else 0 (datasets with countries).
    case sameCountry = "same_country"

    /// The methods of the member-seeker protocol (``Evaluator``), in declaration order.
    public static let memberSeekerMethods: [EvaluationMethod] = allCases.filter { !$0.isColdStartOnly }

    /// The methods of the cold-start protocol (``ColdStartEvaluator``), in declaration order.
    public static let coldStartMethods: [EvaluationMethod] = [
        .klynge, .random, .topicFit, .popularity, .topicPopularity, .sameCounty, .sameCountry,
    ]

    /// Whether the method ranks newcomers only (it reads no seeker network and is not a member-seeker baseline).
    public var isColdStartOnly: Bool {
        self == .popularity || self == .topicPopularity || self == .sameCounty || self == .sameCountry
    }

    /// Declaration order: Klynge first, then the baselines as listed above.
    ///
    /// ```swift
    /// let ordered = [EvaluationMethod.jaccard, .random, .klynge].sorted()  // [.klynge, .random, .jaccard]
    /// ```
    ///
    /// - Complexity: O(cases).
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The baselines' link score, when the method is one.
    var linkScore: LinkScore? {
        switch self {
        case .preferentialAttachment: .preferentialAttachment
        case .commonNeighbours: .commonNeighbours
        case .jaccard: .jaccard
        case .adamicAdar: .adamicAdar
        case .resourceAllocation: .resourceAllocation
        default: nil
        }
    }
}
