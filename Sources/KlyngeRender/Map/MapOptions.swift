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
    /// Ties weaker than this (shared projects, plus relation weights) are not drawn; nil: the
    /// default, every tie, or ``largeDatasetMinWeight`` on a large dataset (see ``top``).
    public var minWeight: Double?
    /// Keep only the N members highest by the size measure, and their ties. Nil: the default —
    /// every member, or on a dataset of more than ``largeDataset`` members (unless ``all``) the
    /// ``largeDatasetTop`` highest with their ties of at least ``largeDatasetMinWeight``.
    public var top: Int?
    /// Draw every member and tie even of a large dataset (`klynge map --all`).
    public var all = false
    /// Whole-ecosystem maps: draw only each member's N strongest ties (a tie stays when it is
    /// among the N strongest of either end); nil: the default — every tie, or
    /// ``largeDatasetTiesPerMember`` under the large-dataset default selection.
    public var tiesPerMember: Int?
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

    /// Whole-ecosystem maps of datasets with more members than this show only their top
    /// members by default: a map of thousands of nodes takes Graphviz a minute and reads as a
    /// hairball (norway-h2020, 9,361 members: 63 s, 459 MB).
    public static let largeDataset = 1_500
    /// How many members the default map of a large dataset shows.
    public static let largeDatasetTop = 150
    /// The weakest tie the default map of a large dataset draws (shared projects).
    public static let largeDatasetMinWeight: Double = 2

    /// How many of its strongest ties each member keeps on the default map of a large dataset:
    /// the top 150 of norway-h2020 share 5,572 ties of 2+ projects (half of all pairs), 412
    /// when each keeps its 3 strongest.
    public static let largeDatasetTiesPerMember = 3

    /// Each member's strongest ties a whole-ecosystem map of `memberCount` members keeps (nil: all).
    public func strongestTies(memberCount: Int) -> Int? {
        tiesPerMember ?? (isLargeDefault(memberCount: memberCount) ? Self.largeDatasetTiesPerMember : nil)
    }

    /// Whether a whole-ecosystem map of `memberCount` members shows the large-dataset default
    /// selection of members: more than ``largeDataset`` members, and neither ``all`` nor ``top``.
    public func isLargeDefault(memberCount: Int) -> Bool {
        !all && top == nil && memberCount > Self.largeDataset
    }

    /// How many members a whole-ecosystem map of `memberCount` members keeps (nil: all).
    ///
    /// ```swift
    /// MapOptions().keptMembers(memberCount: 9_361)   // 150
    /// MapOptions().keptMembers(memberCount: 530)     // nil
    /// ```
    public func keptMembers(memberCount: Int) -> Int? {
        if all { return nil }
        return top ?? (memberCount > Self.largeDataset ? Self.largeDatasetTop : nil)
    }

    /// The weakest tie a whole-ecosystem map of `memberCount` members draws: ``minWeight``,
    /// else ``largeDatasetMinWeight`` on a large dataset (unless ``all``), else 0.
    public func weakestTie(memberCount: Int) -> Double {
        minWeight ?? (!all && memberCount > Self.largeDataset ? Self.largeDatasetMinWeight : 0)
    }
}
