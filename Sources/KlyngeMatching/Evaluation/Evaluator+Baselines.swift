import KlyngeGraph

extension Evaluator {
    /// `method`'s score of each of query `q`'s candidates (higher: better), in candidate order.
    ///
    /// ```swift
    /// let split = try TimeSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.municipality])
    /// let aa = Evaluator(split).scores(.adamicAdar, query: 0, options: EvaluationOptions())
    /// let top = split.queries[0].candidates[aa.indices.max { aa[$0] < aa[$1] }!]
    /// ```
    ///
    /// - Complexity: O(n) for a scratch, plus one sweep of the link-prediction pass and the method's own work.
    public func scores(_ method: EvaluationMethod, query q: Int, options: EvaluationOptions) -> [Double] {
        var scratch = LinkPrediction.Scratch(nodeCount: split.context.graph.nodeCount)
        return scores([method], query: q, options: options, scratch: &scratch)[0]
    }

    /// Each method's scores of query `q`'s candidates, in `methods` order. The network
    /// evidence is computed once per query and shared: KlyngeGraph's `LinkPrediction` pass
    /// (one sweep of the seeker's two-step neighbourhood, `scratch` being the worker's
    /// buffers) gives the five neighbourhood baselines and Klynge's shared-partners
    /// feature, and the personalised PageRank Klynge uses is the baseline's too.
    /// - Complexity: O(Σ_{w ∈ N(s)} d(w) + C) for the link scores, plus a push PPR and
    ///   Klynge's features when those methods are asked for (C candidates).
    func scores(
        _ methods: [EvaluationMethod],
        query q: Int,
        options: EvaluationOptions,
        scratch: inout LinkPrediction.Scratch
    ) -> [[Double]] {
        let query = split.queries[q]
        let s = query.seeker
        let cs = query.candidates
        let context = split.context
        let g = context.graph
        let links = matcher.links.scores(from: s, to: cs, scratch: &scratch)
        let needsPPR = methods.contains { $0 == .klynge || $0 == .personalisedPageRank } && g.degree(s) > 0
        let ppr = needsPPR ? g.personalizedPageRank(from: s, weighted: true) : []
        let evidence = Matcher.NetworkEvidence(
            ppr: needsPPR ? cs.map { ppr[$0] } : [Double](repeating: 0, count: cs.count),
            links: links,
            consortium: methods.contains(.klynge) && g.degree(s) > 0
                ? context.consortiumOverlap(of: s, among: cs) : [Double](repeating: 0, count: cs.count)
        )
        return methods.map { method in
            if let score = method.linkScore { return links[score] }
            switch method {
            case .klynge:
                var mq = MatchQuery(seeker: .member(s))
                mq.weights = options.weights ?? MatchWeights.defaults(targets: split.targetKinds)
                mq.threads = 1
                return matcher.score(
                    mq,
                    seeker: SeekerProfile(.member(s), context: context),
                    among: cs,
                    evidence: evidence
                ).scores
            case .random:
                return EvaluationMethod.randomScores(count: cs.count, seed: options.seed, query: q)
            case .personalisedPageRank:
                return evidence.ppr
            case .topicFit:
                // Klynge's topic-fit feature (summed in term order, so equal documents tie exactly).
                let probe = FeatureIndex.Probe(SeekerProfile(.member(s), context: context), index: matcher.index)
                return cs.map { probe.cosine(matcher.index.vectors[$0]) }
            case .preferentialAttachment, .commonNeighbours, .jaccard, .adamicAdar, .resourceAllocation:
                preconditionFailure("\(method) is a link score")
            case .popularity, .topicPopularity, .sameCounty, .sameCountry:
                preconditionFailure("\(method) is a cold-start method (ColdStartEvaluator)")
            }
        }
    }
}
