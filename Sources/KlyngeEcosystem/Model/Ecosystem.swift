import KlyngeGraph

/// A loaded dataset: members, projects, participations and relations, with
/// lookups from ids to indices (hash maps).
public struct Ecosystem: Sendable {
    /// The dataset's name (its folder name).
    public var name: String
    public private(set) var members: [Member]
    public private(set) var projects: [Project]
    public private(set) var participations: [Participation]
    public private(set) var relations: [Relation]
    /// Every cluster named by some member, sorted by name.
    public let clusters: [String]
    /// The counties a user may name (``countyVocabulary``), found once when the ecosystem is made.
    let countyNames: [String]
    /// The countries the members name in their ``countryAttribute`` attribute, sorted.
    public let countries: [String]
    /// `true` when the dataset's README declares it SYNTHETIC (the word, in capitals,
    /// in its title line): outputs then say that its memberships and projects are invented.
    public var isSynthetic = false
    /// The dataset's title from its README's first heading (``readmeTitle(_:folder:)``); nil
    /// without one, or for an ecosystem built in code.
    public var title: String?
    /// The warnings and notes found when the dataset was loaded (a likely duplicate, a county
    /// taken from the municipality, no README…), in the loader's order; empty for an
    /// ecosystem built in code.
    public var loadNotices: [DatasetProblem] = []

    /// The sentence outputs carry for a synthetic dataset (empty otherwise).
    public var syntheticNotice: String {
        isSynthetic ? "SYNTHETIC dataset: memberships, projects and company names are invented" : ""
    }
    /// Member id → index of the first member with it.
    private let memberIndex: ByteKeyIndex
    /// Project id → index of the first project with it.
    private let projectIndex: ByteKeyIndex

    public init(
        name: String,
        members: [Member],
        projects: [Project],
        participations: [Participation],
        relations: [Relation] = []
    ) {
        self.init(
            name: name,
            members: members,
            projects: projects,
            participations: participations,
            relations: relations,
            memberIndex: ByteKeyIndex(keys: members.map(\.id)),
            projectIndex: ByteKeyIndex(keys: projects.map(\.id))
        )
    }

    /// An ecosystem whose id lookups are already built (by the dataset loader, which needs them
    /// to check the files): `memberIndex` and `projectIndex` map each id to the index of the
    /// first member (project) with it, as the public initialiser would.
    ///
    /// ```swift
    /// let eco = Ecosystem(name: "d", members: members, projects: projects, participations: [],
    ///                     relations: [], memberIndex: ByteKeyIndex(keys: ["m1"]),
    ///                     projectIndex: ByteKeyIndex(keys: ["p1"]))
    /// eco.memberIndex(of: "m1")  // 0
    /// ```
    ///
    /// - Complexity: O(members' clusters · log + members (their counties and countries)).
    init(
        name: String,
        members: [Member],
        projects: [Project],
        participations: [Participation],
        relations: [Relation],
        memberIndex: ByteKeyIndex,
        projectIndex: ByteKeyIndex
    ) {
        self.name = name
        self.members = members
        self.projects = projects
        self.participations = participations
        self.relations = relations
        clusters = Set(members.flatMap(\.clusters)).sorted(by: Ranking.idPrecedes)
        countyNames = Self.countyNames(of: members)
        countries = Set(members.compactMap { $0.attributes[Self.countryAttribute] }.filter { !$0.isEmpty }).sorted()
        self.memberIndex = memberIndex
        self.projectIndex = projectIndex
    }

    /// Index of the member with id `id`.
    /// - Complexity: O(1) expected.
    public func memberIndex(of id: String) -> Int? { memberIndex.value(of: id) }
    /// Index of the project with id `id`.
    /// - Complexity: O(1) expected.
    public func projectIndex(of id: String) -> Int? { projectIndex.value(of: id) }

    /// Participations grouped by project: `byProject[p]` lists (member, role).
    public var membersByProject: [[(member: Int, role: ParticipationRole)]] {
        var out = [[(member: Int, role: ParticipationRole)]](repeating: [], count: projects.count)
        for p in participations { out[p.project].append((p.member, p.role)) }
        return out
    }
}
