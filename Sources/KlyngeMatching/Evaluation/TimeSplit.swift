import KlyngeEcosystem

/// The honest test of partner matching: learn from the projects that started before a
/// year, predict the partnerships of the projects that started in it or later.
///
/// - A member is **in the training graph** when it took part in at least one training
///   project (start before the split year); its degree there may be 0 when those projects
///   had no other participant (e.g. single-beneficiary SME-instrument grants).
/// - Two members are **tied** when they shared a training project.
/// - A **test pair** (s, t): s of a seeker kind, t of a target kind, s ≠ t, both in the
///   training graph, not tied, and both in some project starting in the split year or
///   later (and before `testBefore`, when given). Projects of unknown start are in neither set.
/// - Each seeker with at least one test pair is a **query**; its candidates are all
///   target-kind members of the training graph other than itself and not tied to it.
///   Queries are ordered by member index, so results never depend on scheduling.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
/// let split = try TimeSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.municipality])
/// print(split.queries.count)
/// ```
///
/// Built from a dataset and a split year (``EvaluationSplit``'s
/// ``EvaluationSplit/init(_:splitYear:seekerKinds:targetKinds:testBefore:)``, as above), or on a
/// training context shared with other target kinds.
///
/// - Complexity: O(training context + Σ_p k_p² over test projects + Q · T) to build, for Q
///   queries and T targets.
public struct TimeSplit: Sendable {
    /// The training data: projects starting before the split year.
    public let context: MatchingContext
    /// Training projects start before this year, test projects in it or later.
    public let splitYear: Int
    /// Test projects start before this year too (nil: no upper bound).
    public let testBefore: Int?
    /// The kinds of the seekers and of their candidates.
    public let seekerKinds: Set<MemberKind>
    public let targetKinds: Set<MemberKind>
    /// One per seeker with a test pair, by member index.
    public let queries: [EvaluationQuery]

    /// The queries of an existing training context (its cutoff is the split year), so that
    /// splits for several target kinds share one context.
    ///
    /// ```swift
    /// let context = try MatchingContext(eco, before: 2022)
    /// let toMunicipalities = TimeSplit(context: context, seekerKinds: [.company], targetKinds: [.municipality])
    /// let toHospitals = TimeSplit(context: context, seekerKinds: [.company], targetKinds: [.hospital])
    /// ```
    ///
    /// - Complexity: O(Σ_p k_p² over test projects + Q · T) for Q queries and T targets.
    public init(
        context: MatchingContext,
        seekerKinds: Set<MemberKind>,
        targetKinds: Set<MemberKind>,
        testBefore: Int? = nil
    ) {
        precondition(context.cutoff != nil, "a time split needs a context with a cutoff year")
        let eco = context.ecosystem
        let g = context.graph
        let split = context.cutoff!
        self.context = context
        splitYear = split
        self.testBefore = testBefore
        self.seekerKinds = seekerKinds
        self.targetKinds = targetKinds
        let n = eco.members.count
        let inTraining = context.projectsOf.map { !$0.isEmpty }
        let isSeeker = eco.members.indices.map { inTraining[$0] && seekerKinds.contains(eco.members[$0].kind) }
        let isTarget = eco.members.indices.map { inTraining[$0] && targetKinds.contains(eco.members[$0].kind) }
        // Later partners of each seeker (ties and the seeker itself removed below).
        var later = [[Int]](repeating: [], count: n)
        for (p, ms) in eco.membersByProject.enumerated() {
            guard let y = eco.projects[p].start?.year, y >= split, testBefore.map({ y < $0 }) ?? true else { continue }
            let members = Array(Set(ms.map(\.member))).sorted()
            for a in members where isSeeker[a] {
                for b in members where b != a && isTarget[b] { later[a].append(b) }
            }
        }
        let pool = (0..<n).filter { isTarget[$0] }
        var tied = [Bool](repeating: false, count: n)
        var queries: [EvaluationQuery] = []
        for s in 0..<n where !later[s].isEmpty {
            for a in g.arcRange(s) { tied[g.target(ofArc: a)] = true }
            let partners = Array(Set(later[s].filter { !tied[$0] })).sorted()
            if !partners.isEmpty {
                queries.append(
                    EvaluationQuery(seeker: s, candidates: pool.filter { $0 != s && !tied[$0] }, partners: partners)
                )
            }
            for a in g.arcRange(s) { tied[g.target(ofArc: a)] = false }
        }
        self.queries = queries
    }

    /// The number of test pairs (Σ partners over queries).
    public var testPairs: Int { queries.reduce(0) { $0 + $1.partners.count } }
}
