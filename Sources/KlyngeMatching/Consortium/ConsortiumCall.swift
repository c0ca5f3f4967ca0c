import Foundation
import KlyngeEcosystem

/// A funding call to propose a consortium for: its topics, the roles it requires, an
/// optional lead partner and the team size.
///
/// A *role* is a `MemberKind`. A kind listed k times needs at least k members of that
/// kind (`company,company,hospital`: two companies and a hospital).
///
/// ```swift
/// var call = ConsortiumCall(topics: ["fall detection", "welfare technology"], roles: [.municipality, .hospital])
/// call.lead = eco.memberIndex(of: "m0093")  // a hospital: it fills the hospital role
/// call.size = 4                            // two members beyond the roles
/// call.alternatives = 3
/// ```
///
/// - Complexity: O(1) to build.
public struct ConsortiumCall: Sendable, Equatable {
    /// The call's topics, as phrases ("fall detection"); compared with members' topics by TF-IDF.
    public var topics: [String]
    /// Required kinds, in the order the user gave them (repeats: more than one member of a kind).
    public var roles: [MemberKind]
    /// A member (index) that must be in every team.
    public var lead: Int?
    /// Team size N; nil: the smallest that fits (see ``ConsortiumPlanner/minimumSize``).
    public var size: Int?
    /// How cohesion and balance count against topic fit.
    public var weights = ConsortiumWeights()
    /// Candidates kept per role kind, best topic fit first (never fewer than the role needs).
    public var candidatesPerRole = 30
    /// How many different teams to propose (the best, then alternatives).
    public var alternatives = 2
    /// Candidates only in these counties (empty: anywhere), as ``resolved(in:)`` spells them;
    /// members without a county are left out when set. Never applies to the lead.
    public var counties: Set<String> = []
    /// Candidates only from these countries (the members' `country` attribute; empty: any).
    public var countries: Set<String> = []
    /// Candidates only from this cluster.
    public var cluster: String?
    /// Members (indices) never proposed. The lead may not be one of them.
    public var excluded: Set<Int> = []
    /// Whether members whose name is only an identifier (`Member.isUnnamed`)
    /// may be proposed; by default they are left out and the proposal's notes count them.
    public var includeUnnamed = false

    /// A call with the default weights, 30 candidates per role and 2 teams.
    ///
    /// ```swift
    /// let call = ConsortiumCall(topics: ["fall detection"], roles: [.municipality, .company], size: 3)
    /// ```
    ///
    /// - Complexity: O(1).
    public init(topics: [String], roles: [MemberKind], lead: Int? = nil, size: Int? = nil) {
        self.topics = topics
        self.roles = roles
        self.lead = lead
        self.size = size
    }

    /// Parses `municipality,hospital,company,university` (case and spaces ignored).
    /// - Throws: ``ConsortiumError/unknownRole(_:)`` naming the bad word and the kinds to choose
    ///   from; ``ConsortiumError/noRoles`` for an empty list.
    ///
    /// ```swift
    /// let roles = try ConsortiumCall.parseRoles("Municipality, hospital,company,company")
    /// // [.municipality, .hospital, .company, .company]: two companies needed
    /// let call = ConsortiumCall(topics: ["fall detection"], roles: roles)
    /// ```
    ///
    /// - Complexity: O(length of `text`).
    public static func parseRoles(_ text: String) throws(ConsortiumError) -> [MemberKind] {
        var out: [MemberKind] = []
        for raw in text.split(separator: ",") {
            let word = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if word.isEmpty { continue }
            guard let kind = MemberKind(rawValue: word) else { throw .unknownRole(word) }
            out.append(kind)
        }
        if out.isEmpty { throw .noRoles }
        return out
    }

    /// Comma-separated topics, trimmed, empty ones left out.
    ///
    /// ```swift
    /// let topics = ConsortiumCall.parseTopics(" fall detection,,welfare technology ")
    /// // ["fall detection", "welfare technology"]
    /// let call = ConsortiumCall(topics: topics, roles: [.municipality, .company])
    /// ```
    ///
    /// - Complexity: O(length of `text`).
    public static func parseTopics(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
