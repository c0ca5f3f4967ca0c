import KlyngeGraph

/// What members are grouped by when a tie is said to cross groups: their clusters, or their
/// kinds when the dataset names no cluster.
public enum TrendGrouping: String, Sendable {
    case clusters, kinds
}

/// The collaboration network of one year (or of the window of years ending there).
///
/// Every count is over the projects running in the window (``Ecosystem/runningYears(of:)``);
/// "new" means first seen in ``year`` itself: never in a running project before it.
public struct YearTrend: Sendable, Equatable {
    /// The year the row is about: the window's last year.
    public var year: Int
    /// The years whose running projects count: `year − K + 1 ... year` for a window of K.
    public var window: ClosedRange<Int>
    /// Members in at least one running project.
    public var activeMembers: Int
    /// Active members in their first project: none of their projects ran before ``year``.
    public var firstProjectMembers: Int
    /// Pairs of members sharing a running project.
    public var ties: Int
    /// Ties whose two members share a running project in ``year`` and none in any earlier year.
    public var newTies: Int
    /// New ties whose two members both have groups (always, for kinds).
    public var groupedNewTies: Int
    /// Grouped new ties whose members have no group in common.
    public var crossGroupNewTies: Int
    /// Ties between a public-sector and a private-sector member (``MemberKind/isPublic``).
    public var publicPrivateTies: Int
    /// Connected components of the year's collaboration graph over active members.
    public var components: Int
    /// Members of its largest connected component.
    public var largestComponent: Int
    /// Mean number of steps between members of the largest component; nil with fewer than two.
    public var meanDistance: MeanDistance?
    /// The members whose betweenness rose most since the window ending the year before.
    public var risers: [ScoreChange]
    /// The members whose betweenness fell most since then.
    public var fallers: [ScoreChange]

    /// `crossGroupNewTies / groupedNewTies`; nil when no new tie has grouped members.
    public var crossGroupShare: Double? {
        groupedNewTies == 0 ? nil : Double(crossGroupNewTies) / Double(groupedNewTies)
    }
    /// `publicPrivateTies / ties`; nil without ties.
    public var publicPrivateShare: Double? { ties == 0 ? nil : Double(publicPrivateTies) / Double(ties) }
    /// `largestComponent / activeMembers`; nil without active members.
    public var largestComponentShare: Double? {
        activeMembers == 0 ? nil : Double(largestComponent) / Double(activeMembers)
    }
}

/// One series of ``YearTrend``: what a trends table has a column for and a chart draws.
public enum TrendMeasure: String, CaseIterable, Sendable {
    case activeMembers = "active_members"
    case firstProjectMembers = "first_project_members"
    case ties
    case newTies = "new_ties"
    case crossGroupShare = "cross_group_share_of_new_ties"
    case publicPrivateShare = "public_private_share"
    case largestComponentShare = "largest_connected_share"
    case meanDistance = "mean_distance"

    /// The measure's value in `row`, nil when undefined there.
    /// - Complexity: O(1).
    public func value(in row: YearTrend) -> Double? {
        switch self {
        case .activeMembers: Double(row.activeMembers)
        case .firstProjectMembers: Double(row.firstProjectMembers)
        case .ties: Double(row.ties)
        case .newTies: Double(row.newTies)
        case .crossGroupShare: row.crossGroupShare
        case .publicPrivateShare: row.publicPrivateShare
        case .largestComponentShare: row.largestComponentShare
        case .meanDistance: row.meanDistance?.value
        }
    }

    /// `true` for the measures that are shares between 0 and 1.
    public var isShare: Bool {
        self == .crossGroupShare || self == .publicPrivateShare || self == .largestComponentShare
    }
}
