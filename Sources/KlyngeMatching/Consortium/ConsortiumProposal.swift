/// A proposed team: its members (lead first, then the roles in the call's order, then extras)
/// and its score.
public struct ConsortiumTeam: Sendable, Equatable {
    public var members: [TeamMember]
    public var score: TeamScore
}

/// The teams proposed for a call, best first; each alternative differs from every earlier
/// team in at least half of its non-lead members.
public struct ConsortiumProposal: Sendable, Equatable {
    public var teams: [ConsortiumTeam]
    /// The team size N used.
    public var size: Int
    /// What the user should know: candidate pools, topics nobody has, alternatives not found.
    public var notes: [String]
}
