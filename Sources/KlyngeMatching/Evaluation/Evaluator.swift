import KlyngeGraph

/// Runs the methods on a ``TimeSplit``'s queries: each method ranks every query's
/// candidates, and the ranks of the partners the seeker really went on to have give its
/// ``RankingMetrics``.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
/// let evaluator = Evaluator(try TimeSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.hospital]))
/// let report = evaluator.run(EvaluationOptions())
/// print(report[.klynge]!.mrr, report.bestBaseline!.method)
/// ```
///
/// - Complexity: see ``init(_:)`` and ``run(_:)``.
public struct Evaluator: Sendable {
    /// The queries and the training context the methods learn from.
    public let split: TimeSplit
    let matcher: Matcher
    /// Each member's position in id order (bytewise), the tie-break of every method.
    let idRank: [Int]

    /// Prepares the matcher on the split's training context and the id order of the members.
    ///
    /// ```swift
    /// let split = try TimeSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.municipality])
    /// let evaluator = Evaluator(split)
    /// ```
    ///
    /// - Complexity: O(``Matcher/init(_:)`` + V log V) for V members.
    public init(_ split: TimeSplit) {
        self.split = split
        matcher = Matcher(split.context)
        let members = split.context.ecosystem.members
        let byID = members.indices.sorted { Ranking.idPrecedes(members[$0].id, members[$1].id) }
        var rank = [Int](repeating: 0, count: members.count)
        for (r, m) in byID.enumerated() { rank[m] = r }
        idRank = rank
    }

    /// Every method's metrics; queries run concurrently, their metrics are averaged in query order.
    ///
    /// The report's ``EvaluationReport/strata`` give the same metrics per ``EvaluationStratum``.
    /// The stratum is a property of each test pair (whether the partner shares a training
    /// neighbour with the seeker), never of a method: a query counts in a stratum when at
    /// least one of its true partners lies there, its true partners are then restricted to
    /// that stratum and its partners in the other one leave its candidate list, so its
    /// reciprocal rank there is 1 / rank of the first true partner *of the stratum*. A query
    /// with partners in both strata counts in both.
    ///
    /// ```swift
    /// var options = EvaluationOptions()
    /// options.methods = [.klynge, .commonNeighbours, .adamicAdar]
    /// let report = Evaluator(split).run(options)
    /// for m in report.methods { print(m.method.rawValue, m.mrr, m.precisionAtK, m.auc) }
    /// ```
    ///
    /// - Complexity: Σ over queries of ``scores(_:query:options:)``'s work plus O(P · C) for
    ///   the metrics of C candidates and P partners, on `options.threads` workers (the same
    ///   report for any count).
    public func run(_ options: EvaluationOptions) -> EvaluationReport {
        let methods = options.methods.filter { !$0.isColdStartOnly }.sorted()
        let queries = split.queries
        var outcomes = [QueryOutcome](repeating: QueryOutcome(), count: queries.count)
        outcomes.withParallelSlots { out in
            // Each query index is written by exactly one worker.
            parallelChunks(count: queries.count, threads: options.threads, minChunk: 1) { range in
                var scratch = LinkPrediction.Scratch(nodeCount: self.split.context.graph.nodeCount)
                var marks = [Bool](repeating: false, count: self.split.context.graph.nodeCount)
                for v in range {
                    let q = Self.balanced(v, count: queries.count)
                    let scores = self.scores(methods, query: q, options: options, scratch: &scratch)
                    out[q] = self.outcome(queries[q], scores: scores, k: options.k, marks: &marks)
                }
            }
        }
        let perQuery = outcomes.map(\.metrics)
        let summaries = methods.enumerated().map { i, m in MethodSummary(method: m, metrics: perQuery.map { $0[i] }) }
        let candidates = queries.reduce(0) { $0 + $1.candidates.count }
        return EvaluationReport(
            splitYear: split.splitYear,
            queries: queries.count,
            testPairs: split.testPairs,
            meanCandidates: queries.isEmpty ? 0 : Double(candidates) / Double(queries.count),
            k: options.k,
            seed: options.seed,
            methods: summaries,
            strata: strataReports(
                methods: methods,
                perQuery: outcomes.map(\.strata),
                partnerStrata: outcomes.map(\.partnerStrata),
                options: options
            )
        )
    }
}

extension Evaluator {
    /// Klynge's normalised features of a query's candidates (row-major, candidate × feature).
    func klyngeFeatures(_ query: EvaluationQuery, weights: MatchWeights) -> [Double] {
        var mq = MatchQuery(seeker: .member(query.seeker))
        mq.weights = weights
        mq.threads = 1
        return matcher.score(
            mq,
            seeker: SeekerProfile(.member(query.seeker), context: split.context),
            among: query.candidates
        ).features
    }

    func partnerFlags(_ query: EvaluationQuery) -> [Bool] {
        var flags = [Bool](repeating: false, count: query.candidates.count)
        for p in query.partners { flags[Self.position(of: p, in: query.candidates)] = true }
        return flags
    }

    /// The index of `x` in the ascending array `a` (which holds it).
    static func position(of x: Int, in a: [Int]) -> Int {
        let lo = a.lowerBound(of: x)
        precondition(lo < a.count && a[lo] == x, "\(x) is not a candidate")
        return lo
    }

    /// The `v`-th query to run: a fixed interleaving, so the contiguous chunks of
    /// ``parallelChunks`` each get a mix of early and late (light and heavy) queries.
    static func balanced(_ v: Int, count: Int) -> Int {
        let lanes = 64
        guard count > lanes else { return v }
        // Lane l holds queries l, l + 64, l + 128, …: ⌈(count − l) / 64⌉ of them.
        let full = count / lanes
        let extra = count % lanes
        let bigLane = full + 1
        let lane: Int
        let offset: Int
        if v < extra * bigLane {
            lane = v / bigLane
            offset = v % bigLane
        } else {
            let w = v - extra * bigLane
            lane = extra + w / full
            offset = w % full
        }
        return lane + offset * lanes
    }
}
