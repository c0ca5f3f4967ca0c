import KlyngeEcosystem
import KlyngeGraph

/// Runs the cold-start methods on a ``ColdStartSplit``'s newcomers: each method ranks the
/// split's candidates for a newcomer's profile, and the ranks of the members of its first
/// project give its ``RankingMetrics`` (as ``Evaluator`` does for member seekers).
///
/// Methods (``EvaluationMethod/coldStartMethods``): Klynge's ``Matcher`` on the profile
/// (``MatchWeights/newcomer(targets:)`` unless `options.weights` says otherwise), the seeded
/// random shuffle, topic fit alone, popularity (training projects), topic popularity
/// (training projects sharing a topic, ignoring case, or the programme, exactly, with the
/// first project), when some member of the dataset has a county, same county, and when some
/// member has a country, same country. Ties by member id, as everywhere.
///
/// ```swift
/// let split = try ColdStartSplit(eco, splitYear: 2018, seekerKinds: [.company], targetKinds: [.university])
/// let report = ColdStartEvaluator(split).run(EvaluationOptions())
/// print(report[.klynge]!.mrr, report.bestBaseline!.method)  // e.g. 0.21 topic_popularity
/// ```
///
/// - Complexity: see ``init(_:)`` and ``run(_:)``.
public struct ColdStartEvaluator: Sendable {
    /// The newcomers, the candidates and the training context.
    public let split: ColdStartSplit
    let matcher: Matcher
    /// Each member's position in id order (bytewise), the tie-break of every method.
    let idRank: [Int]
    /// Each project's programme as an id (exact text), −1 without one.
    let programmeID: [Int32]
    /// Whether some member has a county (the same-county baseline runs only then).
    public let hasCounties: Bool
    /// Whether some member has a country (the same-country baseline runs only then).
    public let hasCountries: Bool

    /// Prepares the matcher on the split's training context, the id order and the programmes.
    ///
    /// ```swift
    /// let evaluator = ColdStartEvaluator(try ColdStartSplit(eco, splitYear: 2018, seekerKinds: [.company],
    ///                                                       targetKinds: [.municipality]))
    /// ```
    ///
    /// - Parameter split: The newcomers and their candidates.
    /// - Complexity: O(``Matcher/init(_:)`` + V log V + P) for V members and P projects.
    public init(_ split: ColdStartSplit) {
        self.split = split
        matcher = Matcher(split.context)
        let eco = split.context.ecosystem
        let byID = eco.members.indices.sorted { Ranking.idPrecedes(eco.members[$0].id, eco.members[$1].id) }
        var rank = [Int](repeating: 0, count: eco.members.count)
        for (r, m) in byID.enumerated() { rank[m] = r }
        idRank = rank
        var ids: [String: Int32] = [:]
        programmeID = eco.projects.map { p in
            guard let g = p.programme else { return -1 }
            if let id = ids[g] { return id }
            let id = Int32(ids.count)
            ids[g] = id
            return id
        }
        hasCounties = eco.members.contains { $0.county != nil }
        hasCountries = !matcher.index.countryID.isEmpty
    }

    /// The methods `options` asks for that this split can run, in ``EvaluationMethod`` order:
    /// the cold-start ones, without `same_county` when no member has a county and without
    /// `same_country` when none has a country.
    ///
    /// ```swift
    /// let methods = ColdStartEvaluator(split).methods(EvaluationOptions())  // klynge, random, topic_fit, …
    /// ```
    ///
    /// - Parameter options: The options whose ``EvaluationOptions/methods`` are filtered.
    /// - Returns: the methods ``run(_:)`` reports.
    /// - Complexity: O(methods).
    public func methods(_ options: EvaluationOptions) -> [EvaluationMethod] {
        options.methods.filter {
            EvaluationMethod.coldStartMethods.contains($0) && ($0 != .sameCounty || hasCounties)
                && ($0 != .sameCountry || hasCountries)
        }.sorted()
    }

    /// Every method's metrics; queries run concurrently, their metrics are averaged in query order.
    ///
    /// ```swift
    /// let report = ColdStartEvaluator(split).run(EvaluationOptions())
    /// for m in report.methods { print(m.method.rawValue, m.mrr, m.precisionAtK, m.auc) }
    /// ```
    ///
    /// - Parameter options: k, the random seed, Klynge's weights, the methods and the threads.
    /// - Returns: the report, with ``EvaluationReport/evaluationProtocol`` ``EvaluationProtocol/coldStart``.
    /// - Complexity: Σ over queries of ``scores(_:query:options:)``'s work plus O(P · C) for
    ///   the metrics, on `options.threads` workers (the same report for any count).
    public func run(_ options: EvaluationOptions) -> EvaluationReport {
        let methods = methods(options)
        let queries = split.queries
        let keys = split.candidates.map { idRank[$0] }
        // Every method but random scores a query from its profile and first project alone:
        // newcomers with the same ones share their scores (computed once per group).
        let (groupOf, representatives) = groups()
        let shared = methods.filter { $0 != .random }
        var groupScores = [[[Double]]](repeating: [], count: representatives.count)
        groupScores.withParallelSlots { out in
            // Each group index is written by exactly one worker.
            parallelChunks(count: representatives.count, threads: options.threads, minChunk: 1) { range in
                for g in range {
                    out[g] = shared.map { self.scores($0, query: representatives[g], options: options) }
                }
            }
        }
        let byGroup = groupScores
        var perQuery = [[RankingMetrics]](repeating: [], count: queries.count)
        perQuery.withParallelSlots { out in
            // Each query index is written by exactly one worker.
            parallelChunks(count: queries.count, threads: options.threads, minChunk: 1) { range in
                for v in range {
                    let q = Evaluator.balanced(v, count: queries.count)
                    let flags = self.partnerFlags(queries[q])
                    var next = 0
                    out[q] = methods.map { m in
                        let scores: [Double]
                        if m == .random {
                            scores = self.scores(.random, query: q, options: options)
                        } else {
                            scores = byGroup[groupOf[q]][next]
                            next += 1
                        }
                        return RankingMetrics(scores: scores, isPartner: flags, tieKeys: keys, k: options.k)
                    }
                }
            }
        }
        let summaries = methods.enumerated().map { i, m in MethodSummary(method: m, metrics: perQuery.map { $0[i] }) }
        return EvaluationReport(
            splitYear: split.splitYear,
            queries: queries.count,
            testPairs: split.testPairs,
            meanCandidates: queries.isEmpty ? 0 : Double(split.candidates.count),
            k: options.k,
            seed: options.seed,
            methods: summaries,
            evaluationProtocol: .coldStart
        )
    }

    /// `method`'s score of each of the split's candidates for query `q` (higher: better), in candidate order.
    ///
    /// ```swift
    /// let e = ColdStartEvaluator(split)
    /// let pop = e.scores(.topicPopularity, query: 0, options: EvaluationOptions())
    /// let top = e.split.candidates[pop.indices.max { pop[$0] < pop[$1] }!]
    /// ```
    ///
    /// - Parameters:
    ///   - method: One of ``EvaluationMethod/coldStartMethods``.
    ///   - q: The query's index in ``ColdStartSplit/queries``.
    ///   - options: The random seed and Klynge's weights.
    /// - Returns: one score per candidate.
    /// - Complexity: O(C) for C candidates, plus their training projects for topic
    ///   popularity and Klynge's features for Klynge.
    public func scores(_ method: EvaluationMethod, query q: Int, options: EvaluationOptions) -> [Double] {
        let query = split.queries[q]
        let cs = split.candidates
        let context = split.context
        switch method {
        case .klynge:
            return klyngeScored(query, weights: options.weights ?? .newcomer(targets: split.targetKinds)).scores
        case .random:
            return EvaluationMethod.randomScores(count: cs.count, seed: options.seed, query: q)
        case .topicFit:
            let probe = FeatureIndex.Probe(SeekerProfile(query.profile, context: context), index: matcher.index)
            return cs.map { probe.cosine(matcher.index.vectors[$0]) }
        case .popularity:
            return cs.map { Double(context.projectsOf[$0].count) }
        case .topicPopularity:
            var topics = [Bool](repeating: false, count: matcher.index.topicID.count)
            for t in matcher.index.projectTopics[query.project] { topics[Int(t)] = true }
            let programme = programmeID[query.project]
            return cs.map { c in
                var n = 0
                for p in context.projectsOf[c]
                where (programme >= 0 && programmeID[p] == programme)
                    || matcher.index.projectTopics[p].contains(where: { topics[Int($0)] })
                {
                    n += 1
                }
                return Double(n)
            }
        case .sameCounty:
            guard case .profile(_, _, let county?, _) = query.profile else {
                return [Double](repeating: 0, count: cs.count)
            }
            return cs.map { matcher.index.county[$0] == county ? 1 : 0 }
        case .sameCountry:
            let probe = FeatureIndex.Probe(SeekerProfile(query.profile, context: context), index: matcher.index)
            return cs.map { probe.country >= 0 && matcher.index.country[$0] == probe.country ? 1 : 0 }
        default:
            preconditionFailure("\(method) is not a cold-start method")
        }
    }

    /// What every method but random reads of a query: the profile and the first project's topics and programme.
    struct GroupKey: Hashable {
        let kind: MemberKind
        let topics: [String]
        let county: String?
        let country: String?
        let projectTopics: [Int32]
        let programme: Int32
    }

    /// Each query's group (queries with the same ``GroupKey``) and each group's first query, in query order.
    /// - Complexity: O(Q · profile length).
    func groups() -> (groupOf: [Int], representatives: [Int]) {
        var index: [GroupKey: Int] = [:]
        var groupOf: [Int] = []
        var representatives: [Int] = []
        for (q, query) in split.queries.enumerated() {
            guard case .profile(let kind, let topics, let county, let country) = query.profile else {
                preconditionFailure("a cold-start query has a profile")
            }
            let key = GroupKey(
                kind: kind,
                topics: topics,
                county: county,
                country: country,
                projectTopics: matcher.index.projectTopics[query.project],
                programme: programmeID[query.project]
            )
            if let g = index[key] {
                groupOf.append(g)
            } else {
                index[key] = representatives.count
                groupOf.append(representatives.count)
                representatives.append(q)
            }
        }
        return (groupOf, representatives)
    }

    /// Klynge's normalised features and scores of the candidates for a newcomer's profile.
    func klyngeScored(_ query: ColdStartQuery, weights: MatchWeights) -> Matcher.Scored {
        var mq = MatchQuery(seeker: query.profile, kinds: split.targetKinds)
        mq.weights = weights
        mq.threads = 1
        return matcher.score(
            mq,
            seeker: SeekerProfile(query.profile, context: split.context),
            among: split.candidates
        )
    }

    func partnerFlags(_ query: ColdStartQuery) -> [Bool] {
        var flags = [Bool](repeating: false, count: split.candidates.count)
        for p in query.partners { flags[Evaluator.position(of: p, in: split.candidates)] = true }
        return flags
    }
}
