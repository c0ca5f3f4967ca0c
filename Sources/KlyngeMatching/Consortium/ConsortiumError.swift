import KlyngeEcosystem
import KlyngeGraph

/// A consortium request that cannot be answered. Its ``description`` is the message for the
/// user; it names no command-line flag.
///
/// ```swift
/// var call = ConsortiumCall(topics: ["fall detection"], roles: [.municipality])
/// call.size = 1
/// do { _ = try ConsortiumPlanner(context, call: call) } catch { print(error) }
/// // team size 1 is too small: a consortium needs at least 2 members
/// ```
///
/// - Complexity: O(1); ``description`` O(member kinds).
public enum ConsortiumError: KlyngeError, CustomStringConvertible, Sendable, Equatable {
    /// A role that is not a member kind.
    case unknownRole(String)
    /// The call lists no role.
    case noRoles
    /// The call lists no topic.
    case noTopics
    /// The dataset has too few members of a kind the roles need: kind, needed, available.
    case noCandidate(MemberKind, needed: Int, available: Int)
    /// The call's filters (places, cluster, exclusions, unnamed members) leave too few members
    /// of a kind the roles need: kind, needed, left, in the dataset besides the lead.
    case filteredOut(MemberKind, needed: Int, available: Int, total: Int)
    /// The lead (its name) is among the excluded members.
    case leadExcluded(String)
    /// The size is below what the roles need (plus one for a lead whose kind is not a role,
    /// `leadKind` then naming it): given, needed.
    case sizeTooSmall(Int, needed: Int, leadKind: MemberKind?)
    /// A size below 2: a team of one has no pairs, so no new tie.
    case sizeBelowTwo(Int)
    /// Fewer candidates than open seats (the seats besides the lead).
    case tooFewCandidates(seats: Int, available: Int)
    /// Every team the search reached has only existing ties.
    case noNewTie
    /// The search was stopped through ``ConsortiumPlanner/control`` before it finished.
    case cancelled

    /// The message for the user.
    public var description: String {
        switch self {
        case .unknownRole(let r):
            "unknown role '\(r)' (roles are member kinds: \(MemberKind.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .noRoles: "no roles given (e.g. municipality,hospital,company,university)"
        case .noTopics: "no topics given (e.g. welfare technology,fall detection)"
        case let .noCandidate(kind, needed, available):
            available == 0
                ? "no candidate for the role '\(kind.rawValue)': the dataset has no \(kind.rawValue) member besides the lead"
                : "the roles need \(needed) \(kind.rawValue) members but the dataset has only \(available) besides the lead"
        case let .filteredOut(kind, needed, available, total):
            "the roles need \(needed) \(needed == 1 ? kind.rawValue : plural(kind)) but the filters leave "
                + "\(available) of the dataset's \(total) (unnamed members count only when asked for)"
        case let .leadExcluded(name):
            "the lead \(name) is also excluded: a lead is always in the team"
        case let .sizeTooSmall(size, needed, leadKind?):
            "team size \(size) is smaller than the \(needed - 1) role\(needed == 2 ? "" : "s") plus the lead, a \(leadKind.rawValue) (\(needed))"
        case let .sizeTooSmall(size, needed, nil):
            "team size \(size) is smaller than the number of roles (\(needed))"
        case let .sizeBelowTwo(size):
            "team size \(size) is too small: a consortium needs at least 2 members"
        case let .tooFewCandidates(seats, available):
            "not enough candidates: \(available) for \(seats) open seats"
        case .noNewTie:
            "every team found has only existing ties; a consortium must bring in at least one new tie"
        case .cancelled:
            "the search for teams was stopped before it finished"
        }
    }
}
