import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports

/// What the measures and brokerage roles mean, in the words of a cluster advisor rather than
/// of network science (``Measure/meaning`` is the analyst's version). Pages show these next to
/// the numbers.
///
/// ```swift
/// PlainWords.title(.betweenness)    // "Go-between"
/// PlainWords.meaning(.betweenness)  // "How often it lies on the shortest chain of partners …"
/// ```
enum PlainWords {
    /// A short everyday name for a measure, with the network-science name after it on pages.
    static func title(_ m: Measure) -> String {
        switch m {
        case .degree: "Direct partners"
        case .betweenness: "Go-between"
        case .closeness: "Reach"
        case .harmonic: "Reach (counting unreachable members)"
        case .pagerank: "Influence"
        case .eigenvector: "Well-connected partners"
        case .core: "Depth in the core"
        case .clustering: "Tight-knit partners"
        }
    }

    /// One sentence on what a high value means.
    static func meaning(_ m: Measure) -> String {
        switch m {
        case .degree:
            "How many members it has worked with on a project, compared with everyone else."
        case .betweenness:
            "How often it lies on the shortest chain of partners between two other members: a go-between who can introduce them."
        case .closeness:
            "How few partner-to-partner steps it needs to reach the members it can reach: news reaches it fast."
        case .harmonic:
            "How close it is to everyone, where members it cannot reach simply add nothing."
        case .pagerank:
            "How often you arrive at it when you walk from partner to partner; ties to well-connected members count more."
        case .eigenvector:
            "Whether its partners are themselves well connected."
        case .core:
            "How deep inside the tightly knit centre of the network it sits: the centre has the highest number."
        case .clustering:
            "How many of its partners have also worked with each other."
        }
    }

    /// What brokering in `role` means for a member of `own` (its group), in a sentence that
    /// follows a count: "12 times: …".
    static func role(_ role: BrokerageRoles.Role, own: String, groupWord: String) -> String {
        switch role {
        case .coordinator: "links two partners inside its own \(groupWord), \(own), who have no project together"
        case .itinerant: "links two partners of another \(groupWord) to each other, from outside (as a consultant)"
        case .representative: "passes contacts from its own \(groupWord), \(own), on to a member of another"
        case .gatekeeper: "brings a member of another \(groupWord) in to a partner in its own, \(own)"
        case .liaison: "links members of two other \(groupWord)s, neither of them its own"
        case .total: "brokers in any role"
        }
    }

    /// A kind as a reader says it: `research-institute` → `research institute`.
    static func kind(_ k: MemberKind) -> String { k.rawValue.replacingOccurrences(of: "-", with: " ") }

    /// "cluster" for a dataset with clusters, else "kind" (brokerage then groups by kind).
    static func groupWord(_ eco: Ecosystem) -> String { eco.clusters.isEmpty ? "kind" : "cluster" }
}
