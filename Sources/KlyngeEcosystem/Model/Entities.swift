/// An organisation in the ecosystem.
public struct Member: Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: MemberKind
    /// Cluster names, primary cluster first. Membership overlaps: zero or more.
    public var clusters: [String]
    public var county: String?
    public var municipality: String?
    /// The member's own topics; when the dataset gives none, the topics of its projects.
    public var topics: [String]
    /// The topics members.csv gives (empty when it gives none): a profile field, known
    /// before any project, which time-split evaluation may use.
    public var declaredTopics: [String]
    /// Employees, or inhabitants for a municipality.
    public var size: Int?
    public var founded: Int?
    /// Norwegian organisation number (9 digits), if known.
    public var organisationNumber: String?
    /// Every other column of `members.csv`, by column name (empty cells left out).
    public var attributes: [String: String] {
        get { attributeCells.dictionary }
        set { attributeCells.dictionary = newValue }
    }
    /// ``attributes`` as stored: a dictionary, or a row of the file the dataset was loaded from.
    var attributeCells: AttributeCells

    public init(
        id: String,
        name: String,
        kind: MemberKind,
        clusters: [String] = [],
        county: String? = nil,
        municipality: String? = nil,
        topics: [String] = [],
        size: Int? = nil,
        founded: Int? = nil,
        organisationNumber: String? = nil,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.clusters = clusters
        self.county = county
        self.municipality = municipality
        self.topics = topics
        self.declaredTopics = topics
        self.size = size
        self.founded = founded
        self.organisationNumber = organisationNumber
        self.attributeCells = AttributeCells(attributes)
    }
}

/// A project members take part in.
public struct Project: Sendable, Equatable {
    public var id: String
    public var title: String?
    /// When the project started; nil when the dataset says `unknown` (e.g. the dated-but-yearless
    /// events of Davis's Southern Women study). Such projects join every analysis except
    /// year windows, which cannot place them.
    public var start: PartialDate?
    public var end: PartialDate?
    public var topics: [String]
    public var programme: String?
    /// Share of the budget paid from public funds, 0…1.
    public var publicShare: Double?
    public var attributes: [String: String] {
        get { attributeCells.dictionary }
        set { attributeCells.dictionary = newValue }
    }
    /// ``attributes`` as stored: a dictionary, or a row of the file the dataset was loaded from.
    var attributeCells: AttributeCells

    public init(
        id: String,
        title: String? = nil,
        start: PartialDate?,
        end: PartialDate? = nil,
        topics: [String] = [],
        programme: String? = nil,
        publicShare: Double? = nil,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.title = title
        self.start = start
        self.end = end
        self.topics = topics
        self.programme = programme
        self.publicShare = publicShare
        self.attributeCells = AttributeCells(attributes)
    }
}

/// A member's part in a project. Indices point into ``Ecosystem/members`` and ``Ecosystem/projects``.
public struct Participation: Sendable, Equatable {
    public var project: Int
    public var member: Int
    public var role: ParticipationRole
    public var attributes: [String: String] {
        get { attributeCells.dictionary }
        set { attributeCells.dictionary = newValue }
    }
    /// ``attributes`` as stored: a dictionary, or a row of the file the dataset was loaded from.
    var attributeCells: AttributeCells

    public init(project: Int, member: Int, role: ParticipationRole = .partner, attributes: [String: String] = [:]) {
        self.project = project
        self.member = member
        self.role = role
        self.attributeCells = AttributeCells(attributes)
    }
}

/// An explicit tie between two members outside projects (mentoring, supplier, investment…).
public struct Relation: Sendable, Equatable {
    public var source: Int
    public var target: Int
    public var type: String?
    public var weight: Double
    public var since: Int?

    public init(source: Int, target: Int, type: String? = nil, weight: Double = 1, since: Int? = nil) {
        self.source = source
        self.target = target
        self.type = type
        self.weight = weight
        self.since = since
    }
}
