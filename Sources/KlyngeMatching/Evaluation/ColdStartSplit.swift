import KlyngeEcosystem
import KlyngeGraph

/// The cold-start test of partner matching: newcomers with no training project, matched
/// from the profile they would type, against the partners of their first project.
///
/// - **Training data**: projects starting before the split year (``MatchingContext`` with that cutoff).
/// - **Seekers**: members of a seeker kind with no training project whose first project P
///   (earliest known start, ties by project id in byte order) starts in the split year or
///   later (and before `testBefore`, when given). Projects of unknown start are ignored.
/// - **Profile**: the seeker's kind, P's topics and programme (the call it applies to), its
///   declared topics, and its county and country (the `country` attribute) when it has them:
///   ``Seeker/profile(kind:topics:county:country:)`` with the topics in that order, repeats
///   (ignoring case) left out.
/// - **Candidates**: every target-kind member with at least one training project, ascending
///   (the same for every query). **True partners**: the candidates that are members of P.
///   A seeker with no true partner is not a query. Queries are ordered by member index.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norway-h2020")
/// let split = try ColdStartSplit(eco, splitYear: 2018, seekerKinds: [.company], targetKinds: [.university])
/// print(split.queries.count, split.candidates.count)
/// ```
///
/// Built like ``TimeSplit``: from a dataset and a split year (``EvaluationSplit``'s
/// ``EvaluationSplit/init(_:splitYear:seekerKinds:targetKinds:testBefore:)``, as above), or on a
/// training context shared with other target kinds.
///
/// - Complexity: O(training context + participations + Q · p) to build, for Q queries of
///   first projects with p members.
public struct ColdStartSplit: Sendable {
    /// The training data: projects starting before the split year.
    public let context: MatchingContext
    /// Training projects start before this year; first projects in it or later.
    public let splitYear: Int
    /// First projects start before this year too (nil: no upper bound).
    public let testBefore: Int?
    /// The kinds of the seekers and of their candidates.
    public let seekerKinds: Set<MemberKind>
    /// The candidates' kinds.
    public let targetKinds: Set<MemberKind>
    /// Every target-kind member with a training project, ascending: every query's candidates.
    public let candidates: [Int]
    /// One per newcomer with a true partner, by member index.
    public let queries: [ColdStartQuery]

    /// The queries of an existing training context (its cutoff is the split year), so that
    /// splits for several target kinds share one context.
    ///
    /// ```swift
    /// let context = try MatchingContext(eco, before: 2018)
    /// let toUniversities = ColdStartSplit(context: context, seekerKinds: [.company], targetKinds: [.university])
    /// ```
    ///
    /// - Parameters:
    ///   - context: The training context; its ``MatchingContext/cutoff`` is the split year.
    ///   - seekerKinds: The newcomers' kinds.
    ///   - targetKinds: The candidates' kinds.
    ///   - testBefore: First projects start before it too (nil: any later year).
    /// - Complexity: O(participations + members + Q · p) for Q queries of first projects with p members.
    public init(
        context: MatchingContext,
        seekerKinds: Set<MemberKind>,
        targetKinds: Set<MemberKind>,
        testBefore: Int? = nil
    ) {
        precondition(context.cutoff != nil, "a cold-start split needs a context with a cutoff year")
        let eco = context.ecosystem
        let split = context.cutoff!
        self.context = context
        splitYear = split
        self.testBefore = testBefore
        self.seekerKinds = seekerKinds
        self.targetKinds = targetKinds
        let n = eco.members.count
        let isCandidate = (0..<n).map { !context.projectsOf[$0].isEmpty && targetKinds.contains(eco.members[$0].kind) }
        candidates = (0..<n).filter { isCandidate[$0] }
        // Each member's first project of known start (earliest start, ties by project id).
        var first = [Int?](repeating: nil, count: n)
        func earlier(_ p: Int, _ q: Int) -> Bool {
            let (a, b) = (eco.projects[p], eco.projects[q])
            let (ya, yb) = (a.start!, b.start!)
            if ya != yb { return ya < yb }
            return Ranking.idPrecedes(a.id, b.id)
        }
        for pa in eco.participations where eco.projects[pa.project].start != nil {
            if let f = first[pa.member], !earlier(pa.project, f) { continue }
            first[pa.member] = pa.project
        }
        let byProject = eco.membersByProject
        var queries: [ColdStartQuery] = []
        for s in 0..<n where seekerKinds.contains(eco.members[s].kind) && context.projectsOf[s].isEmpty {
            guard let p = first[s], let y = eco.projects[p].start?.year, y >= split else { continue }
            if let b = testBefore, y >= b { continue }
            let partners = Array(Set(byProject[p].map(\.member).filter { isCandidate[$0] })).sorted()
            guard !partners.isEmpty else { continue }
            let member = eco.members[s]
            let project = eco.projects[p]
            var seen = Set<String>()
            let topics = (project.topics + (project.programme.map { [$0] } ?? []) + member.declaredTopics).filter {
                seen.insert($0.lowercased()).inserted
            }
            queries.append(
                ColdStartQuery(
                    seeker: s,
                    project: p,
                    profile: .profile(
                        kind: member.kind,
                        topics: topics,
                        county: member.county,
                        country: member.attributes[Ecosystem.countryAttribute].flatMap { $0.isEmpty ? nil : $0 }
                    ),
                    partners: partners
                )
            )
        }
        self.queries = queries
    }

    /// The number of test pairs (Σ partners over queries).
    public var testPairs: Int { queries.reduce(0) { $0 + $1.partners.count } }
}
