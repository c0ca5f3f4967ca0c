/// A proposed team: its members (lead first, then the roles in the call's order, then extras)
/// and its score.
///
/// ```swift
/// let team = try planner.propose().teams[0]
/// print(team.members.map { eco.members[$0.member].id }, team.score.score)
/// let lead = team.members.first { $0.role == .lead }  // nil when the call names no lead
/// ```
///
/// - Complexity: O(1) to read; made by ``ConsortiumPlanner/propose()``.
public struct ConsortiumTeam: Sendable, Equatable {
    /// The members in display order, each with its role and evidence.
    public var members: [TeamMember]
    /// The team's score and its terms.
    public var score: TeamScore
}

/// The teams proposed for a call, best first; each alternative differs from every earlier
/// team in at least half of its non-lead members.
///
/// ```swift
/// let proposal = try planner.propose()
/// for (i, team) in proposal.teams.enumerated() { print(i + 1, team.score.score, team.members.count) }
/// print(proposal.notes.joined(separator: "\n"))  // candidate pools, unknown topics, …
/// ```
///
/// - Complexity: O(1) to read; made by ``ConsortiumPlanner/propose()``.
public struct ConsortiumProposal: Sendable, Equatable {
    /// The teams, best first (at most ``ConsortiumCall/alternatives``).
    public var teams: [ConsortiumTeam]
    /// The team size N used.
    public var size: Int
    /// What the user should know: candidate pools, topics nobody has, alternatives not found.
    public var notes: [String]
    /// How many members of the role kinds passed the call's filters but were left out because
    /// their name is only an identifier (0 with ``ConsortiumCall/includeUnnamed``).
    public var unnamedLeftOut = 0
}
