/// How a member sits in a team.
public enum TeamRole: Sendable, Equatable {
    /// The lead partner the call named (it also fills its kind's role when that kind is required).
    case lead
    /// Fills one of the call's required roles (its kind).
    case required
    /// A member beyond the required roles (team size above the role count).
    case extra
}

/// One member of a proposed team, with the evidence for it.
public struct TeamMember: Sendable, Equatable {
    public var member: Int
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
