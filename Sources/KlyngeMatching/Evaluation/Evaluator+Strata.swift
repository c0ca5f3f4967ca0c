import KlyngeGraph

extension Evaluator {
    /// Each true partner's ``EvaluationStratum``, in `query.partners` order:
    /// ``EvaluationStratum/sharedNeighbour`` when it has a training neighbour in common with
    /// the seeker (distance 2), ``EvaluationStratum/noSharedNeighbour`` otherwise.
    ///
    /// `marks` is a worker's buffer of one flag per node, all false; it is left so.
    ///
    /// ```swift
    /// var marks = [Bool](repeating: false, count: split.context.graph.nodeCount)
    /// let strata = evaluator.partnerStrata(split.queries[0], marks: &marks)
    /// ```
    ///
    /// - Complexity: O(d(s) + Σ_p d(p)) over the seeker s and its partners p.
    func partnerStrata(_ query: EvaluationQuery, marks: inout [Bool]) -> [EvaluationStratum] {
        let g = split.context.graph
        for a in g.arcRange(query.seeker) { marks[g.target(ofArc: a)] = true }
        let strata = query.partners.map { p in
            g.arcRange(p).contains { marks[g.target(ofArc: $0)] }
                ? EvaluationStratum.sharedNeighbour : .noSharedNeighbour
        }
        for a in g.arcRange(query.seeker) { marks[g.target(ofArc: a)] = false }
        return strata
    }

    /// One query's metrics in `stratum`, per method (`scores` in method order), or nil when
    /// none of its true partners lies there.
    ///
    /// The query's true partners are restricted to the stratum, and its partners in the other
    /// stratum leave the candidate list (neither true partners nor false ones: the "filtered"
    /// ranking of Bordes et al., "Translating embeddings for modeling multi-relational data",
    /// NIPS 2013). So the reciprocal rank is 1 / rank of the first true partner of the stratum
    /// among the candidates that are not partners from the other stratum.
    ///
    /// - Complexity: O(M · P · C) for M methods, P partners and C candidates.
    func stratumMetrics(
        _ stratum: EvaluationStratum,
        query: EvaluationQuery,
        partnerStrata: [EvaluationStratum],
        scores: [[Double]],
        k: Int
    ) -> [RankingMetrics]? {
        guard partnerStrata.contains(stratum) else { return nil }
        // Positions (in candidate order) of the partners of the other stratum: left out.
        var out = [Bool](repeating: false, count: query.candidates.count)
        var flags = [Bool](repeating: false, count: query.candidates.count)
        for (p, s) in zip(query.partners, partnerStrata) {
            let i = Self.position(of: p, in: query.candidates)
            if s == stratum { flags[i] = true } else { out[i] = true }
        }
        let kept = query.candidates.indices.filter { !out[$0] }
        let keptFlags = kept.map { flags[$0] }
        let keys = kept.map { idRank[query.candidates[$0]] }
        return scores.map { s in
            RankingMetrics(scores: kept.map { s[$0] }, isPartner: keptFlags, tieKeys: keys, k: k)
        }
    }

    /// The per-stratum reports of a run: each stratum's queries (those with a true partner
    /// there), in query order, with their filtered metrics (see
    /// ``stratumMetrics(_:query:partnerStrata:scores:k:)``).
    ///
    /// - Complexity: O(queries · methods).
    func strataReports(
        methods: [EvaluationMethod],
        perQuery: [[EvaluationStratum: [RankingMetrics]]],
        partnerStrata: [[EvaluationStratum]],
        options: EvaluationOptions
    ) -> [EvaluationStratum: EvaluationReport] {
        var reports: [EvaluationStratum: EvaluationReport] = [:]
        let queries = split.queries
        for stratum in EvaluationStratum.allCases {
            let members = queries.indices.filter { perQuery[$0][stratum] != nil }
            let pairs = members.reduce(0) { n, q in n + partnerStrata[q].filter { $0 == stratum }.count }
            // Candidates of a query in the stratum: all but the other stratum's partners.
            let candidates = members.reduce(0) { n, q in
                n + queries[q].candidates.count - partnerStrata[q].filter { $0 != stratum }.count
            }
            reports[stratum] = EvaluationReport(
                splitYear: split.splitYear,
                queries: members.count,
                testPairs: pairs,
                meanCandidates: members.isEmpty ? 0 : Double(candidates) / Double(members.count),
                k: options.k,
                seed: options.seed,
                methods: methods.enumerated().map { i, m in
                    MethodSummary(method: m, metrics: members.map { perQuery[$0][stratum]![i] })
                }
            )
        }
        return reports
    }
}

/// What ``Evaluator/run(_:)`` keeps of one query: each method's metrics on the whole query
/// and per stratum, and its partners' strata.
struct QueryOutcome: Sendable {
    var metrics: [RankingMetrics] = []
    var strata: [EvaluationStratum: [RankingMetrics]] = [:]
    var partnerStrata: [EvaluationStratum] = []
}

extension Evaluator {
    /// The metrics of one query's `scores` (in method order): on all its partners and per stratum.
    ///
    /// - Complexity: O(M · P · C) for M methods, P partners and C candidates.
    func outcome(_ query: EvaluationQuery, scores: [[Double]], k: Int, marks: inout [Bool]) -> QueryOutcome {
        let flags = partnerFlags(query)
        let keys = query.candidates.map { idRank[$0] }
        var result = QueryOutcome()
        result.metrics = scores.map { RankingMetrics(scores: $0, isPartner: flags, tieKeys: keys, k: k) }
        result.partnerStrata = partnerStrata(query, marks: &marks)
        let present = Set(result.partnerStrata)
        for stratum in present {
            // A query whose partners all lie in one stratum ranks the same list there.
            result.strata[stratum] =
                present.count == 1
                ? result.metrics
                : stratumMetrics(stratum, query: query, partnerStrata: result.partnerStrata, scores: scores, k: k)
        }
        return result
    }
}
