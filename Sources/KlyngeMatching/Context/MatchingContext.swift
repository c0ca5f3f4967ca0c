import KlyngeEcosystem
import KlyngeGraph

/// Everything matching needs from a dataset, computed once: the collaboration graph of
/// the projects it may use, each member's projects, topic vectors and experience.
///
/// With `before: Y` only projects that start before year Y count (time-split evaluation);
/// a member's topics then come only from those projects and from its declared topics.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
/// let context = try MatchingContext(eco, before: 2022)
/// print(context.referenceYear, context.vectors.count)
/// ```
///
/// - Complexity: O(participations + Σ_p k_p² + terms) to build, for k_p members of project p.
public struct MatchingContext: Sendable {
    /// The dataset.
    public let ecosystem: Ecosystem
    /// Only projects starting before this year count; nil: all.
    public let cutoff: Int?
    /// Collaboration graph of the usable projects (nodes = members, weight = shared projects).
    public let graph: CSRGraph
    /// Usable projects of each member, ascending (``memberProjects``' lists).
    public let projectsOf: [[Int]]
    /// The usable projects of each member and the projects two members share.
    public let memberProjects: MemberProjects
    /// Members of each usable project, ascending and distinct (empty for the others).
    public let membersOf: [[Int]]
    /// Usable projects in which each member was a pilot site.
    public let pilotCount: [Int]
    /// Start year of each member's latest usable project.
    public let lastYear: [Int?]
    /// The year "now" is for recency: the cutoff's previous year, else the latest start.
    public let referenceYear: Int
    /// The TF-IDF index over every member's topic document.
    public let topics: TopicIndex
    /// Each member's topic document (declared topics + its projects' topics and titles) as TF-IDF.
    public let vectors: [TopicVector]
    /// Each member's topic phrases (declared + projects'), lower-cased.
    public let topicSets: [Set<String>]

    /// Builds the collaboration graph of the usable projects, each member's projects and its
    /// topic document, and the TF-IDF index over all members' documents.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let now = try MatchingContext(eco)                 // every project
    /// let training = try MatchingContext(eco, before: 2022)  // projects starting before 2022
    /// print(now.graph.edgeCount, training.graph.edgeCount)
    /// ```
    ///
    /// - Throws: what `Ecosystem.collaborationGraph(years:)` throws.
    /// - Complexity: O(participations + Σ_p k_p² + terms).
    public init(_ eco: Ecosystem, before cutoff: Int? = nil) throws {
        ecosystem = eco
        self.cutoff = cutoff
        let window = cutoff.map { (Int.min / 2)...($0 - 1) }
        graph = try eco.collaborationGraph(years: window)
        let usable = Set(eco.projects(activeIn: window))
        memberProjects = eco.memberProjects(years: window)
        var pilots = [Int](repeating: 0, count: eco.members.count)
        var membersOf = [[Int]](repeating: [], count: eco.projects.count)
        for p in eco.participations where usable.contains(p.project) {
            membersOf[p.project].append(p.member)
            if p.role == .pilotSite { pilots[p.member] += 1 }
        }
        projectsOf = memberProjects.byMember
        self.membersOf = membersOf.map { Array(Set($0)).sorted() }
        pilotCount = pilots
        lastYear = self.projectsOf.map { ps in ps.compactMap { eco.projects[$0].start?.year }.max() }
        let starts = usable.compactMap { eco.projects[$0].start?.year }
        referenceYear = cutoff.map { $0 - 1 } ?? starts.max() ?? 0
        // Each usable project's title split once (a title is in every member's document).
        var titleWords = [[String]?](repeating: nil, count: eco.projects.count)
        for p in usable { titleWords[p] = eco.projects[p].title.map(TopicIndex.words) }
        var documents: [[String: Int]] = []
        var sets: [Set<String>] = []
        for (i, m) in eco.members.enumerated() {
            let own = cutoff == nil ? m.topics : m.declaredTopics
            let ps = self.projectsOf[i]
            let projectTopics = ps.flatMap { eco.projects[$0].topics }
            documents.append(
                TopicIndex.terms(topics: own + projectTopics, titleWords: ps.compactMap { titleWords[$0] })
            )
            sets.append(Set((own + projectTopics).map { $0.lowercased() }))
        }
        topics = TopicIndex(documents: documents)
        vectors = documents.map(topics.vector)
        topicSets = sets
    }
}
