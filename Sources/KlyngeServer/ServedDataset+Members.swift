import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports

/// A member in a list: what the search box and the member list show.
public struct MemberSummary: Sendable, Codable, Equatable {
    public var index: Int
    public var id: String
    public var name: String
    public var kind: String
    public var clusters: [String]
    public var county: String?
}

/// One measure of a member: its value, its rank among all members and what it means.
public struct MemberCentrality: Sendable, Codable, Equatable {
    public var measure: String
    /// nil when the value is not a finite number.
    public var value: Double?
    /// 1-based, value descending, ties by id.
    public var rank: Int
    /// How many members are ranked.
    public var of: Int
    /// One line on what the measure says (``Measure/meaning``).
    public var meaning: String
}

/// A partner of a member: who, and the projects they share.
public struct MemberPartner: Sendable, Codable, Equatable {
    public var member: MemberSummary
    /// The shared projects' ids and titles, by id.
    public var projects: [ProjectSummary]
}

/// A project in a member's panel.
public struct ProjectSummary: Sendable, Codable, Equatable {
    public var id: String
    public var title: String?
    public var start: String?
}

/// One Gould–Fernandez brokerage role of a member: how many pairs it brokers in it, in words.
public struct MemberBrokerage: Sendable, Codable, Equatable {
    public var role: String
    public var count: Int
    /// z-score against random ties at the same density (nil when not finite).
    public var z: Double?
    /// What the role is, in words.
    public var meaning: String
}

/// Everything the member panel shows about one member.
public struct MemberDetail: Sendable, Codable, Equatable {
    public var member: MemberSummary
    public var sector: String
    public var municipality: String?
    public var topics: [String]
    public var size: Int?
    public var founded: Int?
    /// The extra columns of members.csv, by name.
    public var attributes: [String: String]
    /// In ``ServedDataset/measures`` order (those computed).
    public var centralities: [MemberCentrality]
    /// The five roles, then the total.
    public var brokerage: [MemberBrokerage]
    /// Burt's constraint and effective size (nil when not finite).
    public var constraint: Double?
    public var effectiveSize: Double?
    /// Group pairs whose only closest connection runs through this member.
    public var soleBridges: Int
    /// Whether removing it splits its component.
    public var cutVertex: Bool
    /// Its partners, most shared projects first, ties by id.
    public var partners: [MemberPartner]
    /// Its projects, by id.
    public var projects: [ProjectSummary]
}

extension ServedDataset {
    /// The members whose name or id contains `search.text`, compared without regard to case or
    /// accents (`tromso` finds Tromsø, as ``KlyngeEcosystem/foldedKey(_:)`` reads every name a
    /// user types): exact names first, then names that start with the text, then the others,
    /// each group by name then id; at most `search.limit`. An empty text lists every member.
    ///
    /// ```swift
    /// served.searchMembers(MemberSearch("bergen")).map(\.name)  // ["Bergen kommune", …]
    /// ```
    ///
    /// - Complexity: O(V · |name|) plus the sort of the matches.
    public func searchMembers(_ search: MemberSearch) -> [MemberSummary] {
        let key = foldedKey(search.text)
        var found: [(tier: Int, index: Int)] = []
        for (i, m) in ecosystem.members.enumerated() {
            let name = foldedNames[i]
            if key.isEmpty || name == key || foldedKey(m.id) == key {
                found.append((0, i))
            } else if name.hasPrefix(key) {
                found.append((1, i))
            } else if name.contains(key) || foldedKey(m.id).contains(key) {
                found.append((2, i))
            }
        }
        let members = ecosystem.members
        found.sort { a, b in
            if a.tier != b.tier { return a.tier < b.tier }
            let (x, y) = (members[a.index], members[b.index])
            if x.name != y.name { return x.name < y.name }
            return Ranking.idPrecedes(x.id, y.id)
        }
        return found.prefix(search.limit).map { summary($0.index) }
    }

    /// The list entry of member `index`.
    /// - Complexity: O(1).
    public func summary(_ index: Int) -> MemberSummary {
        let m = ecosystem.members[index]
        return MemberSummary(
            index: index,
            id: m.id,
            name: m.name,
            kind: m.kind.rawValue,
            clusters: m.clusters,
            county: m.county
        )
    }

    /// Everything the member panel shows about member `index`: attributes, rank on each
    /// centrality with its meaning, brokerage roles, partners with their shared projects, projects.
    ///
    /// ```swift
    /// let detail = served.memberDetail(try served.ecosystem.member(matching: "Bergen kommune"))
    /// detail.centralities.first  // degree, its value, rank 3 of 530, "share of the other nodes …"
    /// ```
    ///
    /// - Complexity: O(degree · shared projects + projects of the member).
    public func memberDetail(_ index: Int) -> MemberDetail {
        let m = ecosystem.members[index]
        let count = ecosystem.members.count
        let centralities = Self.measures.compactMap { measure -> MemberCentrality? in
            guard let values = centrality[measure], let ranks = rank[measure] else { return nil }
            return MemberCentrality(
                measure: measure.rawValue,
                value: finite(values[index]),
                rank: ranks[index],
                of: count,
                meaning: measure.meaning
            )
        }
        let brokerage = BrokerageRoles.Role.allCases.map { role in
            MemberBrokerage(
                role: role.name,
                count: Int(brokers.roles.raw[index][role.rawValue]),
                z: finite(brokers.roles.z[index][role.rawValue]),
                meaning: Self.roleMeanings[role.rawValue]
            )
        }
        let projectsOf = context.memberProjects
        let partners = graph.neighbors(index).map(Int.init).map { p in
            (p, projectsOf.shared(index, p))
        }.sorted { a, b in
            if a.1.count != b.1.count { return a.1.count > b.1.count }
            return Ranking.idPrecedes(ecosystem.members[a.0].id, ecosystem.members[b.0].id)
        }
        return MemberDetail(
            member: summary(index),
            sector: m.kind.sector,
            municipality: m.municipality,
            topics: m.topics,
            size: m.size,
            founded: m.founded,
            attributes: m.attributes,
            centralities: centralities,
            brokerage: brokerage,
            constraint: finite(brokers.holes.constraint[index]),
            effectiveSize: finite(brokers.holes.effectiveSize[index]),
            soleBridges: brokers.soleBridgeCounts[index],
            cutVertex: brokers.articulationPoints.contains(index),
            partners: partners.map { p, shared in
                MemberPartner(member: summary(p), projects: shared.map(project))
            },
            projects: projectsOf[member: index].map(project)
        )
    }

    /// The panel entry of project `index`.
    func project(_ index: Int) -> ProjectSummary {
        let p = ecosystem.projects[index]
        return ProjectSummary(id: p.id, title: p.title, start: p.start.map { "\($0)" })
    }

    /// The Gould–Fernandez roles in words, in ``BrokerageRoles/Role`` order.
    static let roleMeanings = [
        "coordinator: links two members of its own cluster",
        "itinerant: links two members of another cluster (a consultant)",
        "representative: speaks for its own cluster to another",
        "gatekeeper: lets another cluster in to its own",
        "liaison: links two clusters, neither its own",
        "total: every pair it brokers",
    ]
}

/// `x` when finite, else nil (JSON has no NaN or infinity).
func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
