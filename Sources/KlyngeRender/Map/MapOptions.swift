import KlyngeEcosystem

/// What a map shows and how; every map kind reads the options that apply to it.
public struct MapOptions: Sendable {
    /// What a member's fill colour stands for: the grouping brokers and reports use too.
    public typealias ColorBy = MemberGrouping

    /// What a member's size stands for.
    public enum SizeBy: String, Sendable, CaseIterable {
        /// Degree centrality (NetworkX `degree_centrality`).
        case degree
        /// Betweenness centrality (NetworkX `betweenness_centrality`, unweighted, normalised).
        case betweenness
        /// PageRank (NetworkX `pagerank`, α = 0.85, weighted by tie strength).
        case pagerank
    }

    /// Which members carry their name.
    public enum Labels: Sendable, Equatable, CustomStringConvertible {
        /// The N largest (by the size measure).
        case top(Int)
        case all
        case none

        /// Parses `top:N`, `all` or `none`.
        public init?(_ text: String) {
            switch text {
            case "all": self = .all
            case "none": self = .none
            default:
                guard text.hasPrefix("top:"), let n = Int(text.dropFirst(4)), n >= 0 else { return nil }
                self = .top(n)
            }
        }

        public var description: String {
            switch self {
            case .top(let n): "top:\(n)"
            case .all: "all"
            case .none: "none"
            }
        }
    }

    public var colorBy: ColorBy = .cluster
    public var sizeBy: SizeBy = .betweenness
    /// Default: `top:20` on whole-ecosystem maps, `all` on ego, match and project maps.
    public var labels: Labels?
    /// Ties weaker than this (shared projects, plus relation weights) are not drawn.
    public var minWeight: Double = 0
    /// Keep only the N members highest by the size measure, and their ties.
    public var top: Int?
    /// Replaces the generated title.
    public var title: String?
    /// Add the explicit ties of relations.csv to the project ties.
    public var includeRelations = false
    /// Only projects active in these years.
    public var years: ClosedRange<Int>?
    /// Ego maps: the member at the centre, and how many steps out to draw.
    public var focus: String?
    public var radius = 1
    /// Project maps: only projects with this topic (case-insensitive; matches titles too).
    public var topic: String?
    /// Broker maps: how many top brokers to highlight.
    public var brokers = 10
    /// Community colouring: Louvain's resolution and seed.
    public var resolution: Double = 1
    public var seed: UInt64 = 42
    /// Worker threads for centralities (output is the same for any value).
    public var threads: Int?
    /// The language of titles, subtitles and legends.
    public var language: Language = .english

    public init() {}
}
