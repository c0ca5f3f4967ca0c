import KlyngeGraph

/// The ranking methods `klynge evaluate` compares: Klynge's matcher and the baselines.
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
    /// Personalised PageRank from the seeker (α = 0.85, ties weighted by shared projects, push ε = 10⁻⁶).
    case personalisedPageRank = "personalised_pagerank"
    /// TF-IDF cosine of the topic documents alone (Klynge's ``MatchFeature/topicFit``).
    case topicFit = "topic_fit"

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
