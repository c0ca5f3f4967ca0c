import Foundation
import KlyngeGraph

extension Evaluator {
    /// `method`'s score of each of query `q`'s candidates (higher: better), in candidate order.
    public func scores(_ method: EvaluationMethod, query q: Int, options: EvaluationOptions) -> [Double] {
        var scratch = Scratch(nodeCount: split.context.graph.nodeCount)
        return scores([method], query: q, options: options, scratch: &scratch)[0]
    }

    /// Dense per-worker buffers for the neighbourhood scores.
    struct Scratch {
        var common: [Int32]
        var adamicAdar: [Double]
        var resource: [Double]
        var touched: [Int] = []
        init(nodeCount: Int) {
            common = [Int32](repeating: 0, count: nodeCount)
            adamicAdar = [Double](repeating: 0, count: nodeCount)
            resource = [Double](repeating: 0, count: nodeCount)
        }
    }

    /// Each method's scores of query `q`'s candidates, in `methods` order. The network
    /// evidence is computed once per query: one pass over the seeker's two-step
    /// neighbourhood gives common neighbours, Jaccard, Adamic–Adar and resource allocation
    /// exactly as `CSRGraph.linkScores` computes them (the same sums in the same order, so
    /// the same bits), and the personalised PageRank and Adamic–Adar Klynge uses are the
    /// baselines' too.
    func scores(
        _ methods: [EvaluationMethod],
        query q: Int,
        options: EvaluationOptions,
        scratch: inout Scratch
    ) -> [[Double]] {
        let query = split.queries[q]
        let s = query.seeker
        let cs = query.candidates
        let context = split.context
        let g = context.graph
        for a in g.arcRange(s) {
            let w = g.target(ofArc: a)
            if w == s { continue }
            let dw = Double(g.degree(w))
            for b in g.arcRange(w) {
                let v = g.target(ofArc: b)
                if v == s || v == w { continue }
                if scratch.common[v] == 0 { scratch.touched.append(v) }
                scratch.common[v] += 1
                scratch.adamicAdar[v] += dw > 1 ? 1 / log(dw) : 0
                scratch.resource[v] += 1 / dw
            }
        }
        let needsPPR = methods.contains { $0 == .klynge || $0 == .personalisedPageRank } && g.degree(s) > 0
        let ppr = needsPPR ? g.personalizedPageRank(from: s, weighted: true) : []
        let evidence = Matcher.NetworkEvidence(
            ppr: needsPPR ? cs.map { ppr[$0] } : [Double](repeating: 0, count: cs.count),
            adamicAdar: cs.map { scratch.adamicAdar[$0] },
            consortium: methods.contains(.klynge) && g.degree(s) > 0
                ? context.consortiumOverlap(of: s, among: cs) : [Double](repeating: 0, count: cs.count)
        )
        let out: [[Double]] = methods.map { method in
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
                var rng = SplitMix64(streamOf: options.seed, index: UInt64(q))
                var order = Array(cs.indices)
                var i = order.count - 1
                while i > 0 {
                    order.swapAt(i, Int(rng.next(below: UInt64(i + 1))))
                    i -= 1
                }
                var out = [Double](repeating: 0, count: cs.count)
                for (position, slot) in order.enumerated() { out[slot] = Double(cs.count - position) }
                return out
            case .personalisedPageRank:
                return evidence.ppr
            case .adamicAdar:
                return evidence.adamicAdar
            case .topicFit:
                // Klynge's topic-fit feature (summed in term order, so equal documents tie exactly).
                let probe = FeatureIndex.Probe(SeekerProfile(.member(s), context: context), index: matcher.index)
                return cs.map { probe.cosine(matcher.index.vectors[$0]) }
            case .preferentialAttachment:
                return cs.map { Double(g.degree(s) * g.degree($0)) }
            case .commonNeighbours:
                return cs.map { Double(scratch.common[$0]) }
            case .jaccard:
                return cs.map { v in
                    let c = Int(scratch.common[v])
                    let union = simpleDegree[s] + simpleDegree[v] - c
                    return union == 0 ? 0 : Double(c) / Double(union)
                }
            case .resourceAllocation:
                return cs.map { scratch.resource[$0] }
            }
        }
        for v in scratch.touched {
            scratch.common[v] = 0
            scratch.adamicAdar[v] = 0
            scratch.resource[v] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
        return out
    }
}
