/// How a member sits in a team.
///
/// ```swift
/// let team = try planner.propose().teams[0]
/// let required = team.members.filter { $0.role == .required }.count  // the roles filled
/// let extras = team.members.filter { $0.role == .extra }              // beyond the roles
/// ```
///
/// - Complexity: O(1).
public enum TeamRole: Sendable, Equatable {
    /// The lead partner the call named (it also fills its kind's role when that kind is required).
    case lead
    /// Fills one of the call's required roles (its kind).
    case required
    /// A member beyond the required roles (team size above the role count).
    case extra
}

/// One member of a proposed team, with the evidence for it.
///
/// ```swift
/// for m in try planner.propose().teams[0].members {
///     print(eco.members[m.member].name, m.role, m.topicFit, m.newTiesTo.count, "new ties")
///     print("  ", m.why)
/// }
/// ```
///
/// - Complexity: O(1) to read; made by ``ConsortiumPlanner/propose()``.
public struct TeamMember: Sendable, Equatable {
    /// The member (index in the ecosystem).
    public var member: Int
    /// Lead, a required role, or an extra.
    public var role: TeamRole
    /// TF-IDF cosine of the member's topics with the call's, 0…1.
    public var topicFit: Double
    /// Teammates it has shared a project with (member indices, ascending).
    public var tiedTo: [Int]
    /// Teammates it has not worked with: the new ties it brings (ascending).
    public var newTiesTo: [Int]
    /// Why it is in the team, in words: shared topics, earlier work together, new ties, balance.
    public var why: String
}
